import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMpp } from './_runMpp.js';

/** `mpp account` against a real SQLite store of Batang, as an operator types it. */
const dir = mkdtempSync(join(tmpdir(), 'mpp-account-'));
const store = join(dir, '{mall}.sqlite');

const mpp = (argv: string[], stdin = '') => runMpp(argv, { stdin });

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('mpp account', () => {
  it('adds officers from standard input, lists, disables and enables them, and refuses bad input', async () => {
    const add = await mpp(
      [
        'account',
        'add',
        'examples/batang',
        '--store',
        store,
        '--id',
        'nip-1987',
        '--role',
        'reviewer@dlh',
        '--role',
        'head@dpmptsp',
        '--name',
        'Dewi',
        '--password-stdin',
      ],
      'rahasia-panjang-sekali\n',
    );
    expect(add).toMatchObject({ code: 0, stdout: 'nip-1987  reviewer@dlh head@dpmptsp\n' });
    const again = await mpp(
      [
        'account',
        'add',
        'examples/batang',
        '--store',
        store,
        '--id',
        'nip-1987',
        '--password-stdin',
      ],
      'rahasia-panjang-sekali\n',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('There is already an account "nip-1987"');
    const short = await mpp(
      ['account', 'add', 'examples/batang', '--store', store, '--id', 'nip-2', '--password-stdin'],
      'pendek\n',
    );
    expect(short).toMatchObject({ code: 2 });
    expect(short.stderr).toContain('at least 10');
    const role = await mpp(
      [
        'account',
        'add',
        'examples/batang',
        '--store',
        store,
        '--id',
        'nip-3',
        '--role',
        'reviewer@nowhere',
        '--password-stdin',
      ],
      'rahasia-panjang-sekali\n',
    );
    expect(role.stderr).toContain('no agency "nowhere"');
    const noStdin = await mpp([
      'account',
      'add',
      'examples/batang',
      '--store',
      store,
      '--id',
      'nip-4',
    ]);
    expect(noStdin.code).toBe(2);
    expect(
      (await mpp(['account', 'disable', 'examples/batang', '--store', store, '--id', 'nip-1987']))
        .code,
    ).toBe(0);
    expect((await mpp(['account', 'list', 'examples/batang', '--store', store])).stdout).toBe(
      'nip-1987  reviewer@dlh head@dpmptsp  disabled  Dewi\n',
    );
    expect(
      (await mpp(['account', 'enable', 'examples/batang', '--store', store, '--id', 'nip-1987']))
        .code,
    ).toBe(0);
    const unknown = await mpp([
      'account',
      'disable',
      'examples/batang',
      '--store',
      store,
      '--id',
      'nip-9',
    ]);
    expect(unknown.stderr).toContain('There is no account "nip-9"');
  });
});
