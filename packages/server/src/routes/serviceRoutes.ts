import { createRoute } from '@hono/zod-openapi';
import {
  checkRequirements,
  describeServiceStandard,
  quoteFee,
  refusedFacts,
  ValidationError,
  type FeeQuote,
} from '@mpp-kit/core';
import {
  localizeIssue,
  textFor,
  type ApplicationKind,
  type LocalizedText,
  type Service,
} from '@mpp-kit/schemas';
import {
  checklistRequestSchema,
  checklistSchema,
  mallParams,
  mallSummarySchema,
  serviceDetailSchema,
  serviceParams,
  serviceSummarySchema,
} from '../api/apiSchemas.js';
import { ApiProblem } from '../http/ApiProblem.js';
import type { App } from '../http/AppEnv.js';
import { jsonContent, problemResponses } from './_routeParts.js';

const tags = ['Catalogue'];

/** The summary of a service in lists. */
function serviceSummary(service: Service) {
  return {
    id: service.id,
    name: service.name,
    type: service.type,
    owner: service.owner,
    participants: service.participants ?? [],
    applicationKinds: service.applicationKinds,
    sla: service.sla,
    fee: service.fee,
  };
}

/** Why a requirement applies, in words. */
function whyItApplies(service: Service, requirementId: string): LocalizedText {
  const requirement = service.requirements.find((r) => r.id === requirementId);
  if (requirement?.optional === true)
    return {
      id: 'Tidak wajib; mempercepat pemeriksaan bila ada.',
      en: 'Optional; speeds up the review when handed in.',
    };
  const condition = requirement?.when?.condition;
  if (condition !== undefined)
    return {
      id: `Wajib bila: ${textFor(condition, 'id')}`,
      en: `Required when: ${textFor(condition, 'en')}`,
    };
  const kinds = requirement?.when?.kind;
  if (kinds !== undefined)
    return {
      id: `Wajib untuk permohonan jenis ${kinds.join(', ')}.`,
      en: `Required for ${kinds.join(', ')} applications.`,
    };
  return {
    id: 'Wajib untuk setiap permohonan layanan ini.',
    en: 'Required for every application of this service.',
  };
}

/**
 * The fee with the formula's values put in: `floorArea × … = 100 × 0.5 × … = 1000000`.
 *
 * @example
 * ```ts
 * workOutFee({ kind: 'fixed', amount: 30000, currency: 'IDR', legalBasis: [] }); // '30000'
 * ```
 */
export function workOutFee(quote: FeeQuote): string {
  const amount = String(quote.amount);
  switch (quote.kind) {
    case 'free':
      return '0';
    case 'fixed':
      return amount;
    case 'table':
      return `${quote.rowId}: ${amount}`;
    case 'commercial':
      return `commercial tariff${quote.tariffUrl === undefined ? '' : ` (${quote.tariffUrl})`}`;
    case 'formula': {
      const names = Object.keys(quote.values).sort((a, b) => b.length - a.length);
      const pattern = new RegExp(
        `\\b(${names.map((n) => n.replace(/[$]/g, '\\$')).join('|')})\\b`,
        'g',
      );
      const filled =
        names.length === 0
          ? quote.expression
          : quote.expression.replace(pattern, (name) => String(quote.values[name]));
      const rounding = quote.rounding === 'none' ? '' : ` (${quote.rounding})`;
      return `${quote.expression} = ${filled}${rounding} = ${amount}`;
    }
  }
}

/** Registers the catalogue routes: the mall, its services, a service's standard and checklist. */
export function registerServiceRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}',
      tags,
      summary: 'The mall',
      request: { params: mallParams },
      responses: { 200: jsonContent(mallSummarySchema, 'The mall'), ...problemResponses(404) },
    }),
    (c) => {
      const { mall } = c.get('served').mall;
      return c.json(
        {
          id: mall.id,
          name: mall.name,
          region: mall.region,
          timeZone: mall.timeZone,
          locales: mall.locales,
          href: `/api/v1/malls/${mall.id}`,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/services',
      tags,
      summary: 'The services of the mall',
      request: { params: mallParams },
      responses: {
        200: jsonContent(serviceSummarySchema.array(), 'The services'),
        ...problemResponses(404),
      },
    }),
    (c) => c.json(c.get('served').mall.services.map(serviceSummary), 200),
  );

  const serviceOf = (services: readonly Service[], id: string): Service => {
    const service = services.find((s) => s.id === id);
    if (service === undefined) throw new ApiProblem(404, 'unknown_service', { id });
    return service;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/services/{serviceId}',
      tags,
      summary: 'A service and its service standard',
      request: { params: serviceParams },
      responses: { 200: jsonContent(serviceDetailSchema, 'The service'), ...problemResponses(404) },
    }),
    (c) => {
      const { mall } = c.get('served');
      const service = serviceOf(mall.services, c.req.valid('param').serviceId);
      const standard = describeServiceStandard(mall, service.id, c.get('locale'));
      return c.json({ ...serviceSummary(service), standard } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/malls/{mallId}/services/{serviceId}/checklist',
      tags,
      summary: 'The requirement checklist and fee quote for an application',
      description:
        'From the application kind and the declared facts: every requirement that applies with why, what is still missing, and the fee with its formula worked out. Nothing is stored.',
      request: {
        params: serviceParams,
        body: jsonContent(checklistRequestSchema, 'The application'),
      },
      responses: {
        200: jsonContent(checklistSchema, 'The checklist'),
        ...problemResponses(400, 404, 422),
      },
    }),
    (c) => {
      const { mall } = c.get('served');
      const service = serviceOf(mall.services, c.req.valid('param').serviceId);
      const body = c.req.valid('json');
      const kind: ApplicationKind =
        body.applicationKind ??
        (service.applicationKinds.includes('new') ? 'new' : (service.applicationKinds[0] ?? 'new'));
      if (!service.applicationKinds.includes(kind)) {
        throw new ApiProblem(400, 'bad_request', {
          summary: `applicationKind "${kind}" is not offered by ${service.id} (${service.applicationKinds.join(', ')})`,
        });
      }
      const checklist = checkRequirements(service, kind, body.documents ?? []);
      const quote = quoteFee(service, kind, body.facts ?? {});
      // A fact of the wrong type or outside its declared range is a bad request (422, like a
      // submit with it); a fact still missing is part of the checklist's answer.
      const refused = refusedFacts(quote);
      if (refused.length > 0) throw new ValidationError(refused);
      const locale = c.get('locale');
      return c.json(
        {
          serviceId: service.id,
          applicationKind: kind,
          complete: checklist.complete,
          missing: [...checklist.missing],
          items: checklist.items.map((item) => ({
            ...item,
            why: whyItApplies(service, item.requirementId),
          })),
          fee: quote.ok ? { ...quote.value } : null,
          feeWorkedOut: quote.ok ? workOutFee(quote.value) : null,
          feeIssues: quote.ok
            ? []
            : quote.issues.map((issue) => {
                const localized = localizeIssue(issue, locale);
                return { code: issue.code, path: issue.path, message: localized.message };
              }),
        } as never,
        200,
      );
    },
  );
}
