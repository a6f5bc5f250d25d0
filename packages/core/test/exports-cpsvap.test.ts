import { join } from 'node:path';
import { textFor, type MallConfig } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '../src/index.js';
import { CpsvApFormatError, fromCpsvAp, toCpsvAp, type CpsvApNode } from '../src/exports/index.js';

const root = new URL('../../..', import.meta.url).pathname;
let batang: MallConfig;

beforeAll(async () => {
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('Batang must load');
  batang = result.mall;
});

const node = (graph: readonly CpsvApNode[], id: string) => graph.find((n) => n['@id'] === id);

describe('toCpsvAp', () => {
  it('writes one cpsv:PublicService per service with stable IRIs under the default base', () => {
    const doc = toCpsvAp(batang);
    const services = doc['@graph'].filter((n) => n['@type'] === 'cpsv:PublicService');
    expect(services).toHaveLength(batang.services.length);
    expect(services[0]!['@id']).toBe(
      `urn:mpp-kit:${batang.mall.id}:service/${batang.services[0]!.id}`,
    );
    expect(doc['@context'].cpsv).toBe('http://purl.org/vocab/cpsv#');
    expect(doc['@context'].cv).toBe('http://data.europa.eu/m8g/');
    expect(doc['@context'].eli).toBe('http://data.europa.eu/eli/ontology#');
  });

  it('links the competent authority, costs in IDR, processing time and legal resources', () => {
    const doc = toCpsvAp(batang, { baseIri: 'https://mpp.example.go.id/' });
    const service =
      batang.services.find((s) => s.fee.kind === 'fixed' && s.legalBasis.length > 0) ??
      batang.services[0]!;
    const out = node(doc['@graph'], `https://mpp.example.go.id/service/${service.id}`)!;
    const authority = out['cv:hasCompetentAuthority'] as { '@id': string };
    expect(node(doc['@graph'], authority['@id'])?.['@type']).toBe('cv:PublicOrganisation');
    expect(out['cv:processingTime']).toEqual({
      '@value': `P${service.sla.days}D`,
      '@type': 'xsd:duration',
    });
    const costs = out['cv:hasCost'] as { 'cv:currency': string }[];
    expect(costs.every((cost) => cost['cv:currency'] === 'IDR')).toBe(true);
    for (const legal of out['cpsv:hasLegalResource'] as { '@id': string }[]) {
      expect(node(doc['@graph'], legal['@id'])?.['@type']).toBe('eli:LegalResource');
    }
    expect(out['dct:title']).toContainEqual({
      '@value': textFor(service.name, 'id'),
      '@language': 'id',
    });
  });

  it('writes only the requested language', () => {
    const doc = toCpsvAp(batang, { locale: 'en' });
    const service = doc['@graph'].find((n) => n['@type'] === 'cpsv:PublicService')!;
    expect((service['dct:title'] as { '@language': string }[]).map((t) => t['@language'])).toEqual([
      'en',
    ]);
  });

  it('survives JSON serialisation and reads back what it wrote (Batang round trip)', () => {
    const back = fromCpsvAp(JSON.parse(JSON.stringify(toCpsvAp(batang))));
    expect(back.services.map((s) => s.id)).toEqual(batang.services.map((s) => s.id));
    for (const service of batang.services) {
      const read = back.services.find((s) => s.id === service.id)!;
      expect(read.name.id).toBe(textFor(service.name, 'id'));
      if (typeof service.name !== 'string' && service.name.en !== undefined)
        expect(read.name.en).toBe(service.name.en);
      expect(read.owner).toBe(service.owner);
      expect(read.requirements.map((r) => r.id)).toEqual(service.requirements.map((r) => r.id));
      expect(read.requirements.map((r) => r.document.id)).toEqual(
        service.requirements.map((r) => textFor(r.document, 'id')),
      );
      expect(read.sla).toEqual({ days: service.sla.days, unit: service.sla.unit });
      expect(read.output?.id).toBe(textFor(service.output.product, 'id'));
      if (service.fee.kind === 'fixed')
        expect(read.costs.map((c) => c.amount)).toEqual([service.fee.amount]);
      if (service.fee.kind === 'free') expect(read.costs.map((c) => c.amount)).toEqual([0]);
      if (service.fee.kind === 'table')
        expect(read.costs.map((c) => [c.id, c.amount])).toEqual(
          service.fee.rows.map((row) => [row.id, row.amount]),
        );
      if (service.fee.kind === 'formula')
        expect(read.costs.map((c) => c.amount)).toEqual([undefined]);
      const known = service.legalBasis.filter((id) => batang.legalBases.some((b) => b.id === id));
      expect(read.legalBases.map((b) => b.id)).toEqual(known);
      for (const legal of read.legalBases) {
        const basis = batang.legalBases.find((b) => b.id === legal.id)!;
        expect(legal.title?.id).toBe(textFor(basis.title, 'id'));
        expect(legal.url).toBe(basis.url);
      }
    }
  });

  it('names participating agencies through cv:Participation', () => {
    const service = batang.services.find((s) => (s.participants ?? []).length > 0)!;
    const doc = toCpsvAp(batang);
    const out = node(doc['@graph'], `urn:mpp-kit:${batang.mall.id}:service/${service.id}`)!;
    const roles = out['cv:hasParticipation'] as {
      '@type': string;
      '@reverse': { 'cv:playsRole': { '@id': string } };
    }[];
    expect(roles.map((r) => r['@reverse']['cv:playsRole']['@id'])).toEqual(
      service.participants!.map((id) => `urn:mpp-kit:${batang.mall.id}:agency/${id}`),
    );
    expect(roles.every((r) => r['@type'] === 'cv:Participation')).toBe(true);
  });

  it('rejects input that is not a JSON-LD graph', () => {
    expect(() => fromCpsvAp({ services: [] })).toThrow(CpsvApFormatError);
  });
});
