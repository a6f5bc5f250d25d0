// Every type a public function or method hands back can be named by its user: a function's (or an
// exported interface's method's) return type is exported by the same package, and every type
// reachable from it (properties, nested returns) is exported by some @mpp-kit package. A user who
// has to write `Awaited<ReturnType<MallRuntime['allowedActions']>>[number]` instead of
// `AllowedAction` has found a hole. Checked with the TypeScript compiler on the sources.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Public entry points: package folder → the source file of each `exports` subpath (its
 * `@mpp-kit/source` condition), read from every packages/<name>/package.json, a new package too.
 */
const entries: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')),
    )
    .map((entry) => {
      const manifest = JSON.parse(
        readFileSync(join(root, 'packages', entry.name, 'package.json'), 'utf8'),
      ) as { exports?: Record<string, unknown> };
      const sources = Object.values(manifest.exports ?? {}).flatMap((target) => {
        const source = (target as Record<string, unknown> | null)?.['@mpp-kit/source'];
        return typeof source === 'string' ? [join('packages', entry.name, source)] : [];
      });
      return [entry.name, sources];
    }),
);

/** Wrappers whose type arguments are what the user really gets. */
const containers = new Set([
  'Promise',
  'Array',
  'ReadonlyArray',
  'AsyncIterable',
  'AsyncGenerator',
  'Iterable',
  'Readonly',
  'Record',
  'Partial',
  'Map',
  'ReadonlyMap',
  'Set',
  'ReadonlySet',
]);
const namedKinds =
  ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum;

/**
 * The holes in `packages` (package → entry files under `base`): one line per returned type that
 * cannot be named where the rules above say it must.
 */
function unnamedReturnTypes(
  base: string,
  packages: Readonly<Record<string, readonly string[]>>,
): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  const files = Object.values(packages).flatMap((list) => list.map((file) => join(base, file)));
  const program = ts.createProgram(files, { ...config?.options, noEmit: true });
  const checker = program.getTypeChecker();
  const resolved = (symbol: ts.Symbol): ts.Symbol =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const packagesRoot = join(base, 'packages') + sep;
  const packageOf = (node: ts.Node): string | undefined => {
    const file = node.getSourceFile().fileName;
    return file.startsWith(packagesRoot)
      ? file.slice(packagesRoot.length).split(/[\\/]/)[0]
      : undefined;
  };

  const exported = new Map<string, Set<ts.Symbol>>();
  for (const [name, list] of Object.entries(packages)) {
    const set = new Set<ts.Symbol>();
    for (const file of list) {
      const source = program.getSourceFile(join(base, file));
      const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      if (module === undefined) throw new Error(`cannot read the exports of ${file}`);
      for (const symbol of checker.getExportsOfModule(module)) {
        const own = resolved(symbol);
        set.add(own);
        // `export type Issue = schemas.Issue` names the other package's type here too.
        if (own.flags & ts.SymbolFlags.TypeAlias) {
          const target = checker.getDeclaredTypeOfSymbol(own);
          for (const named of [target.aliasSymbol, target.getSymbol()])
            if (named !== undefined && named !== own) set.add(resolved(named));
        }
      }
    }
    exported.set(name, set);
  }
  const anywhere = new Set([...exported.values()].flatMap((set) => [...set]));

  const problems = new Set<string>();
  for (const [pkg, symbols] of exported) {
    // Each type is looked into once, and each hole reported once (at the first place found).
    const expanded = new Set<ts.Type>();
    const reported = new Set<string>();
    const report = (key: string, line: string): void => {
      if (reported.has(key)) return;
      reported.add(key);
      problems.add(line);
    };
    const visit = (type: ts.Type, where: string, direct: boolean): void => {
      if (type.isUnionOrIntersection()) {
        for (const part of type.types) visit(part, where, direct);
        return;
      }
      const named = type.aliasSymbol ?? type.getSymbol();
      if (named !== undefined && containers.has(named.name)) {
        const args =
          type.aliasTypeArguments ??
          (type.flags & ts.TypeFlags.Object &&
          (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference
            ? checker.getTypeArguments(type as ts.TypeReference)
            : []);
        for (const arg of args) visit(arg, where, direct);
        return;
      }
      const declaration = named?.declarations?.[0];
      if (named === undefined || declaration === undefined || packageOf(declaration) === undefined)
        return;
      const isNamed = (named.flags & namedKinds) !== 0;
      if (isNamed) {
        const symbol = resolved(named);
        if (direct && !symbols.has(symbol)) {
          report(
            `direct ${named.name}`,
            `@mpp-kit/${pkg}: ${where} returns ${named.name}, which @mpp-kit/${pkg} does not export`,
          );
        } else if (!anywhere.has(symbol)) {
          report(
            `nowhere ${named.name}`,
            `@mpp-kit/${pkg}: ${where} leads to ${named.name}, which no @mpp-kit package exports`,
          );
        }
      }
      if (expanded.has(type)) return;
      expanded.add(type);
      const inside = isNamed ? `${where} → ${named.name}` : where;
      for (const property of type.getProperties()) {
        const at = property.valueDeclaration ?? property.declarations?.[0];
        if (at === undefined || packageOf(at) === undefined) continue;
        visit(checker.getTypeOfSymbolAtLocation(property, at), `${inside}.${property.name}`, false);
      }
      for (const signature of type.getCallSignatures())
        visit(signature.getReturnType(), `${inside}()`, false);
    };

    for (const symbol of symbols) {
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined) continue;
      if (symbol.flags & ts.SymbolFlags.Function) {
        const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
        for (const signature of type.getCallSignatures())
          visit(signature.getReturnType(), `${symbol.name}()`, true);
      }
      // Methods of this package's own interfaces and classes (a re-exported one is its package's).
      if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) {
        if (packageOf(declaration) !== pkg) continue;
        const own = checker.getDeclaredTypeOfSymbol(symbol);
        for (const member of own.getProperties()) {
          const at = member.valueDeclaration ?? member.declarations?.[0];
          if (at === undefined) continue;
          for (const signature of checker.getTypeOfSymbolAtLocation(member, at).getCallSignatures())
            visit(signature.getReturnType(), `${symbol.name}.${member.name}()`, true);
        }
      }
    }
  }
  return [...problems].sort();
}

