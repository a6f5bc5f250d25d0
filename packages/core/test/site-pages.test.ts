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
    // Batang publishes in Indonesian (the site root) and English (en/): one language per page.
    for (const folder of ['', 'en/']) {
      for (const service of mall.services)
        expect(pages.has(`${folder}services/${service.id}.html`), service.id).toBe(true);
      for (const agency of mall.agencies)
        expect(pages.has(`${folder}agencies/${agency.id}.html`), agency.id).toBe(true);
    }
    expect(pages.size).toBe(2 * (1 + mall.services.length + mall.agencies.length));
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
      expect(page, path).toMatch(path.startsWith('en/') ? /<html lang="en">/ : /<html lang="id">/);
      expect(page.match(/<h1[\s>]/g), path).toHaveLength(1);
      expect(page, path).toContain('<main id="content"');
    }
    const index = pages.get('index.html')!;
    expect(pages.get('en/index.html')).toContain('<label for="filter-q">Keywords');
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
    expect(index).not.toContain('Batang Regency Public Service Mall');
    expect(pages.get('en/index.html')).toContain('<h1>Batang Regency Public Service Mall</h1>');
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
    expect(page).toContain('<h1>Paspor Biasa Masa Berlaku 10 Tahun</h1>');
    expect(page).not.toContain('Ordinary passport valid 10 years');
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

describe('catalogue site: pages a citizen can use', () => {
  it('every service page opens with the key facts: what to bring, cost, time, where and when, phone, complaints', () => {
    for (const service of mall.services) {
      const page = pages.get(`services/${service.id}.html`)!;
      const facts = page.slice(
        page.indexOf('<section class="key-facts"'),
        page.indexOf('</section>', page.indexOf('<section class="key-facts"')),
      );
      expect(page.indexOf('class="key-facts"'), service.id).toBeLessThan(
        page.indexOf('id="requirements"'),
      );
      for (const label of [
        'Yang perlu dibawa',
        'Biaya',
        'Lama proses',
        'Tempat dan jam layanan',
        'Pengaduan',
      ])
        expect(facts, `${service.id}: ${label}`).toContain(label);
      // Opening hours on every page: the counter's own, else the mall's.
      expect(facts, service.id).toMatch(/Senin–Kamis \d\d\.\d\d–\d\d\.\d\d/);
      expect(facts).toContain('href="tel:+622854493081"');
      expect(facts).toContain('href="https://www.lapor.go.id"');
    }
  });

  it('every service page says how to apply in plain words: no event codes, role ids or end states as steps', () => {
    for (const service of mall.services) {
      const page = pages.get(`services/${service.id}.html`)!;
      const start = page.indexOf('<h2 id="how-to">Cara mengurus</h2>');
      expect(start, service.id).toBeGreaterThan(0);
      const steps = page.slice(start, page.indexOf('</ol>', start));
      const items = steps.match(/<li>/g) ?? [];
      expect(items.length, service.id).toBeGreaterThan(0);
      expect(steps, service.id).not.toMatch(
        /[A-Z]{3,}_|\b(ACCEPT|APPROVE|REJECT|RETURN|ISSUE)\b|@|front-office|back-office|rejected|withdrawn|expired/,
      );
    }
    // A declared procedure wins; a derived one says so.
    expect(pages.get('services/pbg.html')).toContain(
      'Pemohon mendaftar dan mengunggah dokumen di SIMBG.',
    );
    expect(pages.get('services/ktp-el.html')).toContain(
      'Langkah ini disusun dari alur kerja layanan',
    );
  });

  it('marks illustrative, unverified and partly verified pages with a banner, and dates every page', () => {
    for (const service of mall.services) {
      const page = pages.get(`services/${service.id}.html`)!;
      const status = service.provenance?.status;
      if (status === undefined || status === 'verified')
        expect(page, service.id).not.toContain('class="trust');
      else expect(page, service.id).toContain(`<div class="trust trust-${status}" role="note">`);
      expect(page, service.id).toMatch(
        /Terakhir diperbarui<\/dt><dd><time datetime="\d{4}-\d\d-\d\d">/,
      );
    }
    const illustrative = mall.services.find(
      (service) => service.provenance?.status === 'illustrative',
    )!;
    expect(pages.get(`services/${illustrative.id}.html`)).toContain(
      'Data contoh: isi ini adalah contoh',
    );
    expect(pages.get(`en/services/${illustrative.id}.html`)).toContain(
      'Example data: this content is an example',
    );
  });

  it('puts the lifecycle diagram behind an "untuk petugas" disclosure, and every scrolling region can take focus', () => {
    const page = pages.get('services/pbg.html')!;
    expect(page).toMatch(
      /<details class="for-officers"><summary><span id="lifecycle">Untuk petugas/,
    );
    for (const [path, html] of pages) {
      for (const match of html.matchAll(/<(div|figure) class="(table-wrap|diagram)"[^>]*>/g))
        expect(match[0], path).toMatch(/tabindex="0"/);
    }
  });

  it('names the decree of the standard when the service declares one', async () => {
    const { renderCatalogueSite } = await import('../src/site/index.js');
    const decreed: MallConfig = {
      ...mall,
      legalBases: [
        ...mall.legalBases,
        {
          id: 'kep-sp-2025',
          kind: 'keputusan',
          number: '500/12',
          year: 2025,
          title: 'Keputusan Kepala DPMPTSP tentang Standar Pelayanan',
        },
      ],
      services: mall.services.map((service) =>
        service.id === 'pbg'
          ? {
              ...service,
              version: { id: '2025.2', validFrom: '2025-06-01', decree: 'kep-sp-2025' },
            }
          : service,
      ),
    };
    const page = renderCatalogueSite(decreed).find(
      (file) => file.path === 'services/pbg.html',
    )!.content;
    expect(page).toContain(
      '<dt>Ditetapkan dengan</dt><dd>Keputusan Kepala DPMPTSP tentang Standar Pelayanan (Keputusan 500/12/2025)</dd>',
    );
  });
});

