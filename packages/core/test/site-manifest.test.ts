import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import {
  CatalogueSiteError,
  catalogueSiteManifestName,
  writeCatalogueSite,
} from '../src/site/index.js';

const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));

let mall: MallConfig;
const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-site-manifest-'));
  made.push(dir);
  return dir;
};

beforeAll(async () => {
  const result = await loadMall(batang);
  if (!result.ok) throw new Error('Batang does not load');
  mall = result.mall;
});

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const manifestFiles = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, catalogueSiteManifestName), 'utf8')) as { files: string[] })
    .files;

describe('writeCatalogueSite: the manifest keeps other files safe', () => {
  it('records what it wrote in .mpp-site-manifest.json', async () => {
    const dir = tempDir();
    const site = await writeCatalogueSite(mall, { outDir: dir });
    expect(manifestFiles(dir).sort()).toEqual([...site.files].sort());
    expect(manifestFiles(dir)).toContain('index.html');
    expect(site.index).toBe(join(dir, 'index.html'));
    expect(site.removed).toEqual([]);
  });

  it('on a rewrite removes a stale page of the previous run, and leaves foreign files alone', async () => {
    const dir = tempDir();
    await writeCatalogueSite(mall, { outDir: dir });
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'services', 'my-own-page.html'), '<p>mine</p>');
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'logo.svg'), '<svg/>');
    expect(existsSync(join(dir, 'services/pbg.html'))).toBe(true);

    const withoutPbg: MallConfig = {
      ...mall,
      services: mall.services.filter((service) => service.id !== 'pbg'),
    };
    const site = await writeCatalogueSite(withoutPbg, { outDir: dir });
    // The page goes in both languages.
    expect(site.removed).toEqual(['services/pbg.html', 'en/services/pbg.html']);
    expect(existsSync(join(dir, 'services/pbg.html'))).toBe(false);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, 'services', 'my-own-page.html'), 'utf8')).toBe('<p>mine</p>');
    expect(existsSync(join(dir, 'images', 'logo.svg'))).toBe(true);
    expect(manifestFiles(dir)).not.toContain('services/pbg.html');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('data-service="pbg"');
  });

  it('removes a folder it made once it is empty, but never one that still holds foreign files', async () => {
    const dir = tempDir();
    await writeCatalogueSite(mall, { outDir: dir });
    writeFileSync(join(dir, 'agencies', 'keep.txt'), 'mine');
    const bare: MallConfig = { ...mall, services: [], agencies: [], counters: [] };
    const site = await writeCatalogueSite(bare, { outDir: dir });
    expect(site.removed.filter((path) => path.startsWith('services/'))).toHaveLength(
      mall.services.length,
    );
    expect(existsSync(join(dir, 'services'))).toBe(false);
    expect(existsSync(join(dir, 'agencies', 'keep.txt'))).toBe(true);
  });

  it('refuses, writing nothing, when the folder holds an index.html that no manifest lists', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<h1>My own site</h1>');
    const error = await writeCatalogueSite(mall, { outDir: dir }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CatalogueSiteError);
    expect((error as CatalogueSiteError).code).toBe('foreign_files');
    expect((error as CatalogueSiteError).files).toEqual(['index.html']);
    expect((error as CatalogueSiteError).messageId).toContain('--force');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<h1>My own site</h1>');
    expect(existsSync(join(dir, 'services'))).toBe(false);
    expect(existsSync(join(dir, catalogueSiteManifestName))).toBe(false);
  });

  it('overwrites a foreign index.html with force, and owns it from then on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<h1>My own site</h1>');
    writeFileSync(join(dir, 'other.html'), 'kept');
    await writeCatalogueSite(mall, { outDir: dir, force: true });
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
      'Mal Pelayanan Publik Kabupaten Batang',
    );
    expect(readFileSync(join(dir, 'other.html'), 'utf8')).toBe('kept');
    // A second run needs no force: the manifest now lists index.html.
    await expect(writeCatalogueSite(mall, { outDir: dir })).resolves.toMatchObject({ removed: [] });
  });

  it('ignores manifest entries outside the folder (it only ever deletes its own files inside it)', async () => {
    const parent = tempDir();
    const dir = join(parent, 'site');
    mkdirSync(dir);
    writeFileSync(join(parent, 'outside.txt'), 'precious');
    writeFileSync(join(dir, 'inside.txt'), 'precious too');
    writeFileSync(
      join(dir, catalogueSiteManifestName),
      JSON.stringify({
        files: [
          '../outside.txt',
          join(parent, 'outside.txt'),
          'services/../inside.txt',
          './inside.txt',
          'index.html',
        ],
      }),
    );
    const site = await writeCatalogueSite(mall, { outDir: dir });
    expect(site.removed).toEqual([]);
    expect(readFileSync(join(parent, 'outside.txt'), 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, 'inside.txt'), 'utf8')).toBe('precious too');
  });

  it('treats an unreadable manifest as none: nothing is removed and a foreign index.html is refused', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, catalogueSiteManifestName), '{ not json');
    writeFileSync(join(dir, 'index.html'), 'mine');
    await expect(writeCatalogueSite(mall, { outDir: dir })).rejects.toMatchObject({
      code: 'foreign_files',
    });
  });

  it('refuses an output path that is a file', async () => {
    const dir = tempDir();
    const file = join(dir, 'site');
    writeFileSync(file, 'a file');
    await expect(writeCatalogueSite(mall, { outDir: file })).rejects.toMatchObject({
      code: 'not_a_directory',
    });
    expect(readFileSync(file, 'utf8')).toBe('a file');
  });
});