describe('public return types can be named by the user', () => {
  it('reads every entry point of every package', () => {
    expect(entries['core']).toEqual([
      'packages/core/src/index.ts',
      'packages/core/src/store/sqlite/index.ts',
      'packages/core/src/store/postgres/index.ts',
      'packages/core/src/files/index.ts',
      'packages/core/src/load/index.ts',
      'packages/core/src/simulate/index.ts',
    ]);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['schemas', 'workflows', 'cli']));
  });

  it('every @mpp-kit package exports what its functions and methods return', () => {
    expect(unnamedReturnTypes(root, entries)).toEqual([]);
  });

  describe('the check itself', () => {
    const base = mkdtempSync(join(tmpdir(), 'mpp-public-types-'));
    afterAll(() => {
      rmSync(base, { recursive: true, force: true });
    });
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(base, file)), { recursive: true });
      writeFileSync(join(base, file), text);
    };
    write(
      'packages/one/src/hidden.ts',
      [
        'export interface Hidden { readonly inner: Inner }',
        'export interface Inner { readonly n: number }',
        'export interface Shown { readonly inner: Inner }',
        'export function hidden(): Promise<Hidden[]> { return Promise.resolve([]); }',
        'export function shown(): Shown { return { inner: { n: 1 } }; }',
        'export interface Other { readonly n: number }',
        'export interface Api { list(): readonly Other[] }',
      ].join('\n'),
    );
    write(
      'packages/one/src/index.ts',
      "export { hidden, shown } from './hidden.js';\nexport type { Api, Shown } from './hidden.js';\n",
    );

    it('finds a returned type the package does not export, and one exported nowhere', () => {
      expect(unnamedReturnTypes(base, { one: ['packages/one/src/index.ts'] })).toEqual([
        '@mpp-kit/one: Api.list() returns Other, which @mpp-kit/one does not export',
        '@mpp-kit/one: hidden() returns Hidden, which @mpp-kit/one does not export',
        '@mpp-kit/one: hidden() → Hidden.inner leads to Inner, which no @mpp-kit package exports',
      ]);
    });
  });
});
