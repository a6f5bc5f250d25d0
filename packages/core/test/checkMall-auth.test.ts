import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateMallSources } from '../src/load/validateMallSources.js';

const mallYaml = readFileSync(
  fileURLToPath(new URL('./fixtures/malls/small/mall.yaml', import.meta.url)),
  'utf8',
);

/** The small mall with an `auth` section in its `mall` section. */
function withAuth(auth: string): string {
  return mallYaml.replace(/^agencies:/m, `${auth}\nagencies:`);
}

describe('mall.auth', () => {
  it('accepts role@agency pairs the mall declares', () => {
    const text = withAuth(
      [
        '  auth:',
        '    coordinators: [head@dpmptsp]',
        '    issuers:',
        '      - issuer: https://sso.example.go.id/realms/mpp',
        '        audience: mpp-contoh',
        '        roles: { fo: [front-office@dpmptsp], kadinkes: [head@dinkes, reviewer@dinkes] }',
      ].join('\n'),
    );
    const result = validateMallSources([{ file: 'mall.yaml', text }]);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.ok && result.mall.mall.auth).toMatchObject({
      local: true,
      issuers: [{ rolesClaim: 'roles', applicants: true }],
    });
  });

  it('locates a role or agency the mall does not declare, with a suggestion', () => {
    const text = withAuth(
      [
        '  auth:',
        '    coordinators: [head@dpmptps]',
        '    issuers:',
        '      - { issuer: https://sso.example.go.id/realms/mpp, audience: x, roles: { fo: [front-ofice@dpmptsp] } }',
      ].join('\n'),
    );
    const result = validateMallSources([{ file: 'mall.yaml', text }]);
    const unknown = result.issues.filter((issue) => issue.code === 'unknown_reference');
    expect(unknown.map((issue) => [issue.path.join('.'), issue.line])).toEqual([
      ['mall.auth.coordinators.0', 21],
      ['mall.auth.issuers.0.roles.fo.0', 23],
    ]);
    expect(unknown.map((issue) => issue.hint)).toEqual([
      expect.stringContaining('dpmptsp'),
      expect.stringContaining('front-office'),
    ]);
  });
});
