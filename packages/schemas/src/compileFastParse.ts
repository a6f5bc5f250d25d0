import type { z } from 'zod';

/**
 * A parser compiled from a zod schema: the schema's output (defaults applied) when the value is
 * valid, `undefined` when it is not. It says nothing about what is wrong: run the schema itself
 * for the issues.
 */
export type FastParse<T> = (value: unknown) => { readonly data: T } | undefined;

/** Options of {@link compileFastParse}. */
export interface FastParseOptions {
  /**
   * Generate the walk as code with `new Function`, as zod does for its objects (default `true`):
   * one function per object with its keys, checks and defaults written out; `false`, or an
   * environment that refuses `new Function`, walks each object's keys in a loop instead.
   */
  readonly generateCode?: boolean;
}

/** What a compiled node returns for a value the schema rejects. */
const FAIL: unique symbol = Symbol('invalid');
/** A key the output leaves out. */
const SKIP: unique symbol = Symbol('absent');
type Node = (value: unknown) => unknown;

/** The parts of zod's internals a node is compiled from (zod 4's `_zod`). */
interface Internals {
  readonly def: Def;
  readonly traits: ReadonlySet<string>;
  readonly optin?: 'optional' | 'defaulted';
  readonly optout?: 'optional';
  readonly values?: ReadonlySet<unknown>;
  readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
  readonly check?: (payload: Payload) => unknown;
}
interface Def {
  readonly type: string;
  readonly checks?: readonly Schema[];
  readonly coerce?: boolean;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly element?: Schema;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly mode?: string;
  readonly partial?: boolean;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
  readonly innerType?: Schema;
  readonly defaultValue?: unknown;
  readonly when?: (payload: Payload) => boolean;
}
interface Schema {
  readonly _zod: Internals;
  safeParse(value: unknown): { success: boolean; data?: unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
  aborted?: boolean;
}

/**
 * One payload for every check: checks are synchronous and never call a fast parser, so reusing it
 * allocates nothing per value.
 */
const scratch: Payload = { value: undefined, issues: [] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's own answer for one value: the exact fallback for anything not compiled here. */
function delegate(schema: Schema): Node {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : FAIL;
  };
}

/** The checks zod runs on a schema's output, in zod's order (a format schema is its own first check). */
function checksOf(schema: Schema): readonly Schema[] {
  const own = schema._zod.def.checks ?? [];
  return schema._zod.traits.has('$ZodCheck') ? [schema, ...own] : own;
}

/** Runs `checks` on `value` like zod does; the (possibly overwritten) value, or FAIL at the first issue. */
function runChecks(checks: readonly Schema[], value: unknown): unknown {
  scratch.value = value;
  // Empty unless the last check failed (setting an array's length is not free).
  if (scratch.issues.length !== 0) scratch.issues.length = 0;
  scratch.aborted = false;
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when !== undefined && !when(scratch)) continue;
    const result = check._zod.check?.(scratch);
    if (result instanceof Promise) return FAIL;
    if (scratch.issues.length > 0) return FAIL;
  }
  const out = scratch.value;
  scratch.value = undefined;
  return out;
}

function withChecks(schema: Schema, node: Node): Node {
  const checks = checksOf(schema);
  if (checks.length === 0) return node;
  // A string or regex format check is a pattern test: inline it.
  const patterns = checks.map((check) => {
    const def = check._zod.def as Def & { check?: string; format?: string; pattern?: RegExp };
    return def.check === 'string_format' &&
      (def.format === 'regex' || def.format === 'date') &&
      def.pattern instanceof RegExp &&
      def.when === undefined &&
      !def.pattern.global &&
      !def.pattern.sticky
      ? def.pattern
      : undefined;
  });
  if (patterns.every((pattern) => pattern !== undefined)) {
    return (value) => {
      const out = node(value);
      if (out === FAIL) return FAIL;
      for (const pattern of patterns) if (!pattern.test(out as string)) return FAIL;
      return out;
    };
  }
  return (value) => {
    const out = node(value);
    return out === FAIL ? FAIL : runChecks(checks, out);
  };
}

interface Field {
  readonly key: string;
  readonly parse: Node;
  readonly optin: 'optional' | 'defaulted' | undefined;
  readonly optionalOut: boolean;
}

