// `writeCatalogueSite` renders and writes the site one page at a time (issue 15 item 6): the files
// on disk must be exactly what rendering the whole site gives, byte for byte, in both languages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMall } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import { renderCatalogueSite, writeCatalogueSite } from '../src/site/index.js';

const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function batangMall(): Promise<MallConfig> {
  const result = await loadMall(batang);
  if (result.ok) return result.mall;
  throw new Error(`examples/batang does not load: ${result.issues[0]?.message ?? ''}`);
}

describe('writeCatalogueSite streams pages', () => {
  it.each(['id', 'en'] as const)(
    'writes byte for byte the files renderCatalogueSite renders for Batang (%s first)',
    async (locale) => {
      const mall = await batangMall();
      const outDir = mkdtempSync(join(tmpdir(), 'mpp-site-stream-'));
      made.push(outDir);
      const rendered = renderCatalogueSite(mall, { locale });
      const written = await writeCatalogueSite(mall, { outDir, locale });
      expect(written.files).toEqual(rendered.map((file) => file.path));
      // Batang publishes both languages: pages of both, the assets once.
      expect(rendered.filter((file) => file.path.startsWith('services/'))).toHaveLength(
        mall.services.length,
      );
      expect(rendered.some((file) => file.path.startsWith(locale === 'id' ? 'en/' : 'id/'))).toBe(
        true,
      );
      for (const file of rendered) {
        const bytes = readFileSync(join(outDir, ...file.path.split('/')));
        expect(bytes.equals(Buffer.from(file.content, 'utf8')), file.path).toBe(true);
      }
    },
  );
});
