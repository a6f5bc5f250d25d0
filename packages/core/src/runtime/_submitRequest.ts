/** Validation of a submission: every problem collected, each located in the request. */
import {
  applicationKinds,
  createIssue,
  nearest,
  parseNik,
  riskLevels,
  type ApplicationKind,
  type Issue,
  type IssuePath,
  type MallConfig,
  type RiskLevel,
  type Service,
} from '@mpp-kit/schemas';
import { findNonJson } from '../store/jsonValue.js';
import type { ActorRef } from '../store/MallStore.js';
import {
  checkRequirements,
  type RequirementChecklist,
  type SubmittedDocument,
} from './checkRequirements.js';
import { ValidationError } from './errors.js';
import { checkActor } from './_actionInput.js';
import { maskIssue, missing, typeIssue } from './_inputIssues.js';
import type { ApplicantInput, SubmitInput, SubmitTrusted } from './MallRuntime.js';
import { quoteFee, type FactValue, type FeeQuote } from '../fees/quoteFee.js';

/** The keys only the runtime or a trusted caller sets (see `SubmitTrusted`). */
const trustedKeys = ['at', 'submittedBy', 'id', 'riskLevel'] as const;

/** A submission that passed validation. */
export interface CheckedSubmit {
  readonly service: Service;
  readonly applicationKind: ApplicationKind;
  readonly applicant: ApplicantInput;
  readonly submittedBy: ActorRef;
  readonly documents: readonly SubmittedDocument[];
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly riskLevel?: RiskLevel;
  readonly at: string;
  readonly id?: string;
  readonly checklist: RequirementChecklist;
  readonly fee: FeeQuote;
}

/** An e-mail address, loosely: something@domain.tld without spaces or angle brackets. */
const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]+\.[^\s@<>]+$/;

/** An ISO 8601 instant with a zone, as the store accepts it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant as `toISOString()`, or undefined when it is not one. */
export function toInstant(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || !INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The issue of a value that is not an instant. */
export function instantIssue(path: IssuePath, value: unknown): Issue {
  return createIssue({
    code: 'invalid_format',
    path,
    params: {
      actual: typeof value === 'string' ? value : String(value),
      format: { en: 'ISO 8601 instant', id: 'waktu ISO 8601' },
      example: {
        en: 'Write it like 2025-07-01T09:30:00+07:00.',
        id: 'Tulis seperti 2025-07-01T09:30:00+07:00.',
      },
    },
  });
}

/** How far ahead of the runtime's clock a caller's time may be (clocks of two machines differ). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Throws a `ValidationError` (`time_ahead_of_clock`, at `now`) when a caller's time is later than
 * the runtime's clock by more than {@link CLOCK_SKEW_MS}: deadlines run ahead of time would deem
 * applications approved, or overdue, before they are.
 */
export function refuseAheadOfClock(at: string, clockNow: string): void {
  if (Date.parse(at) - Date.parse(clockNow) <= CLOCK_SKEW_MS) return;
  throw new ValidationError([
    createIssue({
      code: 'time_ahead_of_clock',
      path: ['now'],
      params: { actual: at, now: clockNow, skew: `${String(CLOCK_SKEW_MS / 60_000)} min` },
    }),
  ]);
}

function checkApplicant(
  value: unknown,
  at: string | undefined,
  issues: Issue[],
): ApplicantInput | undefined {
  if (value === undefined) {
    issues.push(
      missing(['applicant'], 'applicant', { en: '{ id, nik?, name? }', id: '{ id, nik?, name? }' }),
    );
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push(
      typeIssue(
        ['applicant'],
        { en: 'the applicant { id, nik?, name? }', id: 'pemohon { id, nik?, name? }' },
        value,
      ),
    );
    return undefined;
  }
  const { id, nik, name, email } = value as Record<string, unknown>;
  const before = issues.length;
  if (typeof id !== 'string' || id.trim() === '') {
    issues.push(
      id === undefined
        ? missing(['applicant', 'id'], 'id', {
            en: "the applicant's account id",
            id: 'id akun pemohon',
          })
        : typeIssue(
            ['applicant', 'id'],
            { en: 'a non-empty string', id: 'teks yang tidak kosong' },
            id,
          ),
    );
  }
  let digits: string | undefined;
  if (nik !== undefined) {
    const parsed = parseNik(nik, at === undefined ? {} : { referenceDate: new Date(at) });
    if (parsed.ok) digits = parsed.value.nik;
    else issues.push(...parsed.issues.map((issue) => ({ ...issue, path: ['applicant', 'nik'] })));
  }
  if (name !== undefined && typeof name !== 'string') {
    issues.push(typeIssue(['applicant', 'name'], { en: 'a string', id: 'teks' }, name));
  }
  if (email !== undefined && (typeof email !== 'string' || !EMAIL.test(email))) {
    issues.push(
      typeof email === 'string'
        ? createIssue({
            code: 'invalid_format',
            path: ['applicant', 'email'],
            params: {
              actual: email,
              format: { en: 'e-mail address', id: 'alamat surel' },
              example: {
                en: 'Write it like siti@example.com.',
                id: 'Tulis seperti siti@example.com.',
              },
            },
          })
        : typeIssue(['applicant', 'email'], { en: 'a string', id: 'teks' }, email),
    );
  }
  if (issues.length > before) return undefined;
  return {
    id: id as string,
    ...(digits === undefined ? {} : { nik: digits }),
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof email === 'string' ? { email } : {}),
  };
}