describe('catalogue site: languages', () => {
  it('writes one language per page, with a switch to the same page in the other language', async () => {
    const { renderCatalogueSite } = await import('../src/site/index.js');
    const indonesian = pages.get('services/paspor-10-tahun.html')!;
    const english = pages.get('en/services/paspor-10-tahun.html')!;
    expect(indonesian).toContain(
      '<a href="../en/services/paspor-10-tahun.html" hreflang="en" lang="en">English</a>',
    );
    expect(english).toContain(
      '<a href="../../services/paspor-10-tahun.html" hreflang="id" lang="id">Bahasa Indonesia</a>',
    );
    expect(english).toContain('<h1>Ordinary passport valid 10 years</h1>');
    expect(english).not.toContain('Paspor Biasa Masa Berlaku 10 Tahun');
    expect(english).toContain('What to bring');
    expect(english).not.toContain('Yang perlu dibawa');
    expect(english).toContain('5 working days');
    // A requirement written only in Indonesian keeps its language attribute on an English page.
    expect(english).toContain('<span lang="id">');
    expect(english).toContain('href="../../assets/site.css"');

    const englishFirst = renderCatalogueSite(mall, { locale: 'en' });
    expect(englishFirst.find((file) => file.path === 'index.html')!.content).toContain(
      '<html lang="en">',
    );
    expect(englishFirst.some((file) => file.path === 'id/index.html')).toBe(true);

    const indonesianOnly = renderCatalogueSite({
      ...mall,
      mall: { ...mall.mall, locales: ['id'] },
    });
    expect(indonesianOnly.some((file) => file.path.startsWith('en/'))).toBe(false);
    for (const file of indonesianOnly.filter((candidate) => candidate.path.endsWith('.html'))) {
      expect(file.content, file.path).not.toContain('lang="en"');
      expect(file.content, file.path).not.toContain('class="lang-switch"');
    }
  });
});
