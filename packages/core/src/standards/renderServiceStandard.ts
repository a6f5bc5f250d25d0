import { localize, type Locale } from '@mpp-kit/schemas';
import { standardLabels as L } from './_standardLabels.js';
import { serviceLabels as S } from '../labels/index.js';
import {
  describeServiceStandard,
  type ServiceStandardMall,
  type ServiceStandardView,
  type StandardBlock,
  type StandardSection,
} from './describeServiceStandard.js';

/**
 * Formats {@link renderServiceStandard} can write.
 *
 * @example
 * ```ts
 * serviceStandardFormats.includes('html'); // true
 * ```
 */
export const serviceStandardFormats = ['markdown', 'html'] as const;

/**
 * One of {@link serviceStandardFormats}.
 *
 * @example
 * ```ts
 * const format: ServiceStandardFormat = 'markdown';
 * ```
 */
export type ServiceStandardFormat = (typeof serviceStandardFormats)[number];

/**
 * Options of {@link renderServiceStandard}.
 *
 * @example
 * ```ts
 * const options: RenderServiceStandardOptions = { format: 'html', locale: 'id' };
 * ```
 */
export interface RenderServiceStandardOptions {
  readonly format: ServiceStandardFormat;
  /** Language of the document; text the configuration has only in Indonesian stays Indonesian. Default `id`. */
  readonly locale?: Locale;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Backslash-escapes the characters that Markdown (CommonMark, GFM tables) would interpret inline. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** `md` for text that starts a block, where `1.`, `-` or `+` would start a list. */
function mdBlock(text: string): string {
  return md(text)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+])/, '\\$1');
}

function markdownBlock(block: StandardBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return mdBlock(block.text);
    case 'note':
      return `_${md(block.text)}_`;
    case 'heading':
      return `#### ${md(block.text)}`;
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered === true ? `${i + 1}.` : '-'} ${md(item)}`)
        .join('\n');
    case 'table':
      return [
        `| ${block.head.map(md).join(' | ')} |`,
        `| ${block.head.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(md).join(' | ')} |`),
      ].join('\n');
  }
}

function markdownSection(section: StandardSection, locale: Locale): string {
  const body = section.declared
    ? section.blocks.map(markdownBlock)
    : [`**[${L.notDeclared[locale]}]** _${md(L.notDeclaredNote[locale])}_`];
  return [`### ${section.number}. ${md(section.title)}`, ...body].join('\n\n');
}

