// The HTTP server example of docs/guide-developers.md (examples/batang/server.mjs), run as a
// reader would run it: a child process on a free port of 127.0.0.1, driven over HTTP. Also runs the
// guide's JavaScript samples marked `// mpp-kit: run`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

let server: ChildProcess | undefined;
let base = '';
let output = '';

/** Starts the example and resolves with its address once it prints `listening on http://…`. */
function start(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['examples/batang/server.mjs'], {
      cwd: root,
      // A day the example's calendars cover; an in-memory store; port 0 = a free port.
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        NOW: '2025-05-05T02:00:00Z',
        STORE: ':memory:',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    const timer = setTimeout(
      () => reject(new Error(`the server did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)}:\n${output}`));
    });
  });
}

async function call(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; type: string | null; json: any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    json: (await response.json()) as unknown,
  };
}

const frontOffice = { id: 'nip-fo-1', role: 'front-office', agency: 'dpmptsp' };
const dlhReviewer = { id: 'nip-dlh-1', role: 'reviewer', agency: 'dlh' };
const pbg = {
  serviceId: 'pbg',
  applicant: { id: 'akun-siti', nik: '3325080808670008', name: 'Siti Aminah' },
  documents: ['ktp', 'bukti-tanah', 'kkpr', 'persetujuan-lingkungan', 'rencana-teknis'].map(
    (requirementId) => ({ requirementId }),
  ),
  facts: {
    floorArea: 100,
    integratedIndex: 0.5,
    localityIndex: 0.004,
    shst: 5_000_000,
    buildingIndex: 1,
  },
};

beforeAll(async () => {
  base = await start();
}, 60_000);

afterAll(async () => {
  const child = server;
  if (child === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});

describe('examples/batang/server.mjs', () => {
  it('lists the services', async () => {
    const { status, type, json } = await call('GET', '/services');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    expect(json).toContainEqual(
      expect.objectContaining({ id: 'pbg', owner: 'dpmptsp', lifecycle: 'permit-with-levy' }),
    );
  });

  it('submits, acts, refuses the wrong officer (403) and a stale version (409), and shows the timeline', async () => {
    const submitted = await call('POST', '/applications', pbg);
    expect(submitted.status).toBe(201);
    expect(submitted.json).toMatchObject({ serviceId: 'pbg', state: 'intake', version: 1 });
    expect(submitted.json.applicant.nik).toBe('3325********0008');
    const id = submitted.json.id as string;

    const forbidden = await call('POST', `/applications/${id}/actions`, {
      type: 'ACCEPT',
      actor: dlhReviewer,
      expectedVersion: 1,
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error).toMatchObject({
      code: 'forbidden',
      allowed: [{ role: 'front-office', agency: 'dpmptsp' }],
    });

    const accepted = await call('POST', `/applications/${id}/actions`, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ state: 'technical-review', version: 2 });

    const stale = await call('POST', `/applications/${id}/actions`, {
      type: 'APPROVE',
      actor: dlhReviewer,
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({
      code: 'conflict',
      expectedVersion: 1,
      actualVersion: 2,
    });

    const read = await call('GET', `/applications/${id}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id, state: 'technical-review', version: 2 });

    const timeline = await call('GET', `/applications/${id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(
      (timeline.json as { type: string; actor: { role: string } }[]).map((e) => [
        e.type,
        e.actor.role,
      ]),
    ).toEqual([
      ['SUBMIT', 'applicant'],
      ['ACCEPT', 'front-office'],
    ]);
  });

  it('answers 400 for a bad request and 404 for an unknown application or route', async () => {
    const invalid = await call('POST', '/applications', {
      ...pbg,
      applicant: { id: 'x', nik: '123' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.code).toBe('validation');
    expect((await call('GET', '/applications/no-such-id')).status).toBe(404);
    expect((await call('GET', '/nowhere')).status).toBe(404);
  });
});

describe('docs/guide-developers.md', () => {
  const guide = readFileSync(join(root, 'docs/guide-developers.md'), 'utf8');
  const samples = [...guide.matchAll(/^```js\n(\/\/ mpp-kit: run\n[\s\S]*?)^```$/gm)].map(
    (m) => m[1] ?? '',
  );

  it('has runnable samples and documents every endpoint of the server', () => {
    expect(samples.length).toBeGreaterThanOrEqual(1);
    for (const route of [
      'GET /services',
      'POST /applications',
      'POST /applications/:id/actions',
      'GET /applications/:id',
      'GET /applications/:id/timeline',
    ])
      expect(guide).toContain(route);
  });

  it.each(samples.map((sample, i) => [i + 1, sample] as const))('sample %i runs', (_, sample) => {
    // A reader's project: its own folder, with the packages installed (linked from this repository).
    const dir = mkdtempSync(join(tmpdir(), 'mpp-guide-developers-'));
    try {
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      symlinkSync(join(root, 'examples'), join(dir, 'examples'), 'dir');
      writeFileSync(join(dir, 'sample.mjs'), sample);
      const run = spawnSync(process.execPath, ['sample.mjs'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