function compileObject(
  schema: Schema,
  compile: (schema: Schema) => Node,
  generate: boolean,
): Node | undefined {
  const { shape, catchall } = schema._zod.def;
  if (shape === undefined || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const catchallType = catchall?._zod.def.type;
  if (catchallType !== undefined && catchallType !== 'never') return undefined;
  const strict = catchallType === 'never';
  const keys = Object.keys(shape);
  const keySet = new Set(keys);
  const fields: Field[] = keys
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = shape[key]!;
      return {
        key,
        parse: compile(field),
        optin: field._zod.optin,
        optionalOut: field._zod.optout === 'optional',
      };
    });
  return (
    (generate ? generatedObject(fields, keySet, strict) : undefined) ??
    walkedObject(fields, keySet, strict)
  );
}

/**
 * The object node as generated code, one statement per key with the key written out, so V8 reads
 * each property through an inline cache instead of a keyed lookup (zod's own objects are compiled
 * the same way). `undefined` where code cannot be generated (`new Function` refused).
 */
function generatedObject(
  fields: readonly Field[],
  keySet: ReadonlySet<string>,
  strict: boolean,
): Node | undefined {
  const lines: string[] = [
    'if (typeof value !== "object" || value === null || Array.isArray(value)) return FAIL;',
    'let same = Object.getPrototypeOf(value) === Object.prototype;',
    'let kept = 0;',
  ];
  fields.forEach((field, i) => {
    const key = JSON.stringify(field.key);
    lines.push(
      `const v${i} = value[${key}];`,
      `const p${i} = v${i} !== undefined || ${key} in value;`,
      `const r${i} = parse[${i}](v${i});`,
    );
    if (field.optin !== undefined && field.optionalOut) {
      const keep = field.optin === 'optional' ? `p${i}` : `r${i} !== undefined || p${i}`;
      lines.push(`let k${i} = false;`, `if (r${i} === FAIL) { if (p${i}) return FAIL; }`);
      lines.push(`else k${i} = ${keep};`);
    } else if (field.optin === undefined) {
      lines.push(`if (r${i} === FAIL || !p${i}) return FAIL;`, `const k${i} = true;`);
    } else {
      const keep = field.optin === 'defaulted' ? 'true' : `r${i} !== undefined || p${i}`;
      lines.push(`if (r${i} === FAIL) return FAIL;`, `const k${i} = ${keep};`);
    }
    lines.push(
      `flags[${i}] = k${i};`,
      `if (k${i}) { kept += 1; if (!p${i} || r${i} !== v${i}) same = false; } else if (p${i}) same = false;`,
    );
  });
  // While the keys come in the schema's order, each is the next kept key (no set lookup).
  lines.push(
    'let next = 0;',
    'let matched = 0;',
    'for (const key in value) {',
    '  if (same) {',
    '    while (next < keys.length && !flags[next]) next += 1;',
    '    if (next < keys.length && keys[next] === key) { next += 1; matched += 1; continue; }',
    '    same = false;',
    '  }',
    `  if (!keySet.has(key)) ${strict ? 'return FAIL;' : 'continue;'}`,
    '}',
    'if (same && matched === kept) return value;',
    'const out = {};',
    ...fields.map((field, i) => `if (k${i}) out[${JSON.stringify(field.key)}] = r${i};`),
    'return out;',
  );
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the schema's own keys (written as JSON string literals), never from input
    const factory = new Function(
      'parse',
      'keys',
      'keySet',
      'flags',
      'FAIL',
      `"use strict"; return function parseObject(value) {\n${lines.join('\n')}\n};`,
    ) as (
      parse: readonly Node[],
      keys: readonly string[],
      keySet: ReadonlySet<string>,
      flags: boolean[],
      fail: typeof FAIL,
    ) => Node;
    return factory(
      fields.map((field) => field.parse),
      fields.map((field) => field.key),
      keySet,
      fields.map(() => false),
      FAIL,
    );
  } catch {
    return undefined;
  }
}

