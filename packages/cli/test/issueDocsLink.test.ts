// Where `mpp` sends a reader for an issue code: the reference this package ships, by a path that
// works where the command runs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { issueDocsLink, issueDocsPath, locateIssueDocs } from '../src/index.js';

const packageFolder = fileURLToPath(new URL('..', import.meta.url));
const shipped = join(packageFolder, 'docs', 'issue-codes.md');
const work = mkdtempSync(join(tmpdir(), 'mpp-issue-docs-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('locateIssueDocs', () => {
  it('is built into the package from the repository docs, with an entry per code', () => {
    expect(existsSync(shipped)).toBe(true);
    const repository = fileURLToPath(new URL('../../../docs/issue-codes.md', import.meta.url));
    expect(readFileSync(shipped, 'utf8')).toBe(readFileSync(repository, 'utf8'));
  });

  it("links relative to a project whose node_modules holds this package (a local install), from the project's subfolders too", () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'node_modules', '@mpp-kit'), { recursive: true });
    mkdirSync(join(project, 'mall', 'services'), { recursive: true });
    symlinkSync(packageFolder, join(project, 'node_modules', '@mpp-kit', 'cli'), 'dir');
    expect(locateIssueDocs(project)).toBe(issueDocsPath);
    expect(locateIssueDocs(join(project, 'mall', 'services'))).toBe(`../../${issueDocsPath}`);
    expect(existsSync(join(project, issueDocsPath))).toBe(true);
  });

  it('links by absolute path from anywhere else (a global install), or when the project has another copy', () => {
    expect(locateIssueDocs(join(work))).toBe(shipped);
    const other = join(work, 'other');
    mkdirSync(join(other, 'node_modules', '@mpp-kit', 'cli'), { recursive: true });
    expect(locateIssueDocs(other)).toBe(shipped);
  });

  it('appends the code as the anchor', () => {
    expect(issueDocsLink('duplicate_id', shipped)).toBe(`${shipped}#duplicate_id`);
  });
});