function checkDocuments(
  value: unknown,
  service: Service | undefined,
  issues: Issue[],
): SubmittedDocument[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(
      typeIssue(['documents'], { en: 'a list of documents', id: 'daftar dokumen' }, value),
    );
    return [];
  }
  const known = service?.requirements.map((requirement) => requirement.id) ?? [];
  const documents: SubmittedDocument[] = [];
  value.forEach((item: unknown, index) => {
    const path = ['documents', index];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push(
        typeIssue(
          path,
          { en: 'a document { requirementId, … }', id: 'dokumen { requirementId, … }' },
          item,
        ),
      );
      return;
    }
    const requirementId = (item as Record<string, unknown>)['requirementId'];
    if (typeof requirementId !== 'string') {
      issues.push(
        requirementId === undefined
          ? missing([...path, 'requirementId'], 'requirementId', {
              en: 'the id of the requirement it meets',
              id: 'id persyaratan yang dipenuhi',
            })
          : typeIssue([...path, 'requirementId'], { en: 'a string', id: 'teks' }, requirementId),
      );
      return;
    }
    if (service !== undefined && !known.includes(requirementId)) {
      const suggestion = nearest(requirementId, known);
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: [...path, 'requirementId'],
          params: {
            kind: 'requirement',
            id: requirementId,
            known,
            ...(suggestion === undefined ? {} : { suggestion }),
          },
        }),
      );
      return;
    }
    const bad = findNonJson(item, '$');
    if (bad) {
      issues.push(
        createIssue({
          code: 'invalid_value',
          path,
          params: { actual: `${bad.path}: ${bad.problem}`, allowed: ['JSON values'] },
        }),
      );
      return;
    }
    documents.push(JSON.parse(JSON.stringify(item)) as SubmittedDocument);
  });
  return documents;
}

function checkFacts(value: unknown, issues: Issue[]): Record<string, FactValue> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push(typeIssue(['facts'], { en: 'a mapping of facts', id: 'pemetaan fakta' }, value));
    return {};
  }
  const facts: Record<string, FactValue> = {};
  for (const [key, item] of Object.entries(value)) {
    if (
      (typeof item === 'number' && Number.isFinite(item)) ||
      typeof item === 'string' ||
      typeof item === 'boolean'
    ) {
      facts[key] = item;
    } else {
      issues.push(
        typeIssue(
          ['facts', key],
          { en: 'a number, a string or a boolean', id: 'angka, teks, atau nilai true/false' },
          item,
        ),
      );
    }
  }
  return facts;
}

/**
 * Checks a submission against the mall: the service, the application kind it offers, the
 * applicant (NIK with `parseNik`), the documents (known requirement ids), the facts (and the fee
 * they give), the risk level when the lifecycle branches on it, the instant.
 */