/** The object node as a loop over its keys (where code cannot be generated). */
function walkedObject(
  fields: readonly Field[],
  keySet: ReadonlySet<string>,
  strict: boolean,
): Node {
  // Per node, never re-entered while it runs (a schema inside itself is left to zod).
  const results: unknown[] = new Array<unknown>(fields.length);
  return (value) => {
    if (!isObject(value)) return FAIL;
    // `same`: the output would equal the input, key for key in the same order.
    let same = Object.getPrototypeOf(value) === Object.prototype;
    let kept = 0;
    for (let i = 0; i < fields.length; i += 1) {
      const field = fields[i]!;
      const key = field.key;
      const present = key in value;
      const input = value[key];
      const result = field.parse(input);
      let keep: boolean;
      if (field.optin !== undefined && field.optionalOut) {
        // An optional key: a failure counts only when the key is there.
        if (result === FAIL) {
          if (present) return FAIL;
          keep = false;
        } else keep = field.optin === 'optional' ? present : result !== undefined || present;
      } else if (field.optin === undefined) {
        if (result === FAIL || !present) return FAIL;
        keep = true;
      } else {
        if (result === FAIL) return FAIL;
        keep = field.optin === 'defaulted' || result !== undefined || present;
      }
      results[i] = keep ? result : SKIP;
      if (keep) {
        kept += 1;
        if (!present || result !== input) same = false;
      } else if (present) same = false;
    }
    // Unknown keys (refused when strict), and whether the input's keys are the output's, in order.
    let next = 0;
    let matched = 0;
    for (const key in value) {
      if (!keySet.has(key)) {
        if (strict) return FAIL;
        same = false;
        continue;
      }
      if (!same) continue;
      while (next < fields.length && results[next] === SKIP) next += 1;
      if (next < fields.length && fields[next]!.key === key) matched += 1;
      else same = false;
      next += 1;
    }
    if (same && matched === kept) {
      results.fill(undefined);
      return value;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i += 1) {
      const result = results[i];
      if (result !== SKIP) out[fields[i]!.key] = result;
      results[i] = undefined;
    }
    return out;
  };
}

function compileRecord(schema: Schema, compile: (schema: Schema) => Node): Node | undefined {
  const { keyType, valueType, mode, partial } = schema._zod.def;
  if (keyType === undefined || valueType === undefined) return undefined;
  if (keyType._zod.values !== undefined || mode === 'loose' || partial === true) return undefined;
  const parseKey = compile(keyType);
  const parseValue = compile(valueType);
  const exact = delegate(schema);
  return (value) => {
    if (!isObject(value)) return FAIL;
    const prototype = Object.getPrototypeOf(value) as unknown;
    // zod accepts other plain-looking objects too; leave those to it.
    if (prototype !== Object.prototype && prototype !== null) return exact(value);
    const out: Record<string, unknown> = {};
    let same = prototype === Object.prototype;
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(value, key))
        return exact(value);
      if (key === '__proto__') {
        same = false;
        continue;
      }
      const outKey = parseKey(key);
      // A key the key schema refuses (zod retries numeric keys as numbers): zod decides.
      if (outKey === FAIL || typeof outKey !== 'string') return exact(value);
      if (outKey === '__proto__') {
        same = false;
        continue;
      }
      const input = value[key];
      const result = parseValue(input);
      if (result === FAIL) return FAIL;
      if (outKey !== key || result !== input) same = false;
      out[outKey] = result;
    }
    return same ? value : out;
  };
}

function compileDiscriminated(schema: Schema, compile: (schema: Schema) => Node): Node | undefined {
  const { options, discriminator, unionFallback } = schema._zod.def;
  if (options === undefined || discriminator === undefined || unionFallback === true)
    return undefined;
  const byValue = new Map<unknown, Node | null>();
  for (const option of options) {
    const values = option._zod.propValues?.[discriminator];
    if (values === undefined || values.size === 0) return undefined;
    const parse = compile(option);
    for (const value of values) byValue.set(value, byValue.has(value) ? null : parse);
  }
  return (value) => {
    if (!isObject(value)) return FAIL;
    const parse = byValue.get(value[discriminator]);
    return parse ? parse(value) : FAIL;
  };
}

function compileUnion(schema: Schema, compile: (schema: Schema) => Node): Node | undefined {
  const def = schema._zod.def;
  if (def.discriminator !== undefined) return compileDiscriminated(schema, compile);
  // An exclusive union (z.xor) needs exactly one match: leave it to zod.
  if (schema._zod.traits.has('$ZodXor') || def.options === undefined) return undefined;
  const options = def.options.map(compile);
  if (options.length === 1) return options[0];
  return (value) => {
    for (const option of options) {
      const result = option(value);
      if (result !== FAIL) return result;
    }
    return FAIL;
  };
}

