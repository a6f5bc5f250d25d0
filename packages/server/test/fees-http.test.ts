import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webClient } from './_webClient.js';
import { call, loadBatang, pbgBody, serveInProcess } from './_fixtures.js';

const base = '/api/v1/malls/mpp-batang';
const negative = { ...pbgBody.facts, floorArea: -500 };

describe('a fee fact outside its declared range, over HTTP', () => {
  let server: Awaited<ReturnType<typeof serveInProcess>>;
  let siti = '';

  beforeAll(async () => {
    const mall = await loadBatang();
    // BPHTB's rate as a choice and a yes/no fact, to see the desk ask for them as lists.
    const bphtb = mall.services.find((s) => s.id === 'bphtb')!;
    if (bphtb.fee.kind !== 'formula') throw new Error('BPHTB has a formula fee');
    const fee = {
      ...bphtb.fee,
      expression: 'max(0, npop - npoptkp) * ratePercent / 100 * (1 - waived)',
      variables: {
        ...bphtb.fee.variables,
        ratePercent: {
          type: 'choice' as const,
          options: [{ id: 'lima', label: { id: 'Lima persen', en: 'Five percent' }, value: 5 }],
        },
        waived: { type: 'boolean' as const },
      },
    };
    Object.assign(bphtb, { fee });
    server = await serveInProcess('sqlite', [mall]);
    siti = await server.token(mall, 'akun-siti');
  });
  afterAll(async () => {
    await server.close();
  });

  it('is a 422 problem on the checklist, naming the fact, the range and the unit in both languages', async () => {
    const ask = (language: string) =>
      call(server.app, 'POST', `${base}/services/pbg/checklist`, {
        body: { applicationKind: 'new', facts: negative },
        headers: { 'accept-language': language },
      });
    const en = await ask('en');
    expect(en.status).toBe(422);
    expect(en.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(en.json.code).toBe('validation');
    expect(en.json.errors).toEqual([
      {
        code: 'fact_out_of_range',
        path: ['facts', 'floorArea'],
        message: 'The fact "floorArea" is -500 m², outside the allowed range: at least 0 m².',
        hint: 'Enter a value at least 0 m².',
      },
    ]);
    const id = await ask('id');
    expect(id.json.errors[0].message).toBe(
      'Fakta "floorArea" bernilai -500 m², di luar rentang yang diizinkan: paling sedikit 0 m².',
    );
    // Facts still missing remain the checklist's answer, not a problem.
    const missing = await call(server.app, 'POST', `${base}/services/pbg/checklist`, {
      body: { applicationKind: 'new', facts: {} },
    });
    expect(missing.status).toBe(200);
    expect(missing.json.fee).toBeNull();
  });

  it('refuses the submission with a 422 problem and stores nothing', async () => {
    const before = await call(server.app, 'GET', `${base}/applications`, { token: siti });
    const refused = await call(server.app, 'POST', `${base}/applications`, {
      token: siti,
      body: { ...pbgBody, facts: negative },
      headers: { 'accept-language': 'en' },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors.map((e: { code: string }) => e.code)).toEqual(['fact_out_of_range']);
    const after = await call(server.app, 'GET', `${base}/applications`, { token: siti });
    expect(after.text).toBe(before.text);
  });

  it('shows the refusal in the web desk’s live fee instead of a fee', async () => {
    const citizen = webClient((path, init) => server.app.request(path, init));
    const query = Object.entries(negative)
      .map(([name, value]) => `fakta.${name}=${String(value)}`)
      .join('&');
    const quote = await citizen.get(`/layanan/pbg/biaya?jenis=new&${query}`);
    expect(JSON.parse(quote.text)).toEqual({
      amount: null,
      text: 'Fakta "floorArea" bernilai -500 m², di luar rentang yang diizinkan: paling sedikit 0 m².',
      workedOut: null,
    });
  });

  it('asks for a choice and a yes/no fact as lists and quotes from them live', async () => {
    const citizen = webClient((path, init) => server.app.request(path, init));
    const form = await citizen.get('/daftar');
    const made = await citizen.post('/daftar', {
      _csrf: citizen.csrfOf(form.text),
      nama: 'Siti Aminah',
      surel: 'siti-fees@contoh.id',
      nik: '',
      sandi: 'kata-sandi-yang-panjang',
      sandi2: 'kata-sandi-yang-panjang',
    });
    expect(made.status).toBe(303);
    const apply = await citizen.get('/layanan/bphtb/ajukan');
    expect(apply.text).toMatch(
      /<select id="v-ratePercent" name="fakta.ratePercent" data-fact>[\s\S]*<option value="lima"\s*>Lima persen<\/option>/,
    );
    expect(apply.text).toMatch(/<select id="v-waived" name="fakta.waived" data-fact>/);
    const live = (query: string) =>
      citizen
        .get(`/layanan/bphtb/biaya?jenis=new&fakta.npop=300000000&fakta.npoptkp=80000000&${query}`)
        .then((answer) => JSON.parse(answer.text) as { amount: number | null; text: string });
    expect(await live('fakta.ratePercent=lima&fakta.waived=false')).toMatchObject({
      amount: 11_000_000,
    });
    expect(await live('fakta.ratePercent=lima&fakta.waived=true')).toMatchObject({ amount: 0 });
    expect((await live('fakta.ratePercent=tujuh&fakta.waived=false')).text).toBe(
      'Fakta "ratePercent" harus salah satu dari lima, tetapi bernilai "tujuh".',
    );
  });
});
