import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMpp } from './_runMpp.js';

/**
 * Terminal safety (issue 17 item 7): a copy of Batang whose mall, service and step names carry an
 * ESC sequence, a bell and a carriage return, run through every command that prints text taken
 * from a configuration. No raw control character (other than line breaks and tabs) may reach the
 * terminal, in English or Indonesian.
 */
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mpp-control-'));
const mall = join(dir, 'batang');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const hostile = 'Batang\u001b]0;owned\u0007\u001b[2J\rX';
cpSync(join(root, 'examples/batang'), mall, {
  recursive: true,
  filter: (source) => !source.includes('node_modules'),
});
const replaceIn = (file: string, from: string, to: string) => {
  const path = join(mall, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(path, text.replace(from, to));
};
// YAML double-quoted escapes put the raw characters into the parsed strings.
const yamlHostile = JSON.stringify(hostile);
replaceIn('mall.yaml', 'id: Mal Pelayanan Publik Kabupaten Batang', `id: ${yamlHostile}`);
replaceIn(
  'services/disdukcapil.yaml',
  'name: { id: Perekaman dan Penerbitan KTP-el, en: Electronic identity card (KTP-el) }',
  `name: { id: ${yamlHostile}, en: ${yamlHostile} }`,
);

const mpp = (argv: string[], lang: string) => runMpp(argv, { lang, cwd: dir, isTTY: true });

const commands: string[][] = [
  ['validate', mall],
  ['standard', mall, '--service', 'ktp-el'],
  ['report', mall],
  ['deadline', mall, '--from', '2026-03-13', '--days', '10'],
  ['graph', mall, '--service', 'ktp-el'],
  ['export', mall, '--format', 'sippn', '--service', 'ktp-el'],
  ['bundle', mall],
  ['site', mall, '--out', join(dir, 'site')],
];

/** CSI colour codes the CLI itself writes (ESC [ … m), and any other control character. */
const colour = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');
const control = new RegExp(String.raw`[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]`);

const cases = commands.flatMap((argv) =>
  ['en_US.UTF-8', 'id_ID.UTF-8'].map((lang) => [argv[0] ?? '', lang, argv] as const),
);

describe('no raw control characters from a configuration reach the terminal', () => {
  it.each(cases)('mpp %s (%s)', async (_name, lang, argv) => {
    const { text } = await mpp(argv, lang);
    expect(text.replace(colour, '')).not.toMatch(control);
  });

  it('the hostile name did reach the commands (the test can fail)', async () => {
    const { text } = await mpp(['standard', mall, '--service', 'ktp-el'], 'id_ID.UTF-8');
    expect(text).toContain('Standar Pelayanan: Batang\\x1b');
    expect(hostile).toMatch(control);
  });
});
