import { expectTypeOf, test } from 'vitest';
import { say, type DeskContext } from '../src/web/_desk.js';
import type { WebTextArguments } from '../src/web/_webText.js';

test('a fixed text takes no values, a message exactly the ones it names', () => {
  expectTypeOf<WebTextArguments<'signIn'>>().toEqualTypeOf<[]>();
  expectTypeOf<WebTextArguments<'found'>>().toEqualTypeOf<
    [params: { readonly count: string; readonly query: string }]
  >();
});

test('say refuses a missing, wrong or extra value at compile time', () => {
  const c = undefined as unknown as DeskContext;
  const check = () => {
    say(c, 'signIn');
    say(c, 'found', { count: '3', query: 'KTP' });
    // @ts-expect-error -- a message needs its values
    say(c, 'found');
    // @ts-expect-error -- query is missing
    say(c, 'found', { count: '3' });
    // @ts-expect-error -- a value the message does not name
    say(c, 'ahead', { count: '3', q: 'KTP' });
    // @ts-expect-error -- a fixed text names no value
    say(c, 'signIn', { n: '3' });
  };
  expectTypeOf(check).toBeFunction();
});
