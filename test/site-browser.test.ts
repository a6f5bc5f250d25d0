import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMall } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import { writeCatalogueSite } from '@mpp-kit/core';

/** axe-core's browser build, injected into each page checked. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** The serious and critical axe violations of the page as it is now (WCAG 2.1 A and AA rules). */
async function seriousViolations(target: Page): Promise<string[]> {
  await target.addScriptTag({ content: axeSource });
  const violations = await target.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

/**
 * The catalogue site in a real browser: Debian's Chromium, headless, driven by playwright-core,
 * opening the generated Batang site from `file://`. Fails (never skips) without Chromium: install
 * it with `.ci/chromium.sh`. `MPP_CHROMIUM` names another Chromium binary.
 */
const executablePath = process.env['MPP_CHROMIUM'] ?? '/usr/bin/chromium';
const root = new URL('..', import.meta.url).pathname;

let browser: Browser;
let page: Page;
let mall: MallConfig;
let outDir: string;
let home: string;
const requests: string[] = [];
const errors: string[] = [];

const missing = `Chromium is missing at ${executablePath}: run .ci/chromium.sh (apt-get install chromium).`;

beforeAll(async () => {
  // Without Chromium every test below fails (in beforeEach) rather than being skipped.
  if (!existsSync(executablePath)) return;
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('examples/batang does not load');
  mall = result.mall;
  outDir = mkdtempSync(join(tmpdir(), 'mpp-site-browser-'));
  const site = await writeCatalogueSite(mall, { outDir });
  home = pathToFileURL(site.index).href;
  browser = await chromium.launch({
    executablePath,
    headless: true,
    timeout: 20_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(5_000);
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  if (!existsSync(executablePath)) throw new Error(missing);
  await page.goto(home);
});

/** Ids of the services the list shows now, in page order. */
async function shownInOrder(): Promise<string[]> {
  const ids: string[] = [];
  for (const item of await page.locator('#service-list > li:visible').all())
    ids.push((await item.getAttribute('data-service')) ?? '');
  return ids;
}
/** Ids of the services the list shows now, sorted. */
const shown = async () => (await shownInOrder()).sort();
const search = () => page.getByRole('searchbox', { name: /^Kata kunci/ });
const select = (name: RegExp) => page.getByRole('combobox', { name });
const text = async (selector: string) => (await page.locator(selector).first().textContent()) ?? '';

const servicesOf = (agency: string) =>
  mall.services
    .filter((service) => service.owner === agency || (service.participants ?? []).includes(agency))
    .map((service) => service.id)
    .sort();

describe('catalogue site in Chromium', () => {
  it('runs in a real Chromium', () => {
    expect(existsSync(executablePath), missing).toBe(true);
    expect(browser.version()).toMatch(/^\d+\./);
  });

  it('shows every service before any search, and the search form once the script runs', async () => {
    expect(await text('h1')).toContain('Mal Pelayanan Publik Kabupaten Batang');
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(await shown()).toEqual(mall.services.map((service) => service.id).sort());
    expect(await page.locator('#filter-status').textContent()).toContain(
      `${mall.services.length} dari ${mall.services.length} layanan`,
    );
  });

  it('typing "paspor" ranks the passport services first, and a misspelt "pasport" finds them too', async () => {
    for (const query of ['paspor', 'pasport']) {
      await search().fill(query);
      const found = await shownInOrder();
      expect(
        found.slice(0, 3).every((id) => id.startsWith('paspor-')),
        `${query}: ${found.join(', ')}`,
      ).toBe(true);
      expect(found.length).toBeLessThan(mall.services.length / 4);
      expect(await page.locator('li[data-service="ktp-el"]').isHidden()).toBe(true);
      expect(await page.locator('#filter-status').textContent()).toContain(
        `${found.length} dari ${mall.services.length} layanan`,
      );
    }
  });

  it('ranks "ktp" with KTP-el first and finds "PBG" by name in either language', async () => {
    await search().fill('ktp');
    expect((await shownInOrder())[0]).toBe('ktp-el');
    await search().fill('PBG');
    expect((await shownInOrder())[0]).toBe('pbg');
    await search().fill('building approval');
    expect((await shownInOrder())[0]).toBe('pbg');
    await search().fill('qwertyuiop zxcvbnm');
    expect(await shown()).toEqual([]);
    expect(await page.locator('#filter-empty').isVisible()).toBe(true);
  });

  it('filters by agency, by licensing or not, and by life event; reset shows everything again', async () => {
    await select(/^Instansi/).selectOption('polres-batang');
    expect(await shown()).toEqual(servicesOf('polres-batang'));
    expect(servicesOf('polres-batang').length).toBeGreaterThan(1);

    await select(/^Instansi/).selectOption('dpmptsp');
    await select(/^Jenis layanan/).selectOption('licensing');
    const licensing = mall.services
      .filter((service) => service.type === 'licensing')
      .map((service) => service.id);
    expect(await shown()).toEqual(servicesOf('dpmptsp').filter((id) => licensing.includes(id)));

    await page.getByRole('button', { name: 'Atur ulang' }).click();
    await select(/^Peristiwa hidup/).selectOption('travel-abroad');
    expect(await shown()).toEqual(
      mall.services
        .filter((service) => (service.lifeEvents ?? []).includes('travel-abroad'))
        .map((service) => service.id)
        .sort(),
    );

    await page.getByRole('button', { name: 'Atur ulang' }).click();
    await expect.poll(() => shown()).toHaveLength(mall.services.length);
  });

  it('clicking through to a service shows its requirements and its lifecycle diagram', async () => {
    await search().fill('paspor 10');
    await page.locator('li[data-service="paspor-10-tahun"] a').click();
    await page.waitForURL(/services\/paspor-10-tahun\.html$/);
    expect(await text('h1')).toContain('Paspor Biasa Masa Berlaku 10 Tahun');
    const requirements = page.locator('section[aria-labelledby="requirements"]');
    expect(await requirements.isVisible()).toBe(true);
    expect(await requirements.locator('[data-kind="new"] li').count()).toBeGreaterThanOrEqual(3);
    expect(await requirements.textContent()).toContain('Kartu Keluarga');
    expect(await requirements.locator('[data-kind="renewal"]').textContent()).toContain(
      'Paspor lama',
    );

    const diagram = page.locator('svg.lifecycle');
    expect(await diagram.isVisible()).toBe(false);
    await page.getByText('Untuk petugas').click();
    expect(await diagram.isVisible()).toBe(true);
    const box = await diagram.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(150);
    expect(await diagram.locator('g.node').count()).toBeGreaterThanOrEqual(4);
    expect(await diagram.locator('g.node-start').textContent()).toContain(
      'Pemeriksaan kelengkapan',
    );
    expect(await page.getByRole('img', { name: /Alur proses: Paspor Biasa/ }).count()).toBe(1);
    expect(await page.locator('table.transitions tbody tr').count()).toBeGreaterThanOrEqual(4);
  });

  it('is usable from the keyboard: Tab from the search box reaches the first matching service, Enter opens it', async () => {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { className: string } } }).document
            .activeElement.className,
      ),
    ).toBe('skip');
    await search().fill('kelahiran');
    const [first] = await shownInOrder();
    expect(first).toBeDefined();
    expect((await shownInOrder()).length).toBeLessThan(mall.services.length);
    // search → agency → type → life event → reset → the first visible service link
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`services/${first}\\.html$`));
    const name = mall.services.find((service) => service.id === first)!.name;
    expect(await text('h1')).toContain(typeof name === 'string' ? name : name.id);
  });

  it('opens agency pages from the home page and loads nothing from the network', async () => {
    await page.locator('a[href="agencies/imigrasi-pemalang.html"]').first().click();
    await page.waitForURL(/agencies\/imigrasi-pemalang\.html$/);
    expect(await page.locator('a[href="../services/paspor-5-tahun.html"]').count()).toBeGreaterThan(
      0,
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the words in the address: Back from a service returns to the same results, and a shared link opens them', async () => {
    await search().fill('akte kelahiran');
    expect((await shownInOrder())[0]).toBe('akta-kelahiran');
    await expect.poll(() => page.url()).toContain('?q=akte+kelahiran');
    await page.locator('li[data-service="akta-kelahiran"] a').click();
    await page.waitForURL(/services\/akta-kelahiran\.html$/);
    await page.goBack();
    await page.waitForURL(/index\.html\?q=akte\+kelahiran$/);
    await expect.poll(() => search().inputValue()).toBe('akte kelahiran');
    await expect.poll(async () => (await shownInOrder())[0]).toBe('akta-kelahiran');
    // A link someone shares opens with the same words and filters.
    await page.goto(`${home}?q=ijin%20praktek%20bidan&type=licensing`);
    expect(await search().inputValue()).toBe('ijin praktek bidan');
    expect((await shownInOrder())[0]).toBe('sip-bidan');
    expect(await select(/^Jenis layanan/).inputValue()).toBe('licensing');
  });

  it('switches language page by page: Indonesian by default, English on request, and back', async () => {
    await page.goto(home.replace(/index\.html$/, 'services/ktp-el.html'));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await text('h1')).toBe('Perekaman dan Penerbitan KTP-el');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/en\/services\/ktp-el\.html$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await text('h1')).toBe('Electronic identity card (KTP-el)');
    expect(await page.getByRole('heading', { name: 'What you need to know' }).count()).toBe(1);
    expect(await page.getByText('Yang perlu dibawa').count()).toBe(0);
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await page.waitForURL(/\/services\/ktp-el\.html$/);
    expect(await text('h1')).toBe('Perekaman dan Penerbitan KTP-el');
    // The English home page searches too.
    await page.goto(home.replace(/index\.html$/, 'en/index.html'));
    await page.getByRole('searchbox', { name: /^Keywords/ }).fill('passport');
    expect((await shownInOrder())[0]).toMatch(/^paspor-/);
  });

  it('a service page answers first and keeps the lifecycle for officers behind a disclosure', async () => {
    await page.goto(home.replace(/index\.html$/, 'services/pbg.html'));
    const facts = page.locator('section.key-facts');
    expect(await facts.isVisible()).toBe(true);
    expect(await facts.locator('a[href^="tel:"]').count()).toBe(1);
    expect(await page.locator('svg.lifecycle').isVisible()).toBe(false);
    await page.getByText('Untuk petugas').click();
    expect(await page.locator('svg.lifecycle').isVisible()).toBe(true);
  });

  it('the axe check finds what it should: a page with an unlabelled field and an image without text fails', async () => {
    const bad = await browser.newPage();
    try {
      await bad.setContent(
        '<!DOCTYPE html><html lang="id"><title>x</title><main><img src="data:,"><input type="text"></main></html>',
      );
      const found = await seriousViolations(bad);
      expect(found.some((violation) => violation.startsWith('image-alt'))).toBe(true);
      expect(found.some((violation) => violation.startsWith('label'))).toBe(true);
    } finally {
      await bad.close();
    }
  });

  it.each([
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const)(
    'has no serious or critical axe violation at %s size (%i×%i)',
    async (_name, width, height) => {
      const sized = await browser.newPage({ viewport: { width, height } });
      try {
        const base = home.replace(/index\.html$/, '');
        const found: string[] = [];
        for (const path of [
          'index.html',
          'services/pbg.html',
          'services/paspor-10-tahun.html',
          'agencies/imigrasi-pemalang.html',
          'en/index.html',
          'en/services/ktp-el.html',
        ]) {
          await sized.goto(base + path);
          // Open the officers' disclosure so its diagram and tables are checked too.
          await sized.evaluate(() => {
            const doc = (
              globalThis as unknown as {
                document: { querySelectorAll: (selector: string) => Iterable<{ open: boolean }> };
              }
            ).document;
            for (const details of doc.querySelectorAll('details')) details.open = true;
          });
          for (const violation of await seriousViolations(sized))
            found.push(`${path}: ${violation}`);
        }
        expect(found).toEqual([]);
      } finally {
        await sized.close();
      }
    },
  );

  it('keeps configuration text inert in the browser: an injection corpus runs no script', async () => {
    const hostile = structuredClone(mall);
    const flag = 'window.__pwned=1';
    const pbg = hostile.services.find((service) => service.id === 'pbg')!;
    pbg.name = { id: `<img src=x onerror="${flag}"> PBG`, en: `<script>${flag}</script> PBG` };
    pbg.requirements[0]!.document = `"><svg onload="${flag}">`;
    pbg.description = { id: `</div></main><script>${flag}</script>`, en: `javascript:${flag}` };
    hostile.mall.address.street = `<iframe src="javascript:${flag}"></iframe>`;
    const dir = mkdtempSync(join(tmpdir(), 'mpp-site-hostile-'));
    const dialogs: string[] = [];
    const hostilePage = await browser.newPage();
    hostilePage.setDefaultTimeout(5_000);
    hostilePage.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      const site = await writeCatalogueSite(hostile, { outDir: dir });
      for (const url of [
        pathToFileURL(site.index).href,
        pathToFileURL(join(dir, 'services/pbg.html')).href,
        pathToFileURL(join(dir, 'en/services/pbg.html')).href,
      ]) {
        await hostilePage.goto(url);
        await hostilePage
          .getByRole('searchbox')
          .fill('pbg')
          .catch(() => undefined);
        expect(
          await hostilePage.evaluate(() => (globalThis as { __pwned?: number }).__pwned),
        ).toBeUndefined();
        expect(await hostilePage.locator('main img, main iframe, main svg[onload]').count()).toBe(
          0,
        );
      }
      // The words are shown as text.
      expect(await hostilePage.locator('h1').textContent()).toBe(`<script>${flag}</script> PBG`);
      expect(dialogs).toEqual([]);
    } finally {
      await hostilePage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
