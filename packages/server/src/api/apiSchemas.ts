/** Request and response bodies of the HTTP API, as zod schemas: the OpenAPI document is made from them. */
import { z } from '@hono/zod-openapi';

const localized = z
  .union([z.string(), z.object({ id: z.string(), en: z.string().optional() })])
  .openapi('LocalizedText', { description: 'Text, or `{ id, en }` (Indonesian, English).' });

const roleAtAgency = z.object({ role: z.string(), agency: z.string() }).openapi('RoleAtAgency');

const actor = z
  .object({ id: z.string(), role: z.string(), agency: z.string().optional() })
  .openapi('Actor', {
    description: 'Who acted: user id, role, agency (absent for the applicant).',
  });

const factValue = z.union([z.number(), z.string(), z.boolean()]);
const facts = z.record(z.string(), factValue).openapi('Facts', {
  description: 'Declared facts: fee-formula variables, `feeRow` of a fee table …',
});
const documentRef = z
  .looseObject({ requirementId: z.string().min(1).max(100) })
  .openapi('SubmittedDocument', {
    description: 'A document handed in: the requirement it meets, and any reference to it.',
  });
const applicationKind = z.enum(['new', 'renewal', 'change']);

/** A problem (RFC 9457), as every error answers. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ description: 'The library’s stable error code.' }),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details (application/problem+json).' });

/** A served mall. */
export const mallSummarySchema = z
  .object({
    id: z.string(),
    name: localized,
    region: z.string(),
    timeZone: z.string(),
    locales: z.array(z.string()),
    href: z.string(),
  })
  .openapi('Mall');

/** A service in the catalogue. */
export const serviceSummarySchema = z
  .object({
    id: z.string(),
    name: localized,
    type: z.string(),
    owner: z.string(),
    participants: z.array(z.string()),
    applicationKinds: z.array(applicationKind),
    sla: z.looseObject({ days: z.number(), unit: z.string() }),
    fee: z.looseObject({ kind: z.string() }),
  })
  .openapi('ServiceSummary');

/** A service with its standard laid out. */
export const serviceDetailSchema = serviceSummarySchema
  .extend({
    standard: z.looseObject({ sections: z.array(z.unknown()) }).openapi({
      description: 'The 14 components of the service standard (PermenPANRB 15/2014), laid out.',
    }),
  })
  .openapi('Service');

/** `POST …/services/{serviceId}/checklist`. */
export const checklistRequestSchema = z
  .object({
    applicationKind: applicationKind.optional(),
    facts: facts.optional(),
    documents: z.array(documentRef).max(200).optional(),
  })
  .openapi('ChecklistRequest');

/** The answer of the checklist: what to hand in and why, and the fee worked out. */
export const checklistSchema = z
  .object({
    serviceId: z.string(),
    applicationKind: applicationKind,
    complete: z.boolean(),
    missing: z.array(z.string()),
    items: z.array(
      z.object({
        requirementId: z.string(),
        document: localized,
        status: z.enum(['present', 'missing', 'optional', 'conditional']),
        condition: localized.optional(),
        why: localized.openapi({ description: 'Why it applies to this application.' }),
      }),
    ),
    fee: z
      .union([
        z.looseObject({
          amount: z.number().nullable(),
          currency: z.literal('IDR'),
          kind: z.string(),
        }),
        z.null(),
      ])
      .openapi({ description: 'The fee quote; null when the facts do not give one yet.' }),
    feeWorkedOut: z
      .string()
      .nullable()
      .openapi({ description: 'The formula with the values put in, and its result.' }),
    feeIssues: z.array(z.looseObject({ code: z.string(), message: z.string() })),
  })
  .openapi('Checklist');

/** `POST …/applications`. */
export const submitRequestSchema = z
  .object({
    serviceId: z.string().min(1).max(100),
    applicationKind: applicationKind.optional(),
    applicant: z
      .object({
        id: z.string().min(1).max(200).optional().openapi({
          description:
            'The applicant’s account id: required when an officer registers the application, ignored (taken from the token) for an applicant.',
        }),
        nik: z.string().max(40).optional(),
        name: z.string().max(200).optional(),
        email: z.string().max(254).optional().openapi({
          description:
            'Where the mall’s e-mail notifications for the applicant go (templates whose `to` includes `applicant`). Checked as an address when the application is submitted (422 otherwise).',
        }),
      })
      .optional(),
    documents: z.array(documentRef).max(200).optional(),
    facts: facts.optional(),
    riskLevel: z.enum(['low', 'medium-low', 'medium-high', 'high']).optional().openapi({
      description:
        'The business risk level, for lifecycles that branch on it: set by an officer registering the application; an applicant who sends it is refused (403). The time, the author and the id are always the server’s.',
    }),
  })
  .openapi('SubmitRequest');