describe('writeCatalogueSite: never writes, overwrites or deletes through a symbolic link', () => {
  /** An output folder and, beside it, a folder and a file that must not change. */
  const setup = () => {
    const parent = tempDir();
    const dir = join(parent, 'site');
    const outside = join(parent, 'outside');
    mkdirSync(dir);
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious.txt'), 'precious');
    writeFileSync(join(outside, 'pbg.html'), 'not a page of the site');
    return { dir, outside };
  };
  const outsideUnchanged = (outside: string) => {
    expect(readdirSync(outside).sort()).toEqual(['pbg.html', 'precious.txt']);
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('precious');
    expect(readFileSync(join(outside, 'pbg.html'), 'utf8')).toBe('not a page of the site');
  };
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueSiteError);
    return error as CatalogueSiteError;
  };

  it('refuses a link to a file outside at a page path, even with force', async () => {
    const { dir, outside } = setup();
    symlinkSync(join(outside, 'precious.txt'), join(dir, 'index.html'));
    for (const force of [false, true]) {
      const error = await refusal(writeCatalogueSite(mall, { outDir: dir, force }));
      expect(error.code).toBe('symbolic_link');
      expect(error.files).toEqual(['index.html']);
      expect(error.message).toContain(join(dir, 'index.html'));
      expect(error.message).toContain('Remove the link');
      expect(error.messageId).toContain('Hapus tautan');
    }
    outsideUnchanged(outside);
    expect(existsSync(join(dir, 'services'))).toBe(false);
    expect(existsSync(join(dir, catalogueSiteManifestName))).toBe(false);
  });

  it('refuses a link to a folder outside where the site writes its pages', async () => {
    const { dir, outside } = setup();
    symlinkSync(outside, join(dir, 'services'));
    const error = await refusal(writeCatalogueSite(mall, { outDir: dir, force: true }));
    expect(error.code).toBe('symbolic_link');
    expect(error.files).toEqual(['services']);
    outsideUnchanged(outside);
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
  });

  it('does not delete a stale page through a folder that became a link', async () => {
    const { dir, outside } = setup();
    await writeCatalogueSite(mall, { outDir: dir });
    rmSync(join(dir, 'services'), { recursive: true });
    symlinkSync(outside, join(dir, 'services'));
    const withoutPbg: MallConfig = {
      ...mall,
      services: mall.services.filter((service) => service.id !== 'pbg'),
    };
    const error = await refusal(writeCatalogueSite(withoutPbg, { outDir: dir, force: true }));
    expect(error.code).toBe('symbolic_link');
    expect(error.files).toContain('services');
    outsideUnchanged(outside);
  });

  it('does not overwrite a file outside through a linked manifest', async () => {
    const { dir, outside } = setup();
    symlinkSync(join(outside, 'precious.txt'), join(dir, catalogueSiteManifestName));
    const error = await refusal(writeCatalogueSite(mall, { outDir: dir }));
    expect(error.code).toBe('symbolic_link');
    expect(error.files).toEqual([catalogueSiteManifestName]);
    outsideUnchanged(outside);
  });

  it('leaves links elsewhere in the folder alone, and accepts an output folder that is itself a link', async () => {
    const { dir, outside } = setup();
    symlinkSync(outside, join(dir, 'shared'));
    const linkedOut = join(dir, '..', 'linked-site');
    symlinkSync(dir, linkedOut);
    const site = await writeCatalogueSite(mall, { outDir: linkedOut });
    expect(site.files).toContain('index.html');
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    outsideUnchanged(outside);
  });
});
