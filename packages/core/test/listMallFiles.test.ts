import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listMallFiles } from '@mpp-kit/core/files';

const root = mkdtempSync(join(tmpdir(), 'mpp-list-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));

/** A folder with files in mixed case, hidden files, tool files, node_modules and a .mppignore. */
function mixedFolder(): string {
  const dir = join(root, 'mixed');
  for (const sub of ['Services', 'agencies', '.hidden', 'node_modules', 'reports'])
    mkdirSync(join(dir, sub), { recursive: true });
  const files = [
    'mall.yaml',
    'B-calendar.yaml',
    'a_legal.yml',
    'a-legal.json',
    'package.json',
    'notes.md',
    'report.json',
    '.secret.yaml',
    'Services/Zeta.yaml',
    'Services/alpha.yaml',
    'agencies/dinkes.yaml',
    '.hidden/x.yaml',
    'node_modules/y.yaml',
    'reports/wog.json',
  ];
  for (const file of files) writeFileSync(join(dir, file), 'x: 1\n');
  writeFileSync(join(dir, '.mppignore'), 'report.json\nreports/\n');
  return dir;
}

describe('listMallFiles', () => {
  it('skips hidden, tool, ignored and node_modules files and sorts each folder by name', async () => {
    const dir = mixedFolder();
    const listed = (await listMallFiles(dir))?.map((file) => relative(dir, file)) ?? [];
    const byName = (a: string, b: string) => a.localeCompare(b);
    expect([...listed].sort()).toEqual([
      'B-calendar.yaml',
      'Services/Zeta.yaml',
      'Services/alpha.yaml',
      'a-legal.json',
      'a_legal.yml',
      'agencies/dinkes.yaml',
      'mall.yaml',
    ]);
    // Folder by folder: the entries of the top folder (a folder's files where it sorts) in name order.
    const top = [...new Set(listed.map((file) => file.split('/')[0] ?? ''))];
    expect(top).toEqual([...top].sort(byName));
    const services = listed.filter((file) => file.startsWith('Services/'));
    expect(services).toEqual([...services].sort(byName));
  });

  it('with sorted: false lists the same files (for a caller that orders them itself)', async () => {
    for (const dir of [mixedFolder(), batang]) {
      const sorted = await listMallFiles(dir);
      const unsorted = await listMallFiles(dir, { sorted: false });
      expect(unsorted).toHaveLength(sorted?.length ?? -1);
      expect(new Set(unsorted)).toEqual(new Set(sorted));
    }
    const single = join(batang, 'mall.yaml');
    expect(await listMallFiles(single, { sorted: false })).toEqual([single]);
  });
});
