import { markup, type SafeHtml } from './_html.js';
import type { SiteContext } from './_siteContext.js';
import { siteMessages } from './_siteText.js';

/** A breadcrumb entry; the last one is the current page and has no link. */
export interface Crumb {
  readonly label: string;
  readonly href?: string;
}

/** What a page supplies to the common layout. */
export interface PageSpec {
  /** The `<title>`: page name first. */
  readonly title: string;
  /** `''` for a page at its language's root, `'../'` one folder down. */
  readonly root: string;
  /** The page's path below its language's root (`services/pbg.html`), for the language switch. */
  readonly path: string;
  readonly crumbs: readonly Crumb[];
  readonly body: SafeHtml;
  readonly script?: boolean;
  readonly description?: string;
}

/** The whole HTML document of one page: header, breadcrumb, main, footer; local CSS and JS only. */
export function pageLayout(context: SiteContext, page: PageSpec): string {
  const { write, mall } = context;
  const mallName = write.plain(mall.mall.name);
  // Assets are shared by every language, at the site root.
  const up = context.folder === '' ? '' : '../';
  const assets = `${page.root}${up}assets/`;
  const other = context.other;
  const switchLink =
    other === undefined
      ? ''
      : markup`<p class="lang-switch"><a href="${page.root}${up}${other.folder}${page.path}" hreflang="${other.locale}" lang="${other.locale}">${siteMessages.otherLanguage[write.locale]}</a></p>`;
  const crumbs = page.crumbs.map((crumb, index) =>
    crumb.href === undefined || index === page.crumbs.length - 1
      ? markup`<li><span aria-current="page">${crumb.label}</span></li>`
      : markup`<li><a href="${crumb.href}">${crumb.label}</a></li>`,
  );
  return markup`<!DOCTYPE html>
<html lang="${write.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mpp-kit">
${page.description === undefined ? '' : markup`<meta name="description" content="${page.description}">\n`}<title>${page.title === mallName ? mallName : `${page.title} · ${mall.mall.shortName ?? mallName}`}</title>
<link rel="stylesheet" href="${assets}site.css">
</head>
<body>
<a class="skip" href="#content">${write.uiPlain('skip')}</a>
<header class="site-header"><div class="wrap"><a href="${page.root}index.html">${write.text(mall.mall.name)}</a>${switchLink}</div></header>
<div class="wrap">
${page.crumbs.length > 1 ? markup`<nav class="crumbs" aria-label="${write.uiPlain('breadcrumb')}"><ol>${crumbs}</ol></nav>` : ''}
<main id="content" tabindex="-1">
${page.body}
</main>
</div>
<footer class="site-footer"><div class="wrap"><p>${write.ui('generatedBy')}</p></div></footer>
${page.script ? markup`<script src="${assets}minisearch.js"></script>\n<script src="${assets}catalogue.js"></script>\n` : ''}</body>
</html>
`.value;
}
