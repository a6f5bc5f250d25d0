import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import { createCatalogueSearch, loadMall, type CatalogueSearch } from '../src/index.js';

const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));
let mall: MallConfig;
let search: CatalogueSearch;

beforeAll(async () => {
  const result = await loadMall(batang);
  if (!result.ok) throw new Error('Batang does not load');
  mall = result.mall;
  search = createCatalogueSearch(mall);
});

/** The right first answer: one service, any of several, or any service an agency owns. */
type Expected = string | readonly string[] | { readonly owner: string };

const accepts = (expected: Expected, id: string): boolean => {
  if (typeof expected === 'string') return id === expected;
  if (Array.isArray(expected)) return expected.includes(id);
  const owner = (expected as { owner: string }).owner;
  return mall.services.find((service) => service.id === id)?.owner === owner;
};

/**
 * What citizens type, as they type it (Indonesian, misspelt, old names, agency names, English),
 * and the service that must come first on Batang's catalogue.
 */
const queries: readonly (readonly [string, Expected])[] = [
  ['ktp', 'ktp-el'],
  ['e-ktp', 'ktp-el'],
  ['KTP-el hilang', 'ktp-el-penggantian'],
  ['akte kelahiran', 'akta-kelahiran'],
  ['akte lahir', 'akta-kelahiran'],
  ['kelahran', 'akta-kelahiran'],
  ['akta kematian', 'akta-kematian'],
  ['meninggal', 'akta-kematian'],
  ['nikah', 'akta-perkawinan'],
  ['kartu keluarga', 'kartu-keluarga'],
  ['kk', 'kartu-keluarga'],
  ['kia', 'kia'],
  ['pindah domisili', 'surat-pindah'],
  ['disdukcapil', { owner: 'disdukcapil' }],
  ['dukcapil', { owner: 'disdukcapil' }],
  ['pasport', { owner: 'imigrasi-pemalang' }],
  ['cara bikin paspor', { owner: 'imigrasi-pemalang' }],
  ['passport', { owner: 'imigrasi-pemalang' }],
  ['paspor anak', 'paspor-anak'],
  ['sim a', ['sim-a-baru', 'sim-a-perpanjangan']],
  ['perpanjang sim c', 'sim-c-perpanjangan'],
  ['skck', 'skck'],
  ['surat kelakuan baik', 'skck'],
  ['polres', { owner: 'polres-batang' }],
  ['imb', 'pbg'],
  ['imb rumah', 'pbg'],
  ['building approval', 'pbg'],
  ['siup', 'nib-oss'],
  ['izin usaha', 'nib-oss'],
  ['tdp', 'nib-oss'],
  ['ijin praktek bidan', 'sip-bidan'],
  ['sip dokter gigi', 'sip-dokter-gigi'],
  ['apotik', 'izin-apotek'],
  ['ijin trayek', 'izin-trayek'],
  ['reklame', 'izin-reklame'],
  ['uji kir', 'uji-kir'],
  ['limbah b3', 'izin-tps-limbah-b3'],
  ['laik fungsi', 'slf'],
  ['sertipikat tanah', { owner: 'kantah-batang' }],
  ['balik nama tanah', 'peralihan-hak'],
  ['npwp', ['npwp-orang-pribadi', 'npwp-badan']],
  ['pasang listrik', 'pln-pasang-baru'],
  ['sambungan air pdam', 'pdam-sambungan-baru'],
  ['bpjs kesehatan', { owner: 'bpjs-kesehatan' }],
  ['klaim jht', 'klaim-jht'],
  ['pensiun', 'taspen-klaim-pensiun'],
];

describe('catalogue search: relevance on Batang', () => {
  it('has at least 30 real queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(queries)('"%s" puts the right service first', (query, expected) => {
    const hits = search.search(query);
    expect(hits.length, `nothing found for "${query}"`).toBeGreaterThan(0);
    const top = hits[0]!.id;
    expect(
      accepts(expected, top),
      `"${query}" → ${hits
        .slice(0, 3)
        .map((hit) => hit.id)
        .join(', ')}`,
    ).toBe(true);
  });

  it('ranks by relevance: "ktp" has KTP-el first of the many services that require a KTP-el', () => {
    const hits = search.search('ktp');
    expect(hits[0]?.id).toBe('ktp-el');
    // Many services list the KTP-el among their documents; they all still match, lower down.
    expect(hits.length).toBeGreaterThan(50);
    expect(hits.map((hit) => hit.score)).toEqual(
      [...hits.map((hit) => hit.score)].sort((a, b) => b - a),
    );
  });

  it('applies filters, and an empty query lists every service that passes them in catalogue order', () => {
    expect(search.search('').map((hit) => hit.id)).toEqual(
      mall.services.map((service) => service.id),
    );
    const polres = search.search('', { agency: 'polres-batang' }).map((hit) => hit.id);
    expect(polres).toEqual(
      mall.services
        .filter(
          (service) =>
            service.owner === 'polres-batang' ||
            (service.participants ?? []).includes('polres-batang'),
        )
        .map((service) => service.id),
    );
    expect(
      search
        .search('ktp', { type: 'licensing' })
        .every(
          (hit) => mall.services.find((service) => service.id === hit.id)?.type === 'licensing',
        ),
    ).toBe(true);
    expect(search.search('qwertyuiop zxcvbnm')).toEqual([]);
  });

  it('takes the mall’s own synonyms from mall.search.synonyms, one way and both ways', () => {
    expect(search.search('samsat')).toEqual([]);
    const extended = createCatalogueSearch({
      ...mall,
      mall: {
        ...mall.mall,
        search: {
          synonyms: [
            { terms: ['samsat', 'surat motor'], find: ['sim c'] },
            { terms: ['paspor', 'pspr'] },
          ],
        },
      },
    });
    expect(extended.search('samsat')[0]?.id).toMatch(/^sim-c-/);
    expect(extended.search('surat motor')[0]?.id).toMatch(/^sim-c-/);
    expect(
      mall.services.find((service) => service.id === extended.search('pspr')[0]?.id)?.owner,
    ).toBe('imigrasi-pemalang');
  });

  it('matches a service’s aliases like its name', () => {
    const withAlias = createCatalogueSearch({
      ...mall,
      services: mall.services.map((service) =>
        service.id === 'kia' ? { ...service, aliases: ['kartu pelajar cilik'] } : service,
      ),
    });
    expect(withAlias.search('kartu pelajar cilik')[0]?.id).toBe('kia');
  });
});
