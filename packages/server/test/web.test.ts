import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import { createAccount, hashPassword, verifyPassword } from '../src/index.js';
import { loadBatang, serveInProcess, type StoreKind } from './_fixtures.js';
import { signedInClient, webClient } from './_webClient.js';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0x25]);
const password = 'kata-sandi-yang-panjang';

describe.each<StoreKind>(['sqlite', 'postgres'])('the web desks on %s', (kind) => {
  let served: Awaited<ReturnType<typeof serveInProcess>>;
  let mall: MallConfig;
  const fetcher = (path: string, init?: RequestInit) => served.app.request(path, init);

  beforeAll(async () => {
    mall = await loadBatang();
    served = await serveInProcess(kind, [mall], { web: { uploadLimitBytes: 64 * 1024 } });
    const web = served.served[0]!.state.web;
    await createAccount(web, mall, {
      id: 'nip-fo',
      name: 'Petugas DPMPTSP',
      roles: ['front-office@dpmptsp', 'back-office@dpmptsp', 'treasurer@dpmptsp'],
      password,
    });
    await createAccount(web, mall, { id: 'nip-pupr', roles: ['reviewer@dpupr'], password });
    await createAccount(web, mall, { id: 'nip-dlh', roles: ['reviewer@dlh'], password });
    await createAccount(web, mall, { id: 'nip-kepala', roles: ['head@dpmptsp'], password });
  });
  afterAll(() => served.close());

  const signedIn = (login: string) => signedInClient(fetcher, login, password);

  it('registers a citizen, applies with a document and a computed fee, and tracks it to issued', async () => {
    const citizen = webClient(fetcher);
    const form = await citizen.get('/daftar');
    expect(form.text).toMatch(/<label for="surel"\s*>/);
    // A form without its token is refused and makes nothing.
    const forged = await citizen.post('/daftar', {
      _csrf: 'x'.repeat(32),
      nama: 'Siti',
      surel: 'siti@contoh.id',
      sandi: password,
      sandi2: password,
    });
    expect(forged.status).toBe(403);
    const bad = await citizen.post('/daftar', {
      _csrf: citizen.csrfOf(form.text),
      nama: 'Siti Aminah',
      surel: 'siti@contoh',
      nik: '3325010101900001',
      sandi: 'pendek',
      sandi2: 'lain',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Tulis alamat surel yang sah');
    const made = await citizen.post('/daftar', {
      _csrf: citizen.csrfOf(form.text),
      nama: 'Siti Aminah',
      surel: `siti-${kind}@contoh.id`,
      nik: '',
      sandi: password,
      sandi2: password,
    });
    expect(made.status).toBe(303);
    expect(citizen.cookies.has('mpp_session')).toBe(true);

    // The live fee of the apply form.
    const quote = await citizen.get(
      '/layanan/pbg/biaya?jenis=change&fakta.floorArea=100&fakta.integratedIndex=0.5&fakta.localityIndex=0.004&fakta.shst=5000000&fakta.buildingIndex=1',
    );
    expect(JSON.parse(quote.text)).toMatchObject({ amount: 1000000, text: 'Rp1.000.000' });

    const apply = await citizen.get('/layanan/pbg/ajukan?jenis=change');
    expect(apply.text).toContain('name="dok.pbg-lama"');
    const csrf = citizen.csrfOf(apply.text);
    const facts = {
      'fakta.floorArea': '100',
      'fakta.integratedIndex': '0,5',
      'fakta.localityIndex': '0.004',
      'fakta.shst': '5000000',
      'fakta.buildingIndex': '1',
    };
    // A file of the wrong type and one too large are refused, named, and the good one kept.
    const first = new FormData();
    first.set('_csrf', csrf);
    first.set('jenis', 'change');
    for (const [k, v] of Object.entries(facts)) first.set(k, v);
    first.set('dok.ktp', new Blob([PDF], { type: 'application/pdf' }), 'ktp.pdf');
    first.set('dok.kkpr', new Blob(['MZ not a pdf'], { type: 'application/pdf' }), 'kkpr.pdf');
    first.set('dok.bukti-tanah', new Blob([PDF, new Uint8Array(70 * 1024)]), 'tanah.pdf');
    first.set('intent', 'ajukan');
    const refused = await citizen.postMultipart('/layanan/pbg/ajukan', first);
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Jenis berkas tidak diterima');
    expect(refused.text).toContain('Berkas terlalu besar');
    expect(refused.text).toContain('Sudah diunggah: ktp.pdf');
    const kept = /name="simpan\.ktp"\s+value="([^"]+)"/.exec(refused.text)![1]!;

    const second = new FormData();
    second.set('_csrf', csrf);
    second.set('jenis', 'change');
    for (const [k, v] of Object.entries(facts)) second.set(k, v);
    second.set('simpan.ktp', kept);
    second.set('dok.pbg-lama', new Blob([PDF], { type: 'application/pdf' }), 'imb.pdf');
    second.set('intent', 'ajukan');
    const submitted = await citizen.postMultipart('/layanan/pbg/ajukan', second);
    expect(submitted.status).toBe(303);
    const trackPath = submitted.location!.replace(/\?.*$/, '');
    const id = trackPath.split('/').pop()!;
    const application = await served.served[0]!.runtime.get(id);
    expect(application.fee.amount).toBe(1000000);
    expect(application.documents).toEqual([
      expect.objectContaining({
        requirementId: 'ktp',
        mediaType: 'application/pdf',
        size: PDF.length,
      }),
      expect.objectContaining({
        requirementId: 'pbg-lama',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    const track = await citizen.get(trackPath);
    expect(track.text).toContain('Pemeriksaan kelengkapan berkas');
    const download = await citizen.get(`/berkas/${id}/ktp`);
    expect(download.status).toBe(200);
    expect(download.response.headers.get('content-type')).toBe('application/pdf');

    // Someone else's application is not there.
    const other = await signedIn('nip-dlh');
    expect((await other.get(trackPath)).status).toBe(303);

    // The officers work it: intake, then two agencies review in parallel.
    const fo = await signedIn('nip-fo');
    const inbox = await fo.get('/petugas');
    expect(inbox.text).toContain(`/petugas/permohonan/${id}`);
    const act = async (client: ReturnType<typeof webClient>, type: string, extra = {}) => {
      const page = await client.get(`/petugas/permohonan/${id}`);
      const version = /name="versi"\s+value="(\d+)"/.exec(page.text)![1]!;
      return client.post(`/petugas/permohonan/${id}/aksi`, {
        _csrf: client.csrfOf(page.text),
        aksi: type,
        versi: version,
        ...extra,
      });
    };
    expect((await act(fo, 'RETURN')).status).toBe(422); // a return needs its reason
    expect((await act(fo, 'ACCEPT')).status).toBe(303);
    const pupr = await signedIn('nip-pupr');
    const dlh = await signedIn('nip-dlh');
    const puprPage = await pupr.get(`/petugas/permohonan/${id}`);
    expect((await act(dlh, 'APPROVE')).status).toBe(303);
    // PUPR decides on the page it read before DLH acted: someone else acted first.
    const stale = await pupr.post(`/petugas/permohonan/${id}/aksi`, {
      _csrf: pupr.csrfOf(puprPage.text),
      aksi: 'APPROVE',
      versi: /name="versi"\s+value="(\d+)"/.exec(puprPage.text)![1]!,
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Orang lain sudah bertindak lebih dulu');
    expect(stale.text).toContain('sudah menyetujui');
    expect((await act(pupr, 'APPROVE')).status).toBe(303);
    expect((await act(fo, 'ASSESS')).status).toBe(303);
    expect((await act(fo, 'PAID')).status).toBe(303);

    const head = await signedIn('nip-kepala');
    const dashboard = await head.get('/koordinator');
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain('<svg');
    expect(dashboard.text).toContain('DPUPR');
    expect((await act(head, 'ISSUE')).status).toBe(303);
    expect((await citizen.get(trackPath)).text).toContain('Selesai, produk terbit');
    // Only the coordinators see the dashboard.
    expect((await fo.get('/koordinator')).status).toBe(403);
  });

  it('throttles sign-ins and hashes passwords with scrypt', async () => {
    const hash = await hashPassword(password);
    expect(hash).toMatch(/^scrypt\$16\$8\$1\$/);
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword('salah', hash)).toBe(false);
    const client = webClient(fetcher);
    const page = await client.get('/masuk');
    let last = 0;
    for (let i = 0; i < 6; i++) {
      last = (
        await client.post('/masuk', {
          _csrf: client.csrfOf(page.text),
          login: 'nip-kepala',
          sandi: 'salah-salah-salah',
        })
      ).status;
    }
    expect(last).toBe(429);
    const locked = await client.post('/masuk', {
      _csrf: client.csrfOf(page.text),
      login: 'nip-kepala',
      sandi: password,
    });
    expect(locked.status).toBe(429);
    expect(locked.text).toContain('dikunci');
  });
});
