import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import { writeCatalogueSite, type CatalogueSiteResult } from '../src/site/index.js';

const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every `name="value"` attribute of every tag of the given names (all tags when none given). */
function attributes(
  page: string,
  name: 'href' | 'src',
  tags?: readonly string[],
): { tag: string; value: string }[] {
  const found: { tag: string; value: string }[] = [];
  for (const match of page.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const tag = match[1]!.toLowerCase();
    if (tags !== undefined && !tags.includes(tag)) continue;
    for (const attribute of match[2]!.matchAll(
      new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi'),
    )) {
      found.push({
        tag,
        value: (attribute[2] ?? attribute[3] ?? attribute[4] ?? '').replace(/&amp;/g, '&'),
      });
    }
  }
  return found;
}

let mall: MallConfig;
let outDir: string;
let site: CatalogueSiteResult;
let pages: Map<string, string>;

beforeAll(async () => {
  const result = await loadMall(batang);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  mall = result.mall;
  outDir = mkdtempSync(join(tmpdir(), 'mpp-site-pages-'));
  site = await writeCatalogueSite(mall, { outDir });
  pages = new Map(
    files(outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [relative(outDir, file).split('\\').join('/'), readFileSync(file, 'utf8')]),
  );
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('catalogue site of Batang: structure', () => {
  it('writes a home page, a page per service and per agency, and local CSS and JS', () => {
    expect(mall.services.length).toBeGreaterThanOrEqual(40);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'assets/site.css'))).toBe(true);
    expect(existsSync(join(outDir, 'assets/catalogue.js'))).toBe(true);
    for (const service of mall.services)
      expect(pages.has(`services/${service.id}.html`), service.id).toBe(true);
    for (const agency of mall.agencies)
      expect(pages.has(`agencies/${agency.id}.html`), agency.id).toBe(true);
    expect(pages.size).toBe(1 + mall.services.length + mall.agencies.length);
    expect([...site.files].sort()).toEqual(
      files(outDir)
        .map((file) => relative(outDir, file).split('\\').join('/'))
        .filter((file) => !file.startsWith('.'))
        .sort(),
    );
  });

  it('every link and resource points at a file of the site that exists (and at an element that exists)', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [path, page] of pages) {
      for (const { value } of [...attributes(page, 'href'), ...attributes(page, 'src')]) {
        if (/^(?:https?:|mailto:|tel:)/i.test(value)) continue;
        checked += 1;
        const [target = '', fragment] = value.split('#');
        const file =
          target === '' ? path : join(dirname(path), target.split('?')[0]!).split('\\').join('/');
        const content = file.endsWith('.html')
          ? pages.get(file)
          : existsSync(join(outDir, file))
            ? ''
            : undefined;
        if (content === undefined) broken.push(`${path} → ${value}`);
        else if (fragment !== undefined && fragment !== '' && !content.includes(`id="${fragment}"`))
          broken.push(`${path} → ${value} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(mall.services.length * 5);
  });

  it('loads nothing from the network: no http(s) or protocol-relative URL in script, link, img or any other resource tag', () => {
    const external: string[] = [];
    for (const [path, page] of pages) {
      for (const { tag, value } of [
        ...attributes(page, 'src'),
        ...attributes(page, 'href').filter((entry) => entry.tag !== 'a'),
      ]) {
        if (/^(?:[a-z]+:)?\/\//i.test(value)) external.push(`${path}: <${tag}> ${value}`);
      }
      expect(page).not.toMatch(/@import|url\(\s*['"]?(?:https?:)?\/\//i);
    }
    expect(external).toEqual([]);
    const css = readFileSync(join(outDir, 'assets/site.css'), 'utf8');
    expect(css).not.toMatch(/@import|@font-face|url\(/i);
    const script = readFileSync(join(outDir, 'assets/catalogue.js'), 'utf8');
    expect(script).not.toMatch(/https?:\/\/|fetch\(|XMLHttpRequest|import\(/);
    // The index page links the three local resources by relative path.
    expect(attributes(pages.get('index.html')!, 'src', ['script'])).toEqual([
      { tag: 'script', value: 'assets/minisearch.js' },
      { tag: 'script', value: 'assets/catalogue.js' },
    ]);
    const library = readFileSync(join(outDir, 'assets/minisearch.js'), 'utf8');
    expect(library).toMatch(/^\/\*! MiniSearch 7\.2\.0/);
    expect(library).toContain('Permission is hereby granted');
    // (Its `fetch` is a method of its own map, in comments and code; nothing reaches the network.)
    expect(library).not.toMatch(/XMLHttpRequest|sendBeacon|WebSocket|import\(|window\.fetch/);
    expect(attributes(pages.get('services/pbg.html')!, 'href', ['link'])).toEqual([
      { tag: 'link', value: '../assets/site.css' },
    ]);
  });

  it('every page declares its language, has one h1, and labels every search control', () => {
    for (const [path, page] of pages) {
      expect(page.startsWith('<!DOCTYPE html>'), path).toBe(true);
      expect(page, path).toMatch(/<html lang="id">/);
      expect(page.match(/<h1[\s>]/g), path).toHaveLength(1);
      expect(page, path).toContain('<main id="content"');
    }
    const index = pages.get('index.html')!;
    for (const id of ['filter-q', 'filter-agency', 'filter-type', 'filter-event']) {
      expect(index).toContain(`<label for="${id}">`);
      expect(index).toMatch(new RegExp(`id="${id}"`));
    }
    expect(index).toContain('role="search"');
    expect(index).toContain('aria-live="polite"');
  });

  it('the home page shows the mall, its opening hours, every service, and the agencies with counters and active periods', () => {
    const index = pages.get('index.html')!;
    expect(index).toContain('Mal Pelayanan Publik Kabupaten Batang');
    expect(index).toContain(
      '<span class="alt" lang="en">Batang Regency Public Service Mall</span>',
    );
    expect(index).toContain('Jl. Urip Sumoharjo No. 13');
    expect(index).toContain('Senin–Kamis 08.00–15.00');
    expect(index).toContain('Jumat 08.00–11.00');
    for (const service of mall.services) expect(index).toContain(`data-service="${service.id}"`);
    for (const agency of mall.agencies)
      expect(index).toContain(`href="agencies/${agency.id}.html"`);
    // The immigration counter left during COVID and came back: both periods are shown.
    expect(index).toContain('23 Januari 2020 – 31 Maret 2020');
    expect(index).toContain('sejak 1 September 2021');
  });

  it('a service page shows requirements by application kind, fee, completion time, output, legal basis, complaints, channels, agencies and lifecycle', () => {
    const page = pages.get('services/paspor-10-tahun.html')!;
    expect(page).toContain(
      '<h1>Paspor Biasa Masa Berlaku 10 Tahun<span class="alt" lang="en">Ordinary passport valid 10 years</span></h1>',
    );
    const renewal = page.slice(page.indexOf('data-kind="renewal"'));
    const fresh = page.slice(page.indexOf('data-kind="new"'), page.indexOf('data-kind="renewal"'));
    expect(fresh).toContain('Kartu Keluarga');
    expect(fresh).not.toContain('data-requirement="paspor-lama"');
    expect(renewal).toContain('data-requirement="paspor-lama"');
    expect(page).toContain('Rp950.000');
    expect(page).toContain('5 hari kerja');
    expect(page).toContain('10 tahun');
    expect(page).toContain('Undang-Undang tentang Pelayanan Publik');
    expect(page).toContain('SP4N-LAPOR!');
    expect(page).toContain('Daring (online)');
    expect(page).toContain('href="../agencies/imigrasi-pemalang.html"');
    expect(page).toMatch(/<svg class="lifecycle"[^>]*role="img"/);
    expect(page).toContain('<table class="transitions">');

    const pbg = pages.get('services/pbg.html')!;
    expect(pbg).toContain('href="../agencies/dpupr.html"');
    expect(pbg).toContain(
      '<code>floorArea * integratedIndex * localityIndex * shst * buildingIndex</code>',
    );
    expect(pbg).toContain('Penetapan retribusi');
    expect(pbg).toContain('Berlaku selama memenuhi ketentuan');
  });

  it('an agency page lists its counters and the services it owns and takes part in', () => {
    const page = pages.get('agencies/dpupr.html')!;
    expect(page).toContain('Gerai DPUPR');
    expect(page).toContain('href="../services/pbg.html"');
    const polres = pages.get('agencies/polres-batang.html')!;
    for (const service of mall.services.filter(
      (candidate) => candidate.owner === 'polres-batang',
    )) {
      expect(polres).toContain(`href="../services/${service.id}.html"`);
    }
  });
});

describe('catalogue site: languages', () => {
  it('writes English first with Indonesian under it when asked, and one language when the mall publishes one', async () => {
    const { renderCatalogueSite } = await import('../src/site/index.js');
    const english = renderCatalogueSite(mall, { locale: 'en' });
    const index = english.find((file) => file.path === 'index.html')!.content;
    expect(index).toContain('<html lang="en">');
    expect(index).toContain(
      '<h1>Batang Regency Public Service Mall<span class="alt" lang="id">Mal Pelayanan Publik Kabupaten Batang</span></h1>',
    );
    expect(index).toContain('<label for="filter-q">Keywords (service name or document)');
    const ktp = english.find((file) => file.path === 'services/paspor-10-tahun.html')!.content;
    // A requirement written only in Indonesian keeps its language attribute on an English page.
    expect(ktp).toContain('<span lang="id">KTP-el</span>');
    expect(ktp).toContain('5 working days');

    const indonesianOnly = renderCatalogueSite({
      ...mall,
      mall: { ...mall.mall, locales: ['id'] },
    });
    for (const file of indonesianOnly.filter((candidate) => candidate.path.endsWith('.html'))) {
      expect(file.content, file.path).not.toContain('lang="en"');
    }
  });
});
