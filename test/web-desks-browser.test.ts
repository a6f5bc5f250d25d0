import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { loadMall } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import {
  createAccount,
  openMallStore,
  resolveStoreLocation,
  serveMalls,
  type RunningServer,
} from '@mpp-kit/server';

/**
 * The web desks in Debian's Chromium (playwright-core; never a downloaded browser), served by
 * `serveMalls` (what `mpp serve` runs) on SQLite and on PostgreSQL: a citizen registers, applies
 * for PBG (a conditional requirement for a change, a fee computed from the facts), uploads
 * documents and tracks them; two officers of DPUPR and DLH review in parallel; the coordinator
 * sees it on the dashboard; the citizen sees it issued. Every page type passes axe-core with no
 * serious or critical violation at desktop size and at 390×844, forms are used with the
 * keyboard only, and the browser logs no error. Fails (never skips) without Chromium.
 */
const executablePath = process.env['MPP_CHROMIUM'] ?? '/usr/bin/chromium';
const root = new URL('..', import.meta.url).pathname;
const pgUrl =
  process.env['MPP_TEST_PG_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const password = 'kata-sandi-yang-panjang';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

let browser: Browser;
let mall: MallConfig;
const files = mkdtempSync(join(tmpdir(), 'mpp-web-browser-'));
writeFileSync(join(files, 'ktp.pdf'), PDF);
writeFileSync(join(files, 'imb.pdf'), PDF);

beforeAll(async () => {
  if (!existsSync(executablePath))
    throw new Error(`Chromium is missing at ${executablePath}: run .ci/chromium.sh`);
  const loaded = await loadMall(join(root, 'examples/batang'));
  if (!loaded.ok) throw new Error('examples/batang does not load');
  mall = loaded.mall;
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
});

afterAll(async () => {
  await browser?.close();
  rmSync(files, { recursive: true, force: true });
});

describe.each(['sqlite', 'postgres'] as const)('the web desks in Chromium on %s', (kind) => {
  let server: RunningServer;
  let dropSchemas = async () => {};
  const errors: string[] = [];
  const checked = new Set<string>();
  const contexts: BrowserContext[] = [];
  /** The citizen of the first flow and their application, for the complaint flow. */
  let citizenPage: Page | undefined;
  let applicationId = '';

  beforeAll(async () => {
    let store: string;
    if (kind === 'sqlite') {
      store = join(mkdtempSync(join(tmpdir(), 'mpp-web-')), '{mall}.sqlite');
    } else {
      const prefix = `w${randomBytes(5).toString('hex')}_`;
      store = `${pgUrl}?schemaPrefix=${prefix}`;
      dropSchemas = async () => {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        const { rows } = await client.query<{ nspname: string }>(
          'SELECT nspname FROM pg_namespace WHERE nspname LIKE $1',
          [`${prefix}%`],
        );
        for (const row of rows) await client.query(`DROP SCHEMA "${row.nspname}" CASCADE`);
        await client.end();
      };
    }
    // The officers, as `mpp account add` makes them.
    const opened = await openMallStore(resolveStoreLocation(store, mall.mall.id, 1, root));
    const officers = {
      'nip-dpmptsp': ['front-office@dpmptsp', 'back-office@dpmptsp', 'treasurer@dpmptsp'],
      'nip-dpupr': ['reviewer@dpupr'],
      'nip-dlh': ['reviewer@dlh'],
      'nip-kepala': ['head@dpmptsp'],
      'nip-aduan': ['complaint-officer@dpmptsp'],
      'nip-aduan-pupr': ['complaint-handler@dpupr'],
    };
    for (const [id, roles] of Object.entries(officers))
      await createAccount(opened.state.web, mall, { id, roles, password, name: id });
    await opened.close();
    // Resolves once the server listens (its "listening on" signal), never after a sleep.
    server = await serveMalls({
      malls: [{ mall, path: 'examples/batang' }],
      store,
      port: 0,
      host: '127.0.0.1',
      cwd: root,
      clockStart: '2026-03-02T02:00:00Z',
      logLevel: 'silent',
      announce: () => {},
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await server?.close();
    await dropSchemas();
  });

  async function open(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  /** axe-core at desktop size and at 390×844: no serious or critical violation. */
  async function axe(page: Page, name: string): Promise<void> {
    for (const size of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.evaluate(axeSource);
      const result = (await page.evaluate('axe.run(document)')) as {
        violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
      };
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      expect(bad, `${name} at ${String(size.width)}×${String(size.height)}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    checked.add(name);
  }

  /** Tabs (only the keyboard) until the element is focused. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (
        await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)
      )
        return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector} on ${page.url()}`);
  }

  async function signIn(login: string): Promise<Page> {
    const page = await open();
    await page.goto(`${server.url}/masuk`);
    await tabTo(page, '#login');
    await page.keyboard.type(login);
    await tabTo(page, '#sandi');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.endsWith('/masuk'));
    return page;
  }

  async function act(page: Page, id: string, action: RegExp): Promise<void> {
    await page.goto(`${server.url}/petugas/permohonan/${id}`);
    await page.getByRole('button', { name: action }).click();
    await page.waitForURL(/selesai=/);
  }

  it('carries a PBG application from a citizen’s registration to issued, accessibly', async () => {
    const citizen = await open();
    await citizen.goto(`${server.url}/`);
    await axe(citizen, 'home');
    // Search with the keyboard: the same ranking as the catalogue site.
    await tabTo(citizen, '#q');
    await citizen.keyboard.type('IMB');
    await citizen.keyboard.press('Enter');
    await citizen
      .getByRole('link', { name: /Persetujuan Bangunan Gedung/ })
      .first()
      .click();
    await expect.poll(() => citizen.url()).toContain('/layanan/pbg');
    await axe(citizen, 'service');
    await citizen.getByRole('link', { name: 'Ajukan permohonan' }).click();
    await citizen.waitForURL(/\/masuk\?lanjut=/);
    await axe(citizen, 'sign-in');
    await citizen.getByRole('link', { name: 'Daftar' }).last().click();
    await axe(citizen, 'register');
    for (const [field, value] of [
      ['#nama', 'Siti Aminah'],
      ['#surel', `siti-${kind}@contoh.id`],
      ['#nik', '3325014101900001'],
      ['#sandi', password],
      ['#sandi2', password],
    ] as const) {
      await tabTo(citizen, field);
      await citizen.keyboard.type(value);
    }
    await tabTo(citizen, 'form button[type=submit]');
    await citizen.keyboard.press('Space');
    await citizen.waitForURL(`${server.url}/`);

    await citizen.goto(`${server.url}/layanan/pbg/ajukan`);
    await axe(citizen, 'apply');
    const previous = citizen.locator('#f-pbg-lama');
    await expect.poll(() => previous.isVisible()).toBe(false);
    // Choosing "change" makes the previous PBG/IMB a requirement (arrow keys move the radio).
    await tabTo(citizen, 'input[name=jenis][value=new]');
    await citizen.keyboard.press('ArrowRight');
    await expect.poll(() => previous.isVisible()).toBe(true);
    const facts = {
      floorArea: '100',
      integratedIndex: '0.5',
      localityIndex: '0.004',
      shst: '5000000',
      buildingIndex: '1',
    };
    for (const [name, value] of Object.entries(facts)) {
      await tabTo(citizen, `#v-${name}`);
      await citizen.keyboard.type(value);
    }
    await expect.poll(() => citizen.locator('#fee-live').textContent()).toBe('Rp1.000.000');
    await citizen.setInputFiles('#f-ktp', join(files, 'ktp.pdf'));
    await citizen.setInputFiles('#f-pbg-lama', join(files, 'imb.pdf'));
    await axe(citizen, 'apply (filled)');
    await tabTo(citizen, 'button[value=ajukan]');
    await citizen.keyboard.press('Enter');
    await citizen.waitForURL(/\/permohonan\/[0-9a-f-]+\?baru=1/);
    const id = new URL(citizen.url()).pathname.split('/').pop()!;
    await expect
      .poll(() => citizen.locator('.where').textContent())
      .toContain('Pemeriksaan kelengkapan berkas');
    await axe(citizen, 'tracking');
    await citizen.goto(`${server.url}/permohonan`);
    await axe(citizen, 'my applications');

    // Intake at DPMPTSP.
    const dpmptsp = await signIn('nip-dpmptsp');
    await dpmptsp.goto(`${server.url}/petugas`);
    await axe(dpmptsp, 'inbox');
    await dpmptsp.getByRole('link', { name: /Persetujuan Bangunan Gedung/ }).click();
    await axe(dpmptsp, 'officer application');
    await act(dpmptsp, id, /Berkas lengkap, diterima/);

    // DPUPR and DLH review in parallel; the one that loses the race is told, then approves.
    const [dpupr, dlh] = await Promise.all([signIn('nip-dpupr'), signIn('nip-dlh')]);
    await Promise.all([dpupr, dlh].map((p) => p.goto(`${server.url}/petugas/permohonan/${id}`)));
    await Promise.all(
      [dpupr, dlh].map((p) => p.getByRole('button', { name: 'Disetujui' }).click()),
    );
    for (const page of [dpupr, dlh]) {
      await page.waitForLoadState();
      if (await page.getByText('Orang lain sudah bertindak lebih dulu').isVisible()) {
        await axe(page, 'someone else acted first');
        await page.getByRole('button', { name: 'Disetujui' }).click();
        await page.waitForURL(/selesai=/);
      }
    }
    await act(dpmptsp, id, /Retribusi ditetapkan/);
    await act(dpmptsp, id, /Dibayar/);

    // The coordinator sees the agencies' work on the dashboard, then issues.
    const head = await signIn('nip-kepala');
    await head.goto(`${server.url}/koordinator`);
    await axe(head, 'dashboard');
    await expect.poll(() => head.locator('#chart-agency-d').textContent()).toContain('DPUPR');
    await act(head, id, /Diterbitkan/);

    await citizen.goto(`${server.url}/permohonan/${id}?lang=en`);
    await expect
      .poll(() => citizen.locator('.where strong').textContent())
      .toBe('Done, product issued');
    await axe(citizen, 'tracking (English)');
    await citizen.goto(`${server.url}/layanan/tidak-ada?lang=id`);
    await axe(citizen, 'not found');

    citizenPage = citizen;
    applicationId = id;
    expect(errors.filter((e) => !/status of 40[49]/.test(e))).toEqual([]);
    expect([...checked]).toEqual(
      expect.arrayContaining([
        'home',
        'service',
        'apply',
        'tracking',
        'inbox',
        'officer application',
        'dashboard',
        'sign-in',
        'register',
      ]),
    );
  }, 180_000);

  it('a citizen takes a number on a service page, the board shows it, an officer calls it', async () => {
    const citizen = await open();
    await citizen.goto(`${server.url}/layanan/pbg`);
    const form = citizen.locator('form[action="/antrean/gerai-dpmptsp/ambil"]');
    await form.getByLabel('Kelompok yang didahulukan').selectOption('older-person');
    await form.getByRole('button', { name: 'Ambil nomor' }).click();
    await citizen.waitForURL(/\/antrean\/tiket\//);
    const number = (await citizen.locator('.ticket-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^A-\d{3}$/);
    await expect.poll(() => citizen.locator('.where').textContent()).toContain('Anda berikutnya');
    await axe(citizen, 'ticket');

    // The public board, open on a screen: the number waits at the DPMPTSP counter.
    const board = await open();
    await board.goto(`${server.url}/antrean/papan?gerai=gerai-dpmptsp`);
    const row = board.getByRole('row', { name: /Gerai DPMPTSP/ });
    await expect.poll(() => row.textContent()).toContain(number);
    await axe(board, 'board');

    const officer = await signIn('nip-dpmptsp');
    await officer.goto(`${server.url}/petugas/antrean/gerai-dpmptsp`);
    await axe(officer, 'counter desk');
    await officer.getByRole('button', { name: 'Panggil berikutnya' }).click();
    await expect
      .poll(() => officer.locator('.notice').textContent())
      .toContain(`${number}: Dipanggil`);
    // Both pages change by themselves, from the board's event stream.
    await expect
      .poll(() => row.locator('td.called').textContent(), { timeout: 15_000 })
      .toContain(number);
    await expect
      .poll(() => citizen.locator('.where').textContent(), { timeout: 15_000 })
      .toContain('Nomor Anda dipanggil');
    await axe(officer, 'counter desk (called)');
    await officer.getByRole('button', { name: 'Selesai dilayani' }).click();
    await expect.poll(() => officer.locator('.notice').textContent()).toContain('Selesai dilayani');
    expect(errors.filter((e) => !/status of 40[49]/.test(e))).toEqual([]);
  }, 120_000);

  it('a citizen complains from the tracking page; the agency answers without seeing who', async () => {
    expect(citizenPage, 'the first flow made the citizen and the application').toBeDefined();
    const citizen = citizenPage!;
    await citizen.goto(`${server.url}/permohonan/${applicationId}?lang=id`);
    await citizen.getByRole('link', { name: 'Adukan permohonan ini' }).click();
    await citizen.waitForURL(/\/pengaduan\/baru\?permohonan=/);
    await axe(citizen, 'complaint form');
    await citizen.locator('#kategori').selectOption('bangunan-gedung');
    await citizen.locator('#judul').fill('Retribusi PBG terlalu lama ditetapkan');
    await citizen
      .locator('#isi-laporan')
      .fill('Tim teknis sudah setuju, tetapi SKRD baru terbit seminggu kemudian.');
    await citizen.locator('#tanggal').fill('2026-03-02');
    await citizen.locator('#tempat').fill('Gerai DPMPTSP');
    await citizen.locator('input[name=rahasia]').check();
    await citizen.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await citizen.waitForURL(/\/pengaduan\/[0-9a-f-]+\?baru=1/);
    const number = /ADU-[\d-]+/.exec((await citizen.locator('.notice').textContent()) ?? '')?.[0];
    expect(number).toBeDefined();
    await axe(citizen, 'complaint (reporter)');

    const officer = await signIn('nip-aduan');
    await officer.goto(`${server.url}/petugas/pengaduan`);
    await axe(officer, 'complaint inbox');
    await officer.getByRole('link', { name: number! }).click();
    await expect.poll(() => officer.locator('main').textContent()).toContain('Siti Aminah');
    await officer.getByRole('button', { name: /Verifikasi/ }).click();
    await officer.waitForURL(/selesai=verify/);
    await officer.locator('select[name=instansi]').selectOption('dpupr');
    await officer.getByRole('button', { name: 'Teruskan ke instansi' }).click();
    await officer.waitForURL(/selesai=assign/);

    const handler = await signIn('nip-aduan-pupr');
    await handler.goto(`${server.url}/petugas/pengaduan`);
    await handler.getByRole('link', { name: number! }).click();
    const main = handler.locator('main');
    await expect.poll(() => main.textContent()).toContain('Identitas pelapor dirahasiakan');
    expect(await main.textContent()).not.toContain('Siti');
    await axe(handler, 'complaint (agency)');
    await handler
      .locator('textarea[name=jawaban]')
      .fill('SKRD kini terbit paling lambat dua hari kerja setelah persetujuan.');
    await handler.getByRole('button', { name: 'Kirim jawaban' }).click();
    await handler.waitForURL(/selesai=answer/);

    await citizen.reload();
    await expect
      .poll(() => citizen.locator('main').textContent())
      .toContain('paling lambat dua hari kerja');
    const anyone = await open();
    await anyone.goto(`${server.url}/pengaduan?nomor=${number!}`);
    await expect.poll(() => anyone.locator('main').textContent()).toContain('Dijawab');
    expect(await anyone.locator('main').textContent()).not.toContain('SKRD');
    await axe(anyone, 'complaint tracking');
    expect(errors.filter((e) => !/status of 40[49]/.test(e))).toEqual([]);
  }, 120_000);
});
