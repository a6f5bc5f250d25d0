import { createIssue, type Issue } from '../Issue.js';
import type { LocaleText } from '../LocalizedMessage.js';
import type { IdentifierFormat, IdentifierResult } from './IdentifierResult.js';

/** What is wrong with an identifier, in every locale. */
export type IdentifierProblem = LocaleText;

/** The params of an `invalid_identifier` issue (also put on zod custom issues). */
export function identifierIssueParams(
  format: IdentifierFormat,
  problem: IdentifierProblem,
): { format: IdentifierFormat; detail: IdentifierProblem } {
  return { format, detail: problem };
}

/** Builds the `invalid_identifier` issue for one problem. */
export function identifierIssue(format: IdentifierFormat, problem: IdentifierProblem): Issue {
  return createIssue({
    code: 'invalid_identifier',
    params: identifierIssueParams(format, problem),
  });
}

/** The failed result carrying one issue per problem. */
export function identifierFailure<T>(
  format: IdentifierFormat,
  problems: readonly IdentifierProblem[],
): IdentifierResult<T> {
  return { ok: false, issues: problems.map((problem) => identifierIssue(format, problem)) };
}

/** "must have 16 digits, got 15" in both languages; `subject` is e.g. `{ en: 'NIK', id: 'NIK' }`. */
export function digitCountProblem(
  subject: IdentifierProblem,
  expected: IdentifierProblem,
  got: number,
): IdentifierProblem {
  if (got === 0) {
    return {
      en: `${subject.en} is empty; it must have ${expected.en} digits`,
      id: `${subject.id} kosong; harus terdiri atas ${expected.id} digit`,
    };
  }
  return {
    en: `${subject.en} must have ${expected.en} digits, got ${got}`,
    id: `${subject.id} harus terdiri atas ${expected.id} digit, bukan ${got}`,
  };
}