function toMarkdown(view: ServiceStandardView): string {
  const { locale } = view;
  const parts = [
    `# ${md(`${L.title[locale]}: ${view.name}`)}`,
    mdBlock(view.mallName),
    view.facts.map((fact) => `- **${md(fact.label)}:** ${md(fact.value)}`).join('\n'),
  ];
  if (view.provenance?.notice !== undefined)
    parts.splice(
      1,
      0,
      `> **${md(view.provenance.notice)}**${view.provenance.note === undefined ? '' : `\n>\n> ${md(view.provenance.note)}`}`,
    );
  if (view.description !== undefined) parts.push(mdBlock(view.description));
  for (const group of ['delivery', 'management'] as const) {
    parts.push(`## ${md(L.groups[group][locale])}`);
    for (const section of view.sections.filter((s) => s.group === group))
      parts.push(markdownSection(section, locale));
  }
  const sources = view.provenance?.sources ?? [];
  if (sources.length > 0)
    parts.push(
      `**${md(S.sources[locale])}:**`,
      sources.map((source) => `- ${md(source)}`).join('\n'),
    );
  parts.push('---', `_${md(L.footer[locale])}_`);
  return `${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// HTML

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
function h(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

const style = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1a1a1a; background: #ffffff; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .5rem; outline: 3px solid #0b5394; }
.mall { margin: 0; color: #3d3d3d; font-weight: 600; }
h1 { font-size: 1.7rem; margin: .25rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid #0b5394; color: #0b3d6e; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8eef5; }
.note { color: #3d3d3d; font-style: italic; }
.not-declared { background: #fdecea; color: #7a1111; border-left: 4px solid #b3261e; padding: .5rem .75rem; }
.trust { border: 2px solid #8a5a00; background: #fff4dc; color: #3d2a00; padding: .5rem .9rem; margin: 0 0 1rem; }
.trust p { margin: .25rem 0; }
.trust-partial { border-color: #6b7680; background: #f3f6f9; color: #1a1a1a; }
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #3d3d3d; } }
footer { margin-top: 2.5rem; font-size: .9rem; color: #3d3d3d; }
@media print { body { font-size: 11pt; } main { max-width: none; padding: 0; } .skip { display: none; } h2, h3 { break-after: avoid; } .trust, table, tr { break-inside: avoid; } }
`.trim();

function htmlBlock(block: StandardBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${h(block.text)}</p>`;
    case 'note':
      return `<p class="note">${h(block.text)}</p>`;
    case 'heading':
      return `<h4>${h(block.text)}</h4>`;
    case 'list': {
      const tag = block.ordered === true ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${h(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return [
        '<table>',
        `<thead><tr>${block.head.map((cell) => `<th scope="col">${h(cell)}</th>`).join('')}</tr></thead>`,
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${h(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
      ].join('');
  }
}

function htmlSection(section: StandardSection, locale: Locale): string {
  const id = `component-${section.number}`;
  const body = section.declared
    ? section.blocks.map(htmlBlock).join('\n')
    : `<p class="not-declared"><strong>${h(L.notDeclared[locale])}.</strong> ${h(L.notDeclaredNote[locale])}</p>`;
  return `<section aria-labelledby="${id}">\n<h3 id="${id}">${section.number}. ${h(section.title)}</h3>\n${body}\n</section>`;
}

function toHtml(view: ServiceStandardView): string {
  const { locale } = view;
  const title = `${L.title[locale]}: ${view.name}`;
  const groups = (['delivery', 'management'] as const).map((group) =>
    [
      `<section aria-labelledby="group-${group}">`,
      `<h2 id="group-${group}">${h(L.groups[group][locale])}</h2>`,
      ...view.sections.filter((s) => s.group === group).map((s) => htmlSection(s, locale)),
      '</section>',
    ].join('\n'),
  );
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(`${title} — ${view.mallName}`)}</title>`,
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#content">${h(localize(L.skip, locale))}</a>`,
    '<main id="content">',
    '<header>',
    `<p class="mall">${h(view.mallName)}</p>`,
    `<h1>${h(title)}</h1>`,
    ...(view.provenance?.notice === undefined
      ? []
      : [
          `<div class="trust trust-${view.provenance.status}" role="note"><p><strong>${h(view.provenance.notice)}</strong></p>${view.provenance.note === undefined ? '' : `<p>${h(view.provenance.note)}</p>`}</div>`,
        ]),
    `<dl class="facts">${view.facts.map((fact) => `<dt>${h(fact.label)}</dt><dd>${h(fact.value)}</dd>`).join('')}</dl>`,
    ...(view.description === undefined ? [] : [`<p>${h(view.description)}</p>`]),
    '</header>',
    ...groups,
    ...((view.provenance?.sources.length ?? 0) > 0
      ? [
          `<section aria-labelledby="sources"><h2 id="sources">${h(S.sources[locale])}</h2><ul>${(view.provenance?.sources ?? []).map((source) => `<li>${h(source)}</li>`).join('')}</ul></section>`,
        ]
      : []),
    `<footer><p>${h(L.footer[locale])}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Writes a service's published standard (*standar pelayanan*) with all 14 components of
 * PermenPANRB 15/2014 in the legal order, from configuration alone: Markdown, or a self-contained
 * HTML page (inline style, no scripts or external resources; `lang` set, one `h1`, a heading per
 * component group and per component, tables with header cells). Every text from the configuration
 * is escaped for the format. A component the configuration does not declare is printed with a
 * clear "not declared" marker (*Belum dideklarasikan*) instead of being left out.
 *
 * @throws `UnknownServiceError` when the mall has no service `serviceId`.
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const html = renderServiceStandard(result.mall, 'pbg', { format: 'html', locale: 'id' });
 *   await writeFile('pbg.html', html);
 * }
 * ```
 */
export function renderServiceStandard(
  mall: ServiceStandardMall,
  serviceId: string,
  options: RenderServiceStandardOptions,
): string {
  const view = describeServiceStandard(mall, serviceId, options.locale ?? 'id');
  return options.format === 'html' ? toHtml(view) : toMarkdown(view);
}
