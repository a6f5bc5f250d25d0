/**
 * A caller's action (`act(id, { type, actor, expectedVersion, reason?, days? })`) checked with
 * zod: the schemas say what is valid; each issue zod finds becomes one located issue of the
 * runtime's own, worded in English and Indonesian like every runtime error.
 */
import { createIssue, type Issue, type IssuePath, type LocaleText } from '@mpp-kit/schemas';
import type { WorkflowActionEvent } from '@mpp-kit/workflows';
import { z } from 'zod';
import type { ActorRef } from '../store/MallStore.js';
import { maskIssue, missing, typeIssue } from './_inputIssues.js';
import { ValidationError } from './errors.js';

/** Event types only the runtime sends. */
const RESERVED = new Set(['SUBMIT', 'TICK', 'RECOUNT']);

const nonEmpty = z.string().refine((text) => text.trim() !== '');

/** Who acts: `{ id, role, agency? }`, non-empty strings. */
const actorSchema = z.object({ id: nonEmpty, role: nonEmpty, agency: nonEmpty.optional() });

/** An action as `act()` takes it. */
const actionSchema = z
  .object({
    type: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .refine((type) => !RESERVED.has(type)),
    actor: actorSchema,
    expectedVersion: z.number().int().min(1),
    reason: z.string().optional(),
    days: z.number().int().min(1).optional(),
  })
  .refine((action) => action.type !== 'EXTEND' || action.days !== undefined, {
    path: ['days'],
    // An EXTEND without days is reported beside the other fields' issues, unless its type or
    // days already have one.
    when: ({ issues }) =>
      issues.every((issue) => {
        const field = issue.path?.[0];
        return field !== undefined && field !== 'type' && field !== 'days';
      }),
  });

/** What a field holds, for its `missing_key` and `invalid_type` issues, in every locale. */
interface FieldWords {
  /** What to write when the field is missing (a required field). */
  readonly missing?: LocaleText;
  readonly invalid: LocaleText;
}

const NON_EMPTY: LocaleText = { en: 'a non-empty string', id: 'teks yang tidak kosong' };

const actorWords: Readonly<Record<string, FieldWords>> = {
  '': {
    missing: {
      en: 'who acts: { id, role, agency? }',
      id: 'siapa yang bertindak: { id, role, agency? }',
    },
    invalid: { en: 'an actor { id, role, agency? }', id: 'pelaku { id, role, agency? }' },
  },
  id: { missing: NON_EMPTY, invalid: NON_EMPTY },
  role: { missing: NON_EMPTY, invalid: NON_EMPTY },
  agency: { missing: NON_EMPTY, invalid: NON_EMPTY },
};

const actionWords: Readonly<Record<string, FieldWords>> = {
  '': {
    invalid: {
      en: 'an action { type, actor, expectedVersion }',
      id: 'tindakan { type, actor, expectedVersion }',
    },
  },
  expectedVersion: {
    missing: { en: 'the version the actor saw', id: 'versi yang dilihat pelaku' },
    invalid: { en: 'a whole number of 1 or more', id: 'bilangan bulat 1 atau lebih' },
  },
  reason: { invalid: { en: 'a string', id: 'teks' } },
  days: {
    missing: { en: 'the length of the extension', id: 'lamanya perpanjangan' },
    invalid: { en: 'a whole number of days, 1 or more', id: 'jumlah hari bulat, 1 atau lebih' },
  },
};

/** The `missing_key` or `invalid_type` issue of the value at `path`. */
function fieldIssue(path: IssuePath, value: unknown, words: FieldWords | undefined): Issue {
  if (value === undefined && words?.missing !== undefined) {
    return missing(path, String(path.at(-1) ?? ''), words.missing);
  }
  return typeIssue(path, words?.invalid ?? NON_EMPTY, value);
}

/** The event type's issue: missing, reserved for the runtime, or not an upper-case event type. */
function typeFieldIssue(value: unknown): Issue {
  if (value === undefined) {
    return missing(['type'], 'type', {
      en: 'the event type, such as ACCEPT',
      id: 'jenis peristiwa, misalnya ACCEPT',
    });
  }
  if (typeof value === 'string' && RESERVED.has(value)) {
    return createIssue({
      code: 'invalid_value',
      path: ['type'],
      params: {
        actual: value,
        allowed: [
          'an action of a person (SUBMIT is submit(), TICK is runDueDeadlines(), RECOUNT is recountProvisionalDeadlines())',
        ],
      },
    });
  }
  return createIssue({
    code: 'invalid_value',
    path: ['type'],
    params: {
      actual: JSON.stringify(value),
      allowed: ['an upper-case event type such as ACCEPT, RETURN, WITHDRAW'],
    },
  });
}

/** The value at `path` inside `root`. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One issue per location zod found wrong, first location first; `issueOf` words it from the
 * location and the value there.
 */
function issuesOf(
  error: z.ZodError,
  raw: unknown,
  issueOf: (path: readonly (string | number)[], value: unknown) => Issue,
): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const found of error.issues) {
    const path = found.path.map((part) => (typeof part === 'number' ? part : String(part)));
    const key = path.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issueOf(path, valueAt(raw, path)));
  }
  return issues;
}

/** The actor without an `agency: undefined`. */
function actorRef(actor: z.infer<typeof actorSchema>): ActorRef {
  return actor.agency === undefined
    ? { id: actor.id, role: actor.role }
    : { id: actor.id, role: actor.role, agency: actor.agency };
}

/**
 * Checks an actor `{ id, role, agency? }` found at `path` of a request; its issues are added to
 * `issues`.
 */
export function checkActor(value: unknown, path: IssuePath, issues: Issue[]): ActorRef | undefined {
  const parsed = actorSchema.safeParse(value);
  if (parsed.success) return actorRef(parsed.data);
  issues.push(
    ...issuesOf(parsed.error, value, (inner, found) =>
      fieldIssue([...path, ...inner], found, actorWords[String(inner[0] ?? '')]),
    ),
  );
  return undefined;
}

/** A checked action: the event to send (without its time) and the version the actor saw. */
export interface CheckedAction {
  readonly event: Omit<WorkflowActionEvent, 'at'>;
  readonly expectedVersion: number;
}

/**
 * Checks a caller's action.
 *
 * @throws {@link ValidationError} with every problem located in the action, NIK-like numbers
 * masked.
 */
export function checkAction(input: unknown): CheckedAction {
  const parsed = actionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error, input, (path, value) => {
      const [field = ''] = path;
      if (field === 'type') return typeFieldIssue(value);
      if (field === 'actor') {
        return fieldIssue(path, value, actorWords[String(path[1] ?? '')]);
      }
      return fieldIssue(path, value, actionWords[String(field)]);
    });
    throw new ValidationError(issues.map(maskIssue));
  }
  const { type, actor, expectedVersion, reason, days } = parsed.data;
  return {
    event: {
      type,
      actor: actorRef(actor),
      ...(reason === undefined ? {} : { reason }),
      ...(days === undefined ? {} : { days }),
    },
    expectedVersion,
  };
}
