import { expectTypeOf, test } from 'vitest';
import {
  createIssue,
  issueCatalog,
  type IssueCode,
  type IssueKind,
  type IssueParamsByCode,
  type LocaleText,
} from '@mpp-kit/schemas';

test('each code declares the parameters its messages use, with their types', () => {
  expectTypeOf<IssueParamsByCode['duplicate_id']>().toEqualTypeOf<{
    readonly kind: IssueKind;
    readonly id: string | number | LocaleText;
    readonly first: string | number | LocaleText;
  }>();
  expectTypeOf<keyof IssueParamsByCode['empty_file']>().toEqualTypeOf<never>();
  expectTypeOf<IssueParamsByCode['unknown_reference']>().toHaveProperty('known');
  expectTypeOf<IssueParamsByCode['unknown_reference']['suggestion']>().toEqualTypeOf<
    string | undefined
  >();
  expectTypeOf<keyof IssueParamsByCode>().toEqualTypeOf<IssueCode>();
});

test('createIssue takes exactly the parameters of its code', () => {
  createIssue({ code: 'duplicate_id', params: { kind: 'agency', id: 'a', first: 'x.yaml:1:1' } });
  createIssue({ code: 'empty_file' });
  createIssue({
    code: 'sla_exceeds_legal_max',
    params: { days: 30, unit: 'working', legalMax: 28 },
  });
  // A phrase a program composes comes in every locale.
  createIssue({
    code: 'invalid_type',
    params: { expected: { en: 'a number', id: 'angka' }, actual: 'a string' },
  });

  // @ts-expect-error -- `first` is missing
  createIssue({ code: 'duplicate_id', params: { kind: 'agency', id: 'a' } });
  // @ts-expect-error -- `kind` names a kind the catalogue renders, not any text
  createIssue({ code: 'duplicate_id', params: { kind: 'agencies', id: 'a', first: 'x' } });
  // @ts-expect-error -- no `*Id` parameter carries Indonesian any more
  createIssue({ code: 'invalid_type', params: { expected: 'a', expectedId: 'b', actual: 'c' } });
  // @ts-expect-error -- a phrase needs every locale
  createIssue({ code: 'invalid_type', params: { expected: { en: 'a number' }, actual: 'c' } });
  // @ts-expect-error -- the unit is a vocabulary key rendered per locale
  createIssue({ code: 'sla_exceeds_legal_max', params: { days: 3, unit: 'hari', legalMax: 2 } });
  // @ts-expect-error -- the code must exist
  createIssue({ code: 'no_such_code' });
});

test('a generic helper passes the parameters of its code', () => {
  const add = <C extends IssueCode>(code: C, params: IssueParamsByCode[C]) =>
    createIssue({ code, params });
  add('unknown_key', { key: 'nmae', suggestion: 'name' });
  // @ts-expect-error -- `key` is missing
  add('unknown_key', { suggestion: 'name' });
});

test('the renderers of an entry take its parameters', () => {
  expectTypeOf(
    issueCatalog.duplicate_id.message.en({ kind: 'agency', id: 'a', first: 'x' }),
  ).toEqualTypeOf<string>();
  // @ts-expect-error -- `first` is missing
  issueCatalog.duplicate_id.hint.id({ kind: 'agency', id: 'a' });
});
