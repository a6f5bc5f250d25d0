// The floor's web desks on SQLite and PostgreSQL, without a browser: a citizen takes a number on a
// service page and follows it, the display board shows it (whole, and the part its script fetches),
// an officer of the counter calls and serves it; a citizen complains about their application, the
// complaint officer verifies and assigns it, the agency's handler answers it without seeing who
// complained (confidential), and anyone tracks it by number without its title. Also: CSRF, the
// officers of other agencies, and the coordinator's queue and complaint tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import { createAccount, createMallApp } from '../src/index.js';
import { loadBatang, serveInProcess, type StoreKind } from './_fixtures.js';
import { signedInClient, webClient } from './_webClient.js';

const password = 'kata-sandi-yang-panjang';

describe.each<StoreKind>(['sqlite', 'postgres'])('the floor web desks on %s', (kind) => {
  let server: Awaited<ReturnType<typeof serveInProcess>>;
  let app: ReturnType<typeof createMallApp>;
  let mall: MallConfig;
  const now = new Date('2026-12-07T01:30:00Z'); // Monday 08:30 WIB
  const fetcher = (path: string, init?: RequestInit) => app.request(path, init);

  beforeAll(async () => {
    mall = await loadBatang();
    server = await serveInProcess(kind, [mall], { rateLimitPerMinute: 0 });
    app = createMallApp({
      malls: server.served.map((served) => ({ ...served, clock: () => now })),
      rateLimitPerMinute: 0,
    });
    const web = server.served[0]!.state.web;
    const accounts: Record<string, string[]> = {
      'nip-fo': ['front-office@dpmptsp'],
      'nip-dlh': ['reviewer@dlh'],
      'nip-adu': ['complaint-officer@dpmptsp'],
      'nip-pupr': ['complaint-handler@dpupr'],
      'nip-kepala': ['head@dpmptsp'],
    };
    for (const [id, roles] of Object.entries(accounts))
      await createAccount(web, mall, { id, roles, password, name: `Petugas ${id}` });
  });
  afterAll(() => server.close());

  const signedIn = (login: string) => signedInClient(fetcher, login, password);

  it('takes a number on the service page, shows it on the board, and the officer calls it', async () => {
    const citizen = webClient(fetcher);
    const service = await citizen.get('/layanan/pbg');
    expect(service.text).toContain('Ambil nomor antrean');
    expect(service.text).toContain('action="/antrean/gerai-dpmptsp/ambil"');
    expect(service.text).toContain('<option value="pregnant">Ibu hamil</option>');
    // The DPMPTSP counter declares appointment slots: they are offered beside walking in.
    expect(service.text).toMatch(/<option value="2026-12-\d\d\|\d\d:\d\d">Janji temu /);
    const csrf = citizen.csrfOf(service.text);
    const forged = await citizen.post('/antrean/gerai-dpmptsp/ambil', { _csrf: 'x'.repeat(32) });
    expect(forged.status).toBe(403);

    const first = await citizen.post('/antrean/gerai-dpmptsp/ambil', {
      _csrf: csrf,
      layanan: 'pbg',
      prioritas: '',
      kapan: '',
    });
    expect(first.status).toBe(303);
    const ticketPath = first.location!;
    expect(ticketPath).toMatch(/^\/antrean\/tiket\/[0-9a-f-]+$/);
    const ticket = await citizen.get(ticketPath);
    expect(ticket.text).toContain('<p class="ticket-number">A-001</p>');
    expect(ticket.text).toContain('Anda berikutnya');
    expect(ticket.text).toContain('data-stream="/api/v1/malls/mpp-batang/queues/board/stream"');

    // A pregnant woman comes later and is called first: A-001 now has one ahead.
    const second = await citizen.post('/antrean/gerai-dpmptsp/ambil', {
      _csrf: csrf,
      layanan: 'pbg',
      prioritas: 'pregnant',
      kapan: '',
    });
    expect(second.status).toBe(303);
    const part = await citizen.get(`${ticketPath}?bagian=1&lang=en`);
    expect(part.text).not.toContain('<html');
    expect(part.text).toContain('1 ahead of you');

    const board = await citizen.get('/antrean/papan?gerai=gerai-dpmptsp&lang=id');
    expect(board.text).toContain('Papan antrean');
    expect(board.text).toMatch(/<td>A-001, A-002<\/td>/);
    expect(board.text).toContain('data-live="/antrean/papan?gerai=gerai-dpmptsp&amp;bagian=1"');

    // Officers of other agencies may not work this queue.
    const dlh = await signedIn('nip-dlh');
    expect((await dlh.get('/petugas/antrean/gerai-dpmptsp')).status).toBe(403);

    const officer = await signedIn('nip-fo');
    const list = await officer.get('/petugas/antrean');
    expect(list.text).toContain('href="/petugas/antrean/gerai-dpmptsp"');
    const deskPage = await officer.get('/petugas/antrean/gerai-dpmptsp');
    expect(deskPage.status).toBe(200);
    const calledA2 = await officer.post('/petugas/antrean/gerai-dpmptsp/panggil', {
      _csrf: officer.csrfOf(deskPage.text),
    });
    expect(calledA2.text).toContain('A-002: Dipanggil.');
    const calledA1 = await officer.post('/petugas/antrean/gerai-dpmptsp/panggil', {
      _csrf: officer.csrfOf(deskPage.text),
    });
    expect(calledA1.text).toContain('A-001: Dipanggil.');
    expect((await citizen.get(ticketPath)).text).toContain('Nomor Anda dipanggil');
    const boardNow = await citizen.get('/antrean/papan?gerai=gerai-dpmptsp&bagian=1');
    expect(boardNow.text).toMatch(/<td class="called">A-00[12], A-00[12]<\/td>/);

    const ticketId = ticketPath.split('/').pop()!;
    const served = await officer.post(`/petugas/tiket/${ticketId}/serve`, {
      _csrf: officer.csrfOf(deskPage.text),
    });
    expect(served.text).toContain('A-001: Selesai dilayani.');
    const again = await officer.post(`/petugas/tiket/${ticketId}/serve`, {
      _csrf: officer.csrfOf(deskPage.text),
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('berstatus served');
    expect((await citizen.get(ticketPath)).text).toContain('Status: Selesai dilayani');
  });

  it('a complaint from the tracking page: confidential to the agency, answered, tracked by number', async () => {
    const citizen = webClient(fetcher);
    const form = await citizen.get('/daftar');
    expect(
      (
        await citizen.post('/daftar', {
          _csrf: citizen.csrfOf(form.text),
          nama: 'Budi Santoso',
          surel: `budi-${kind}@contoh.id`,
          nik: '',
          sandi: password,
          sandi2: password,
        })
      ).status,
    ).toBe(303);
    const session = await citizen.get('/permohonan');
    expect(session.status).toBe(200);
    const accountId = (await server.served[0]!.state.web.accountByLogin(`budi-${kind}@contoh.id`))!
      .id;
    const application = await server.served[0]!.runtime.submit({
      serviceId: 'pbg',
      applicationKind: 'new',
      applicant: { id: accountId, name: 'Budi Santoso' },
      documents: [],
      facts: {
        floorArea: 100,
        integratedIndex: 0.5,
        localityIndex: 0.004,
        shst: 5000000,
        buildingIndex: 1,
      },
    });
    const tracking = await citizen.get(`/permohonan/${application.id}`);
    expect(tracking.text).toContain(`href="/pengaduan/baru?permohonan=${application.id}"`);
    const complaintForm = await citizen.get(`/pengaduan/baru?permohonan=${application.id}`);
    expect(complaintForm.text).toContain(`Tentang permohonan nomor ${application.id}`);
    const filed = await citizen.post('/pengaduan/baru', {
      _csrf: citizen.csrfOf(complaintForm.text),
      permohonan: application.id,
      kategori: 'bangunan-gedung',
      judul: 'Berkas PBG tidak diproses',
      isi: 'Sudah dua minggu tanpa kabar.',
      tanggal: '2026-12-01',
      tempat: 'Gerai DPMPTSP',
      rahasia: 'ya',
      kontak: 'budi@contoh.id',
    });
    expect(filed.status).toBe(303);
    const mine = await citizen.get(filed.location!);
    expect(mine.text).toMatch(/Pengaduan Anda diterima dengan nomor (ADU-[\d-]+)/);
    const number = /nomor (ADU-[\d-]+)/.exec(mine.text)![1]!;
    const complaintId = filed.location!.split('/').pop()!.split('?')[0]!;

    // Someone else's application cannot be named.
    const stranger = webClient(fetcher);
    const strangerForm = await stranger.get('/pengaduan/baru');
    const refused = await stranger.post('/pengaduan/baru', {
      _csrf: stranger.csrfOf(strangerForm.text),
      permohonan: application.id,
      kategori: 'informasi',
      judul: 'x',
      isi: 'y',
    });
    expect(refused.status).toBe(303); // to sign in: the application is not theirs to name
    expect(refused.location).toMatch(/^\/masuk\?lanjut=/);

    // The complaint officer sees who complained, verifies and assigns it to DPUPR.
    const officer = await signedIn('nip-adu');
    const inbox = await officer.get('/petugas/pengaduan');
    expect(inbox.text).toContain(number);
    let page = await officer.get(`/petugas/pengaduan/${complaintId}`);
    expect(page.text).toContain('Budi Santoso');
    for (const action of ['verify', 'assign']) {
      const version = /name="versi"\s+value="(\d+)"/.exec(page.text)![1]!;
      const done = await officer.post(`/petugas/pengaduan/${complaintId}/aksi`, {
        _csrf: officer.csrfOf(page.text),
        aksi: action,
        versi: version,
        instansi: 'dpupr',
      });
      expect(done.status).toBe(303);
      page = await officer.get(done.location!);
    }
    expect(page.text).toContain('Diteruskan ke instansi');

    // The agency's handler: the complaint without the reporter's identity; answers it.
    const handler = await signedIn('nip-pupr');
    const handlerInbox = await handler.get('/petugas/pengaduan');
    expect(handlerInbox.text).toContain(number);
    const seen = await handler.get(`/petugas/pengaduan/${complaintId}`);
    expect(seen.text).toContain('Identitas pelapor dirahasiakan');
    expect(seen.text).not.toContain('Budi');
    expect(seen.text).not.toContain('budi@contoh.id');
    const stale = await handler.post(`/petugas/pengaduan/${complaintId}/aksi`, {
      _csrf: handler.csrfOf(seen.text),
      aksi: 'answer',
      versi: '1',
      jawaban: 'Sudah diproses.',
    });
    expect(stale.status).toBe(409);
    const answered = await handler.post(`/petugas/pengaduan/${complaintId}/aksi`, {
      _csrf: handler.csrfOf(seen.text),
      aksi: 'answer',
      versi: /name="versi"\s+value="(\d+)"/.exec(seen.text)![1]!,
      jawaban: 'Berkas sudah diproses; SKRD terbit besok.',
    });
    expect(answered.status).toBe(303);

    // The reporter reads the answer; anyone with the number sees the state, not the content.
    expect((await citizen.get(`/pengaduan/${complaintId}`)).text).toContain('SKRD terbit besok');
    const tracked = await stranger.get(`/pengaduan?nomor=${number}`);
    expect(tracked.text).toContain('Dijawab');
    expect(tracked.text).toContain('Pengaduan rahasia');
    expect(tracked.text).not.toContain('SKRD');
    expect(tracked.text).not.toContain('Berkas PBG tidak diproses');
    expect((await stranger.get('/pengaduan?nomor=ADU-1999-000009')).text).toContain(
      'Tidak ada pengaduan dengan nomor itu',
    );
  });

  it('a public complaint without an account, and the coordinator’s floor tables', async () => {
    const anyone = webClient(fetcher);
    const form = await anyone.get('/pengaduan/baru?lang=en');
    expect(form.text).toContain('You are not signed in');
    const empty = await anyone.post('/pengaduan/baru', {
      _csrf: anyone.csrfOf(form.text),
      kategori: 'informasi',
      judul: ' ',
      isi: 'Kapan buka?',
    });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('A complaint needs a title');
    expect(empty.text).toContain('Kapan buka?');
    const sent = await anyone.post('/pengaduan/baru', {
      _csrf: anyone.csrfOf(form.text),
      kategori: 'informasi',
      judul: 'Jam layanan Sabtu',
      isi: 'Kapan buka?',
    });
    expect(sent.status).toBe(200);
    const number = /number (ADU-[\d-]+)/.exec(sent.text)![1]!;
    const tracked = await anyone.get(`/pengaduan?nomor=${number.toLowerCase()}`);
    expect(tracked.text).toContain('Jam layanan Sabtu');
    expect(tracked.text).toContain('Received');

    const head = await signedIn('nip-kepala');
    const dashboard = await head.get('/koordinator?lang=en');
    expect(dashboard.text).toContain('Queue waits per counter and hour');
    expect(dashboard.text).toContain('Complaints per agency and their terms');
    expect(dashboard.text).toMatch(/<th scope="row">DPUPR<\/th>/);
  });

  it('a complaint with an attachment: kept, shown to the complaint officer, refused to others', async () => {
    const cookieOf = (client: ReturnType<typeof webClient>) =>
      [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const anyone = webClient(fetcher);
    const form = await anyone.get('/pengaduan/baru');
    expect(form.text).toContain('enctype="multipart/form-data"');
    expect(form.text).toContain('Lampiran (tidak wajib)');
    const fill = (file: Blob, name: string) => {
      const data = new FormData();
      data.set('_csrf', anyone.csrfOf(form.text));
      data.set('kategori', 'informasi');
      data.set('judul', 'Antrean terlalu panjang');
      data.set('isi', 'Foto antrean terlampir.');
      data.set('lampiran', file, name);
      return data;
    };
    // A file that is not a PDF, PNG or JPEG is refused and nothing is filed; what was typed stays.
    const wrong = await anyone.postMultipart(
      '/pengaduan/baru',
      fill(new Blob(['<script>alert(1)</script>'], { type: 'image/png' }), 'foto.png'),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Jenis berkas tidak diterima');
    expect(wrong.text).toContain('Foto antrean terlampir.');

    const sent = await anyone.postMultipart(
      '/pengaduan/baru',
      fill(new Blob([png], { type: 'image/png' }), 'antrean.png'),
    );
    expect(sent.status).toBe(200);
    const number = /nomor (ADU-[\d-]+)/.exec(sent.text)![1]!;

    const officer = await signedIn('nip-adu');
    const inbox = await officer.get('/petugas/pengaduan');
    const complaintId = new RegExp(`/petugas/pengaduan/([^"]+)">${number}<`).exec(inbox.text)![1]!;
    const page = await officer.get(`/petugas/pengaduan/${complaintId}`);
    expect(page.text).toContain(`href="/pengaduan/${complaintId}/lampiran/1"`);
    const download = await fetcher(`/pengaduan/${complaintId}/lampiran/1`, {
      headers: { cookie: cookieOf(officer) },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(png);
    expect(
      (
        await fetcher(`/pengaduan/${complaintId}/lampiran/2`, {
          headers: { cookie: cookieOf(officer) },
        })
      ).status,
    ).toBe(404);
    // Someone who is not signed in, or an officer of another agency, does not get it.
    expect((await fetcher(`/pengaduan/${complaintId}/lampiran/1`)).status).not.toBe(200);
    const other = await signedIn('nip-dlh');
    expect(
      (
        await fetcher(`/pengaduan/${complaintId}/lampiran/1`, {
          headers: { cookie: cookieOf(other) },
        })
      ).status,
    ).toBe(403);
  });
});
