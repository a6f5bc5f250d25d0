/** The issues of a caller's input that is not what the runtime takes, in one wording. */
import {
  createIssue,
  type Issue,
  type IssuePath,
  type IssueParamValue,
  type LocaleText,
} from '@mpp-kit/schemas';
import { maskNikInText } from './maskNik.js';

/** What a value is, in the words of `invalid_type` messages. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

/** An `invalid_type` issue: what was expected (in every locale) and what the value is. */
export function typeIssue(path: IssuePath, expected: LocaleText, value: unknown): Issue {
  return createIssue({
    code: 'invalid_type',
    path,
    params: { expected, actual: kindOf(value) },
  });
}

/** A `missing_key` issue: the key and what it should hold (in every locale). */
export function missing(path: IssuePath, key: string, expected: LocaleText): Issue {
  return createIssue({ code: 'missing_key', path, params: { key, expected } });
}

/** `true` for a parameter given in every locale. */
function isLocaleText(value: IssueParamValue): value is LocaleText {
  return typeof value === 'object' && !Array.isArray(value);
}

/** Every NIK-like number in an issue's texts masked. */
export function maskIssue(issue: Issue): Issue {
  const params =
    issue.params === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(issue.params).map(([key, value]) => [
            key,
            typeof value === 'string'
              ? maskNikInText(value)
              : isLocaleText(value)
                ? { en: maskNikInText(value.en), id: maskNikInText(value.id) }
                : Array.isArray(value)
                  ? value.map((item: string) => maskNikInText(item))
                  : value,
          ]),
        );
  return {
    ...issue,
    path: issue.path.map((part) => (typeof part === 'string' ? maskNikInText(part) : part)),
    message: maskNikInText(issue.message),
    ...(issue.hint === undefined ? {} : { hint: maskNikInText(issue.hint) }),
    ...(params === undefined ? {} : { params }),
  };
}
