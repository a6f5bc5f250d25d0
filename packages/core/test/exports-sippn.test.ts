import { join } from 'node:path';
import { textFor, type MallConfig } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '../src/index.js';
import { UnknownServiceError } from '../src/lifecycle/compileServiceLifecycle.js';
import { fromSippn, parseRupiah, sippnCost, toSippn } from '../src/exports/index.js';

const root = new URL('../../..', import.meta.url).pathname;
let batang: MallConfig;

beforeAll(async () => {
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('Batang must load');
  batang = result.mall;
});

describe('toSippn', () => {
  it.each([
    [{ kind: 'free' } as const, 'Gratis'],
    [{ kind: 'fixed', amount: 120000 } as const, 'Rp120.000'],
    [{ kind: 'fixed', amount: 650000 } as const, 'Rp650.000'],
  ])('writes the cost %j as %s', (fee, text) => {
    expect(sippnCost(fee)).toBe(text);
    expect(parseRupiah(text)).toBe(fee.kind === 'fixed' ? fee.amount : undefined);
  });

  it('fills every field for every Batang service, with a procedure', () => {
    for (const service of batang.services) {
      const entry = toSippn(batang, service.id);
      expect(entry.nama_layanan).toBe(textFor(service.name, 'id'));
      expect(entry.waktu).toMatch(/^\d+ hari (kerja|kalender)$/);
      expect(entry.penyelenggara).not.toBe('');
      expect(entry.prosedur.length, service.id).toBeGreaterThan(0);
    }
  });

  it('round-trips every Batang service through fromSippn', () => {
    for (const service of batang.services) {
      const entry = JSON.parse(JSON.stringify(toSippn(batang, service.id))) as ReturnType<
        typeof toSippn
      >;
      const back = fromSippn(entry, batang);
      expect(back.name).toBe(textFor(service.name, 'id'));
      expect(back.owner).toBe(service.owner);
      expect(back.requirements).toEqual(service.requirements.map((r) => textFor(r.document, 'id')));
      expect(back.sla).toEqual({ days: service.sla.days, unit: service.sla.unit });
      expect(back.product).toBe(textFor(service.output.product, 'id'));
      if (service.fee.kind === 'free') expect(back.fee).toEqual({ kind: 'free' });
      else if (service.fee.kind === 'fixed')
        expect(back.fee).toEqual({ kind: 'fixed', amount: service.fee.amount });
      else expect(back.fee.kind).toBe('text');
      const known = service.legalBasis.filter((id) => batang.legalBases.some((b) => b.id === id));
      expect(back.legalBasis).toEqual(known);
    }
  });

  it('uses the declared procedure when a service has one', () => {
    const service = batang.services.find((s) => (s.procedure ?? []).length > 0)!;
    expect(toSippn(batang, service.id).prosedur).toEqual(
      service.procedure!.map((step) => textFor(step, 'id')),
    );
  });

  it('keeps table and formula costs as text', () => {
    expect(
      sippnCost({
        kind: 'formula',
        expression: 'luas * 1000',
        variables: {},
        rounding: 'round',
        examples: [],
      }),
    ).toBe('Sesuai rumus: luas * 1000');
    expect(
      fromSippn({
        ...toSippn(batang, batang.services[0]!.id),
        biaya: 'Baru: Rp120.000; Perpanjangan: Rp80.000',
      }).fee,
    ).toEqual({
      kind: 'text',
      text: 'Baru: Rp120.000; Perpanjangan: Rp80.000',
    });
  });

  it('throws UnknownServiceError for an unknown service', () => {
    expect(() => toSippn(batang, 'no-such-service')).toThrow(UnknownServiceError);
  });
});
