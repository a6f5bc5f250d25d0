import { join } from 'node:path';
import { fee, parseMallFile, type MallConfig, type Service } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fromCpsvAp,
  loadMall,
  quoteFee,
  renderCatalogueSite,
  renderServiceStandard,
  sippnCost,
  toCpsvAp,
} from '../src/index.js';

const root = new URL('../../..', import.meta.url).pathname;
let batang: MallConfig;
let postal: Service;

beforeAll(async () => {
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('Batang must load');
  batang = result.mall;
  postal = batang.services.find((s) => s.id === 'pos-pengiriman-dokumen')!;
});

describe('a commercial tariff (fee kind `commercial`)', () => {
  it('is part of the configuration language, with an optional published-tariff address', () => {
    expect(fee.safeParse({ kind: 'commercial' }).success).toBe(true);
    expect(
      fee.safeParse({ kind: 'commercial', tariffUrl: 'https://www.posindonesia.co.id' }).success,
    ).toBe(true);
    expect(fee.safeParse({ kind: 'commercial', tariffUrl: 'posindonesia' }).success).toBe(false);
    expect(fee.safeParse({ kind: 'commercial', amount: 5000 }).success).toBe(false);
    const file = parseMallFile({
      apiVersion: 'mpp-kit/v1',
      services: [{ ...postal, fee: { kind: 'commercial', tariffUrl: 'https://example.org' } }],
    });
    expect(file.ok).toBe(true);
  });

  it('is quoted without an amount: the provider charges its own tariff', () => {
    expect(postal.fee.kind).toBe('commercial');
    const quote = quoteFee(postal, 'new', {});
    expect(quote).toMatchObject({ ok: true, value: { kind: 'commercial', amount: null } });
  });

  it('is written as the provider’s tariff in the standard, the site and the exports', () => {
    const markdown = renderServiceStandard(batang, postal.id, { format: 'markdown', locale: 'en' });
    expect(markdown).toContain("The provider's commercial tariff (not a tax, levy or PNBP)");
    expect(markdown).not.toContain('Free of charge');
    const page = renderCatalogueSite(batang, { locale: 'id' }).find((file) =>
      file.path.includes(postal.id),
    )!.content;
    expect(page).toContain('Tarif komersial penyedia');
    expect(sippnCost(postal.fee)).toMatch(/^Sesuai tarif komersial penyedia/);
    const back = fromCpsvAp(JSON.parse(JSON.stringify(toCpsvAp(batang))));
    const costs = back.services.find((s) => s.id === postal.id)!.costs;
    expect(costs.map((c) => c.amount)).toEqual([undefined]);
  });
});