function compileNode(
  schema: Schema,
  compile: (schema: Schema) => Node,
  generate: boolean,
): Node | undefined {
  const internals = schema._zod;
  const def = internals.def;
  if (def.coerce === true) return undefined;
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : FAIL);
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : FAIL);
    case 'null':
      return (value) => (value === null ? null : FAIL);
    case 'unknown':
    case 'any':
      return (value) => value;
    case 'enum':
    case 'literal': {
      const values = internals.values;
      if (values === undefined) return undefined;
      return (value) => (values.has(value) ? value : FAIL);
    }
    case 'object':
      return compileObject(schema, compile, generate);
    case 'array': {
      if (def.element === undefined) return undefined;
      const element = compile(def.element);
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        const items = value as unknown[];
        // The input itself while every item parses to itself; a copy from the first that does not.
        let out: unknown[] | undefined =
          Object.getPrototypeOf(items) === Array.prototype ? undefined : [];
        for (let i = 0; i < items.length; i += 1) {
          const item = items[i];
          const result = element(item);
          if (result === FAIL) return FAIL;
          if (out !== undefined) out.push(result);
          else if (result !== item || (item === undefined && !(i in items)))
            (out = items.slice(0, i)).push(result);
        }
        return out ?? items;
      };
    }
    case 'record':
      return compileRecord(schema, compile);
    case 'union':
      return compileUnion(schema, compile);
    case 'optional': {
      if (def.innerType === undefined || internals.traits.has('$ZodExactOptional'))
        return undefined;
      const inner = compile(def.innerType);
      const substitutes = def.innerType._zod.optin === 'defaulted';
      return (value) => {
        if (value !== undefined) return inner(value);
        if (!substitutes) return undefined;
        const result = inner(undefined);
        return result === FAIL ? undefined : result;
      };
    }
    case 'nullable': {
      if (def.innerType === undefined) return undefined;
      const inner = compile(def.innerType);
      return (value) => (value === null ? null : inner(value));
    }
    case 'default': {
      if (def.innerType === undefined) return undefined;
      const inner = compile(def.innerType);
      // zod's getter: a fresh (shallow) copy of the default on every read.
      const fallback = (): unknown => def.defaultValue;
      return (value) => {
        if (value === undefined) return fallback();
        const result = inner(value);
        if (result === FAIL) return FAIL;
        return result === undefined ? fallback() : result;
      };
    }
    default:
      return undefined;
  }
}

/** Checks whose passing condition the walk can test inline (zod's own check decides otherwise). */
function passesInline(
  check: Schema,
  nodeType: string,
  out: string,
  ref: (value: unknown) => string,
) {
  const def = check._zod.def as Def & {
    check?: string;
    value?: unknown;
    inclusive?: boolean;
    format?: string;
    minimum?: number;
    maximum?: number;
    pattern?: RegExp;
  };
  switch (def.check) {
    case 'greater_than':
    case 'less_than': {
      if (nodeType !== 'number' || typeof def.value !== 'number') return undefined;
      const op = def.check === 'greater_than' ? '>' : '<';
      return `${out} ${op}${def.inclusive === true ? '=' : ''} ${ref(def.value)}`;
    }
    case 'number_format':
      return nodeType === 'number' && def.format === 'safeint'
        ? `Number.isSafeInteger(${out})`
        : undefined;
    case 'min_length':
      // A code point is at most two units: twice the floor in units always clears it.
      if (typeof def.minimum !== 'number') return undefined;
      if (nodeType === 'array') return `${out}.length >= ${ref(def.minimum)}`;
      return nodeType === 'string' ? `${out}.length >= ${ref(def.minimum * 2)}` : undefined;
    case 'max_length':
      // A string's code points are never more than its units.
      return typeof def.maximum === 'number' && (nodeType === 'array' || nodeType === 'string')
        ? `${out}.length <= ${ref(def.maximum)}`
        : undefined;
    case 'string_format':
      return nodeType === 'string' &&
        (def.format === 'regex' || def.format === 'date') &&
        def.pattern instanceof RegExp &&
        !def.pattern.global &&
        !def.pattern.sticky
        ? `${ref(def.pattern)}.test(${out})`
        : undefined;
    default:
      return undefined;
  }
}

