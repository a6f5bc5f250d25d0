import type { ApplicationKind, LocalizedText, Service } from '@mpp-kit/schemas';

/**
 * A document handed in with an application: which requirement it meets, plus anything the caller
 * keeps about it (a file reference, a number, a date), as JSON.
 *
 * @example
 * ```ts
 * const document: SubmittedDocument = { requirementId: 'ktp', reference: 'upload/8f2c.pdf' };
 * ```
 */
export interface SubmittedDocument {
  /** The id of the service requirement the document meets. */
  readonly requirementId: string;
  /** Anything else about the document (JSON values). */
  readonly [key: string]: unknown;
}

/**
 * How one requirement of the service stands for one application: `present` (a document was
 * handed in), `missing` (required, not handed in), `optional` (not mandatory, not handed in),
 * `conditional` (required only in a situation described in words, such as "when represented by a
 * proxy": the front office decides).
 *
 * @example
 * ```ts
 * requirementStatuses.includes('conditional'); // true
 * ```
 */
export const requirementStatuses = ['present', 'missing', 'optional', 'conditional'] as const;

/**
 * A status of {@link requirementStatuses}.
 *
 * @example
 * ```ts
 * const status: RequirementStatus = 'missing';
 * ```
 */
export type RequirementStatus = (typeof requirementStatuses)[number];

/**
 * One line of a {@link RequirementChecklist}.
 *
 * @example
 * ```ts
 * const item: RequirementCheck = {
 *   requirementId: 'ktp',
 *   document: { id: 'KTP-el pemohon', en: "Applicant's KTP-el" },
 *   status: 'present',
 * };
 * ```
 */
export interface RequirementCheck {
  readonly requirementId: string;
  /** The document or condition asked for. */
  readonly document: LocalizedText;
  readonly status: RequirementStatus;
  /** For `conditional`: when it is required, in words. */
  readonly condition?: LocalizedText;
}

/**
 * The requirements (*persyaratan*, component 1 of the service standard) that apply to one
 * application kind, each with its status, and whether the file is complete (no `missing` line).
 *
 * @example
 * ```ts
 * const checklist: RequirementChecklist = {
 *   applicationKind: 'new',
 *   complete: false,
 *   missing: ['rencana-teknis'],
 *   items: [{ requirementId: 'ktp', document: { id: 'KTP-el' }, status: 'present' }, …],
 * };
 * ```
 */
export interface RequirementChecklist {
  readonly applicationKind: ApplicationKind;
  /** `true` when no required document is missing. */
  readonly complete: boolean;
  /** Ids of the required documents not handed in. */
  readonly missing: readonly string[];
  readonly items: readonly RequirementCheck[];
}

/**
 * Checks the documents handed in against the service's requirements for an application kind:
 * requirements limited to other kinds (`when.kind`) are left out; each remaining one is `present`,
 * `missing`, `optional` or `conditional`. Documents for requirement ids the service does not have
 * are ignored here (the runtime refuses them on submit).
 *
 * @param service - the service, as loaded.
 * @param applicationKind - new, renewal or change.
 * @param documents - the documents handed in.
 * @returns the checklist.
 * @throws never
 * @example
 * ```ts
 * const pbg = mall.services.find((s) => s.id === 'pbg')!;
 * const checklist = checkRequirements(pbg, 'new', [{ requirementId: 'ktp' }]);
 * checklist.complete; // false
 * checklist.missing; // ['bukti-tanah', 'kkpr', 'rencana-teknis']
 * ```
 */
export function checkRequirements(
  service: Pick<Service, 'requirements'>,
  applicationKind: ApplicationKind,
  documents: readonly SubmittedDocument[],
): RequirementChecklist {
  const handedIn = new Set(documents.map((document) => document.requirementId));
  const items: RequirementCheck[] = [];
  for (const requirement of service.requirements) {
    const kinds = requirement.when?.kind;
    if (kinds !== undefined && !kinds.includes(applicationKind)) continue;
    const condition = requirement.when?.condition;
    const status: RequirementStatus = handedIn.has(requirement.id)
      ? 'present'
      : requirement.optional === true
        ? 'optional'
        : condition !== undefined
          ? 'conditional'
          : 'missing';
    items.push({
      requirementId: requirement.id,
      document: requirement.document,
      status,
      ...(condition === undefined ? {} : { condition }),
    });
  }
  const missing = items
    .filter((item) => item.status === 'missing')
    .map((item) => item.requirementId);
  return { applicationKind, complete: missing.length === 0, missing, items };
}