export function checkSubmit(
  mall: Pick<MallConfig, 'services'>,
  input: SubmitInput,
  trustedInput: SubmitTrusted | undefined,
  context: { readonly now: () => string; readonly needsRiskLevel: (serviceId: string) => boolean },
): { ok: true; value: CheckedSubmit } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const raw: unknown = input;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [
        typeIssue(
          [],
          {
            en: 'an application { serviceId, applicant, … }',
            id: 'permohonan { serviceId, applicant, … }',
          },
          raw,
        ),
      ],
    };
  }
  const request = raw as Record<string, unknown>;
  for (const key of trustedKeys) {
    if (Object.hasOwn(request, key))
      issues.push(createIssue({ code: 'set_by_runtime', path: [key], params: { key } }));
  }
  const trustedRaw: unknown = trustedInput ?? {};
  if (trustedRaw === null || typeof trustedRaw !== 'object' || Array.isArray(trustedRaw)) {
    return {
      ok: false,
      issues: [
        typeIssue(
          [],
          {
            en: 'trusted fields { at?, submittedBy?, id?, riskLevel? }',
            id: 'isian tepercaya { at?, submittedBy?, id?, riskLevel? }',
          },
          trustedRaw,
        ),
      ],
    };
  }
  const trusted = trustedRaw as Record<string, unknown>;

  let service: Service | undefined;
  const serviceId = request['serviceId'];
  if (typeof serviceId !== 'string') {
    issues.push(
      serviceId === undefined
        ? missing(['serviceId'], 'serviceId', {
            en: 'the id of a service of the mall',
            id: 'id layanan mal',
          })
        : typeIssue(['serviceId'], { en: 'a string', id: 'teks' }, serviceId),
    );
  } else {
    service = mall.services.find((candidate) => candidate.id === serviceId);
    if (service === undefined) {
      const known = mall.services.map((candidate) => candidate.id);
      const suggestion = nearest(serviceId, known);
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: ['serviceId'],
          params: {
            kind: 'service',
            id: serviceId,
            known,
            ...(suggestion === undefined ? {} : { suggestion }),
          },
        }),
      );
    }
  }

  let applicationKind: ApplicationKind | undefined;
  const kind = request['applicationKind'];
  if (service !== undefined) {
    const offered = service.applicationKinds;
    if (kind === undefined) {
      applicationKind = offered.includes('new') ? 'new' : offered[0];
    } else if (
      typeof kind === 'string' &&
      (applicationKinds as readonly string[]).includes(kind) &&
      offered.includes(kind as ApplicationKind)
    ) {
      applicationKind = kind as ApplicationKind;
    } else {
      issues.push(
        createIssue({
          code: 'invalid_value',
          path: ['applicationKind'],
          params: { actual: JSON.stringify(kind), allowed: [...offered] },
        }),
      );
    }
  }

  let at: string | undefined;
  if (trusted['at'] === undefined) at = context.now();
  else {
    at = toInstant(trusted['at']);
    if (at === undefined) issues.push(instantIssue(['at'], trusted['at']));
  }

  // The NIK's birth century is read against the submission instant, not the clock.
  const applicant = checkApplicant(request['applicant'], at, issues);
  const documents = checkDocuments(request['documents'], service, issues);
  const facts = checkFacts(request['facts'], issues);

  let riskLevel: RiskLevel | undefined;
  const risk = trusted['riskLevel'];
  if (risk !== undefined) {
    if (typeof risk === 'string' && (riskLevels as readonly string[]).includes(risk))
      riskLevel = risk as RiskLevel;
    else
      issues.push(
        createIssue({
          code: 'invalid_value',
          path: ['riskLevel'],
          params: { actual: JSON.stringify(risk), allowed: [...riskLevels] },
        }),
      );
  } else if (service !== undefined && context.needsRiskLevel(service.id)) {
    issues.push(
      missing(['riskLevel'], 'riskLevel', {
        en: `the business risk level: ${riskLevels.join(', ')}`,
        id: `tingkat risiko usaha: ${riskLevels.join(', ')}`,
      }),
    );
  }

  let submittedBy: ActorRef | undefined;
  if (trusted['submittedBy'] !== undefined)
    submittedBy = checkActor(trusted['submittedBy'], ['submittedBy'], issues);

  const id = trusted['id'];
  if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) {
    issues.push(typeIssue(['id'], { en: 'a non-empty string', id: 'teks yang tidak kosong' }, id));
  }

  let fee: FeeQuote | undefined;
  if (service !== undefined && applicationKind !== undefined) {
    const quote = quoteFee(service, applicationKind, facts);
    if (quote.ok) fee = quote.value;
    else issues.push(...quote.issues);
  }

  if (
    issues.length > 0 ||
    service === undefined ||
    applicationKind === undefined ||
    applicant === undefined ||
    at === undefined ||
    fee === undefined
  ) {
    return { ok: false, issues: issues.map(maskIssue) };
  }
  return {
    ok: true,
    value: {
      service,
      applicationKind,
      applicant,
      submittedBy: submittedBy ?? { id: applicant.id, role: 'applicant' },
      documents,
      facts,
      ...(riskLevel === undefined ? {} : { riskLevel }),
      at,
      ...(typeof id === 'string' ? { id } : {}),
      checklist: checkRequirements(service, applicationKind, documents),
      fee,
    },
  };
}