/** What one node's code leaves: the statements, and the variable (or input) holding its output. */
interface Emitted {
  readonly code: string;
  readonly out: string;
}

/**
 * The whole schema walk as one piece of generated code: each object a function that reads its
 * keys in one `for…in` pass (V8 loads each value through the loop's enum cache) and tests each key
 * against the schema's keys written out; strings, numbers, enums, arrays, records, unions, optional,
 * nullable and default values and the common checks written inline into their object's function.
 * The rules are `compileNode`'s, node for node; every node it does not inline is the compiled
 * node (`compile`), and zod's check functions decide every check the inline test does not pass.
 * `undefined` where `new Function` is refused.
 */
function generateWalk(root: Schema, compile: (schema: Schema) => Node): Node | undefined {
  const constants: unknown[] = [];
  const indexes = new Map<unknown, number>();
  const ref = (value: unknown): string => {
    let index = indexes.get(value);
    if (index === undefined) indexes.set(value, (index = constants.push(value) - 1));
    return `c${index}`;
  };
  // The compiled nodes the walk falls back on, compiled when first called (most never are).
  const fallbacks = new Map<Schema, Node>();
  const keyedObjects = new Map<Schema, Node>();
  const fallback = (
    schema: Schema,
    make: () => Node = () => compile(schema),
    made = fallbacks,
  ): string => {
    let node = made.get(schema);
    if (node === undefined) {
      let compiled: Node | undefined;
      node = (value) => (compiled ??= make())(value);
      made.set(schema, node);
    }
    return ref(node);
  };
  const functions: string[] = [];
  const objectNames = new Map<Schema, string | null>();
  let counter = 0;
  const fresh = (prefix: string): string => `${prefix}${(counter += 1)}`;

  const delegated = (schema: Schema, input: string, fail: string): Emitted => {
    const out = fresh('d');
    return {
      code: `const ${out} = ${fallback(schema)}(${input});\nif (${out} === FAIL) ${fail}\n`,
      out,
    };
  };

  /** The name of the object's generated function, or `null` when the object is left to `compile`. */
  const objectFunction = (schema: Schema): string | null => {
    const known = objectNames.get(schema);
    if (known !== undefined) return known;
    const { shape, catchall } = schema._zod.def;
    const catchallType = catchall?._zod.def.type;
    if (
      shape === undefined ||
      Object.getOwnPropertySymbols(shape).length > 0 ||
      Object.hasOwn(shape, '__proto__') ||
      (catchallType !== undefined && catchallType !== 'never')
    ) {
      objectNames.set(schema, null);
      return null;
    }
    const name = fresh('object');
    objectNames.set(schema, name);
    // The same object as a keyed walk (without its checks, which the caller runs).
    const slow = fallback(schema, () => compileObject(schema, compile, true)!, keyedObjects);
    const keys = Object.keys(shape);
    const lines: string[] = [
      `function ${name}(value) {`,
      'if (typeof value !== "object" || value === null || Array.isArray(value)) return FAIL;',
      'const prototype = Object.getPrototypeOf(value);',
      // for…in also lists inherited keys: anything but a plain object takes the keyed walk.
      `if (prototype !== Object.prototype && prototype !== null) return ${slow}(value);`,
      'let same = prototype === Object.prototype;',
      'let last = -1;',
      ...keys.map((_, i) => `let p${i} = false, r${i};`),
      'for (const key in value) {',
      'const v = value[key];',
    ];
    keys.forEach((key, i) => {
      const field = emit(shape[key]!, 'v', 'return FAIL;');
      lines.push(
        `if (key === ${JSON.stringify(key)}) {`,
        `p${i} = true;`,
        `if (last > ${i}) same = false;`,
        `last = ${i};`,
        field.code,
        `r${i} = ${field.out};`,
        `if (r${i} !== v) same = false;`,
        'continue;',
        '}',
      );
    });
    lines.push(catchallType === 'never' ? 'return FAIL;' : 'same = false;', '}');
    // Absent keys, by zod's rules (a key that is there but not listed goes the keyed way).
    keys.forEach((key, i) => {
      const field = shape[key]!;
      const { optin } = field._zod;
      const optionalOut = field._zod.optout === 'optional';
      const literal = JSON.stringify(key);
      lines.push(
        `let k${i} = p${i};`,
        `if (!p${i}) {`,
        `if (${literal} in value) return ${slow}(value);`,
      );
      if (optin === undefined) lines.push('return FAIL;');
      else if (optin === 'optional' && optionalOut) {
        // Absent and optional: left out (its failure counts only when the key is there).
      } else {
        lines.push(`r${i} = ${fallback(field)}(undefined);`);
        if (optionalOut) lines.push(`if (r${i} !== FAIL) k${i} = r${i} !== undefined;`);
        else
          lines.push(
            `if (r${i} === FAIL) return FAIL;`,
            `k${i} = ${optin === 'defaulted' ? 'true' : `r${i} !== undefined`};`,
          );
        lines.push(`if (k${i}) same = false;`);
      }
      lines.push('}');
    });
    const kept = keys.map((key, i) => `if (k${i}) out[${JSON.stringify(key)}] = r${i};`);
    lines.push('if (same) return value;', 'const out = {};', ...kept, 'return out;', '}');
    functions.push(lines.join('\n'));
    return name;
  };

  const emitNode = (schema: Schema, input: string, fail: string): Emitted | undefined => {
    const internals = schema._zod;
    const def = internals.def;
    if (def.coerce === true) return undefined;
    switch (def.type) {
      case 'string':
      case 'boolean':
        return { code: `if (typeof ${input} !== "${def.type}") ${fail}\n`, out: input };
      case 'number':
        return {
          code: `if (typeof ${input} !== "number" || !Number.isFinite(${input})) ${fail}\n`,
          out: input,
        };
      case 'null':
        return { code: `if (${input} !== null) ${fail}\n`, out: input };
      case 'unknown':
      case 'any':
        return { code: '', out: input };
      case 'enum':
      case 'literal': {
        const values = internals.values;
        if (values === undefined) return undefined;
        const list = [...values];
        const test =
          list.length > 0 && list.length <= 8 && list.every((value) => typeof value === 'string')
            ? list.map((value) => `${input} !== ${JSON.stringify(value)}`).join(' && ')
            : `!${ref(values)}.has(${input})`;
        return { code: `if (${test}) ${fail}\n`, out: input };
      }
      case 'object': {
        const name = objectFunction(schema);
        if (name === null) return undefined;
        const out = fresh('o');
        return { code: `const ${out} = ${name}(${input});\nif (${out} === FAIL) ${fail}\n`, out };
      }
      case 'array': {
        if (def.element === undefined) return undefined;
        const copy = fresh('copy');
        const index = fresh('i');
        const item = fresh('item');
        const element = emit(def.element, item, fail);
        const out = fresh('a');
        return {
          code: [
            `if (!Array.isArray(${input})) ${fail}`,
            `let ${copy} = Object.getPrototypeOf(${input}) === Array.prototype ? undefined : [];`,
            `for (let ${index} = 0; ${index} < ${input}.length; ${index} += 1) {`,
            `const ${item} = ${input}[${index}];`,
            element.code,
            `if (${copy} !== undefined) ${copy}.push(${element.out});`,
            `else if (${element.out} !== ${item} || (${item} === undefined && !(${index} in ${input}))) (${copy} = ${input}.slice(0, ${index})).push(${element.out});`,
            '}',
            `const ${out} = ${copy} === undefined ? ${input} : ${copy};`,
            '',
          ].join('\n'),
          out,
        };
      }
      case 'record': {
        const { keyType, valueType } = def;
        if (keyType === undefined || valueType === undefined) return undefined;
        if (keyType._zod.values !== undefined || def.mode === 'loose' || def.partial === true)
          return undefined;
        // compileRecord's rules: anything but a plain object's own enumerable string keys, and a
        // key the key schema refuses or changes into a non-string, is zod's to decide.
        const exact = ref(delegate(schema));
        const [prototype, keys, index, key, out, same, record, loop] = [
          'prototype',
          'keys',
          'j',
          'key',
          'entries',
          'same',
          'record',
          'entry',
        ].map(fresh);
        const toZod = `{ ${record} = ${exact}(${input}); break ${loop}; }`;
        const parsedKey = emit(keyType, key!, toZod);
        const value = fresh('value');
        const parsedValue = emit(valueType, value, fail);
        return {
          code: [
            `if (typeof ${input} !== "object" || ${input} === null || Array.isArray(${input})) ${fail}`,
            `const ${prototype} = Object.getPrototypeOf(${input});`,
            `let ${record};`,
            `if (${prototype} !== Object.prototype && ${prototype} !== null) ${record} = ${exact}(${input});`,
            'else {',
            `const ${keys} = Reflect.ownKeys(${input});`,
            `let ${same} = ${prototype} === Object.prototype;`,
            `const ${out} = {};`,
            `${loop}: {`,
            `for (let ${index} = 0; ${index} < ${keys}.length; ${index} += 1) {`,
            `const ${key} = ${keys}[${index}];`,
            `if (typeof ${key} !== "string" || !Object.prototype.propertyIsEnumerable.call(${input}, ${key})) ${toZod}`,
            `if (${key} === "__proto__") { ${same} = false; continue; }`,
            parsedKey.code,
            `if (typeof ${parsedKey.out} !== "string") ${toZod}`,
            `if (${parsedKey.out} === "__proto__") { ${same} = false; continue; }`,
            `const ${value} = ${input}[${key}];`,
            parsedValue.code,
            `if (${parsedKey.out} !== ${key} || ${parsedValue.out} !== ${value}) ${same} = false;`,
            `${out}[${parsedKey.out}] = ${parsedValue.out};`,
            '}',
            `${record} = ${same} ? ${input} : ${out};`,
            '}',
            '}',
            `if (${record} === FAIL) ${fail}`,
            '',
          ].join('\n'),
          out: record!,
        };
      }
      case 'union': {
        if (def.options === undefined || internals.traits.has('$ZodXor')) return undefined;
        if (def.discriminator !== undefined) {
          if (def.unionFallback === true) return undefined;
          const byValue = new Map<unknown, number | null>();
          for (const [index, option] of def.options.entries()) {
            const values = option._zod.propValues?.[def.discriminator];
            if (values === undefined || values.size === 0) return undefined;
            for (const value of values) byValue.set(value, byValue.has(value) ? null : index);
          }
          const out = fresh('u');
          const cases = def.options.map((option, index) => {
            const emitted = emit(option, input, fail);
            return `case ${index}: {\n${emitted.code}${out} = ${emitted.out};\nbreak;\n}`;
          });
          return {
            code: [
              `if (typeof ${input} !== "object" || ${input} === null || Array.isArray(${input})) ${fail}`,
              `let ${out};`,
              `switch (${ref(byValue)}.get(${input}[${JSON.stringify(def.discriminator)}])) {`,
              ...cases,
              `default: ${fail}`,
              '}',
              '',
            ].join('\n'),
            out,
          };
        }
        if (def.options.length === 1) return emit(def.options[0]!, input, fail);
        const out = fresh('u');
        const label = fresh('union');
        const options = def.options.map((option) => {
          const optionLabel = fresh('option');
          const emitted = emit(option, input, `break ${optionLabel};`);
          return `${optionLabel}: {\n${emitted.code}${out} = ${emitted.out};\nbreak ${label};\n}`;
        });
        return {
          code: [`let ${out};`, `${label}: {`, ...options, fail, '}', ''].join('\n'),
          out,
        };
      }
      case 'optional': {
        if (def.innerType === undefined || internals.traits.has('$ZodExactOptional'))
          return undefined;
        const inner = emit(def.innerType, input, fail);
        const out = fresh('opt');
        const absent =
          def.innerType._zod.optin === 'defaulted'
            ? `{ const t = ${fallback(def.innerType)}(undefined); ${out} = t === FAIL ? undefined : t; }`
            : `${out} = undefined;`;
        return {
          code: `let ${out};\nif (${input} === undefined) ${absent}\nelse {\n${inner.code}${out} = ${inner.out};\n}\n`,
          out,
        };
      }
      case 'nullable': {
        if (def.innerType === undefined) return undefined;
        const inner = emit(def.innerType, input, fail);
        const out = fresh('n');
        return {
          code: `let ${out};\nif (${input} === null) ${out} = null;\nelse {\n${inner.code}${out} = ${inner.out};\n}\n`,
          out,
        };
      }
      case 'default': {
        if (def.innerType === undefined) return undefined;
        const inner = emit(def.innerType, input, fail);
        // zod's getter: a fresh (shallow) copy of the default on every read.
        const fallback = ref(() => def.defaultValue);
        const out = fresh('def');
        return {
          code: `let ${out};\nif (${input} === undefined) ${out} = ${fallback}();\nelse {\n${inner.code}${out} = ${inner.out} === undefined ? ${fallback}() : ${inner.out};\n}\n`,
          out,
        };
      }
      default:
        return undefined;
    }
  };

  const emit = (schema: Schema, input: string, fail: string): Emitted => {
    const node = emitNode(schema, input, fail);
    if (node === undefined) return delegated(schema, input, fail);
    const checks = checksOf(schema);
    if (checks.length === 0) return node;
    const type = schema._zod.def.type;
    const tests = checks.map((check) => passesInline(check, type, 'x', () => ''));
    const out = fresh('checked');
    const lines = [node.code, `let ${out} = ${node.out};`];
    if (tests.some((test) => test === undefined)) {
      // A check the walk cannot test (an overwrite, a refinement): zod's checks, in their order.
      lines.push(
        `${out} = ${ref(runChecks)}(${ref(checks)}, ${out});`,
        `if (${out} === FAIL) ${fail}`,
      );
    } else {
      for (const check of checks) {
        const test = passesInline(check, type, out, ref)!;
        lines.push(
          `if (!(${test})) { ${out} = ${ref(runChecks)}(${ref([check])}, ${out}); if (${out} === FAIL) ${fail} }`,
        );
      }
    }
    return { code: `${lines.join('\n')}\n`, out };
  };

  const entry = emit(root, 'input', 'return FAIL;');
  const source = [
    '"use strict";',
    ...constants.map((_, index) => `const c${index} = c[${index}];`),
    ...functions,
    `return function parseMall(input) {\n${entry.code}return ${entry.out};\n};`,
  ].join('\n');
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the schema's own definitions (keys and literals written as JSON), never from input
    const factory = new Function('c', 'FAIL', source) as (
      c: readonly unknown[],
      fail: typeof FAIL,
    ) => Node;
    return factory(constants, FAIL);
  } catch {
    return undefined;
  }
}