/** `POST …/applications/{id}/actions`. */
export const actionRequestSchema = z
  .object({
    type: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .max(60),
    reason: z.string().max(2000).optional(),
    days: z.number().int().min(1).max(365).optional(),
    as: z
      .string()
      .regex(/^[a-z0-9-]+@[a-z0-9-]+$/)
      .optional()
      .openapi({
        description:
          'The role@agency to act in, when the token carries several; default: the first that may.',
      }),
  })
  .openapi('ActionRequest');

/** `POST …/applications/{id}/withdraw`. */
export const withdrawRequestSchema = z
  .object({ reason: z.string().max(2000).optional() })
  .openapi('WithdrawRequest');

const pending = z.object({ type: z.string(), allowed: z.array(roleAtAgency) });

/** An application as lists show it. */
export const applicationSummarySchema = z
  .looseObject({
    id: z.string(),
    mallId: z.string(),
    serviceId: z.string(),
    serviceVersion: z.string(),
    workflowId: z.string(),
    workflowVersion: z.string(),
    applicantId: z.string(),
    agencies: z.array(z.string()),
    state: z.string(),
    phase: z.enum(['active', 'returned', 'final']),
    step: z.string().nullable(),
    final: z.string().nullable(),
    version: z.number().int().openapi({ description: 'Send it back as If-Match: "<version>".' }),
    submittedAt: z.string(),
    updatedAt: z.string(),
    dueAt: z.string().nullable(),
    serviceDue: z.string().nullable(),
    stepDue: z.string().nullable(),
    rounds: z.number().int(),
    pending: z.array(pending),
  })
  .openapi('ApplicationSummary');

/** An application with what was submitted. */
export const applicationSchema = applicationSummarySchema
  .extend({
    applicant: z.looseObject({ id: z.string() }),
    submittedBy: actor,
    documents: z.array(documentRef),
    facts,
    checklist: z.looseObject({ complete: z.boolean(), missing: z.array(z.string()) }),
    fee: z.looseObject({ amount: z.number().nullable(), currency: z.literal('IDR') }),
  })
  .openapi('Application');

/** A page of applications. */
export const applicationPageSchema = z
  .object({
    items: z.array(applicationSummarySchema),
    next: z.string().optional().openapi({ description: 'Pass as `after` for the next page.' }),
  })
  .openapi('ApplicationPage');

/** One event of an application's timeline. */
export const timelineEntrySchema = z
  .looseObject({
    seq: z.number().int(),
    type: z.string(),
    at: z.string(),
    actor,
    reason: z.string().optional(),
    payload: z.unknown(),
    hash: z.string(),
    prevHash: z.string(),
  })
  .openapi('TimelineEntry');

/** What the caller may do on an application now. */
export const allowedActionsSchema = z
  .object({
    actions: z.array(
      z.object({
        type: z.string(),
        as: z.array(z.string()).openapi({ description: 'role@agency' }),
      }),
    ),
  })
  .openapi('AllowedActions');

/** A report, as the core library computes it. */
export const reportSchema = z.looseObject({}).openapi('Report');

/** Path parameters. */
export const mallParams = z.object({
  mallId: z.string().openapi({ param: { name: 'mallId', in: 'path' }, example: 'mpp-batang' }),
});
/** Path parameters with a service. */
export const serviceParams = mallParams.extend({
  serviceId: z.string().openapi({ param: { name: 'serviceId', in: 'path' }, example: 'pbg' }),
});
/** Path parameters with an application. */
export const applicationParams = mallParams.extend({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
/** Paging query parameters. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  after: z.string().max(500).optional(),
});
/** List filters. */
export const listQuery = pageQuery.extend({
  serviceId: z.string().max(100).optional(),
  state: z.string().max(100).optional(),
});