/**
 * Compiles a zod schema into a parser that checks a value and applies the schema's defaults in
 * one walk, without zod's bookkeeping of issues and paths: the fast path for values that are
 * valid. It agrees with `schema.safeParse` on every value — the same verdict, and the same output
 * when valid — because it follows zod's own rules node by node (strict objects, optional and
 * defaulted keys, unions in order, discriminators, checks run by zod's own check functions) and
 * hands every kind of node it does not compile (transforms, refinements of wrappers, lazy schemas)
 * to zod itself. When it answers `undefined`, run the schema for the issues.
 *
 * @example
 * ```ts
 * import { compileFastParse, mallFile } from '@mpp-kit/schemas';
 *
 * const parseFast = compileFastParse(mallFile);
 * const value: unknown = { apiVersion: 'mpp-kit/v1', roles: [] };
 * const fast = parseFast(value);
 * // zod only when something is wrong, for its issues
 * const result = fast ? { success: true, data: fast.data } : mallFile.safeParse(value);
 * ```
 */
export function compileFastParse<S extends z.ZodType>(
  schema: S,
  options: FastParseOptions = {},
): FastParse<z.output<S>> {
  const generate = options.generateCode ?? true;
  const compiled = new Map<Schema, Node>();
  const compile = (node: Schema): Node => {
    const known = compiled.get(node);
    if (known !== undefined) return known;
    // A placeholder while compiling, so a schema that contains itself falls back to zod.
    compiled.set(node, delegate(node));
    // zod runs a delegated node's checks itself.
    const own = compileNode(node, compile, generate);
    const parse = own === undefined ? delegate(node) : withChecks(node, own);
    compiled.set(node, parse);
    return parse;
  };
  const root =
    (generate ? generateWalk(schema as unknown as Schema, compile) : undefined) ??
    compile(schema as unknown as Schema);
  return (value) => {
    const data = root(value);
    return data === FAIL ? undefined : { data: data as z.output<S> };
  };
}
