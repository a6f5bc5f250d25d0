// Development aid: validate a mall from the TypeScript sources without a build.
// Usage: node --conditions=@mpp-kit/source --import tsx scripts/validate-dev.ts <path> [--lang id]
import { loadMall } from '@mpp-kit/core';

const [path = 'examples/batang', flag, lang] = process.argv.slice(2);
const result = await loadMall(path, { locale: flag === '--lang' && lang === 'id' ? 'id' : 'en' });
for (const issue of result.issues) {
  const where = issue.file
    ? `${issue.file}:${issue.line ?? '?'}:${issue.column ?? '?'}`
    : issue.path.join('.');
  console.log(
    `${where}  ${issue.severity}  ${issue.code}  ${issue.message}${issue.hint ? `  (${issue.hint})` : ''}`,
  );
}
console.log(
  result.ok
    ? `valid: ${result.mall.services.length} services, ${result.mall.agencies.length} agencies`
    : `invalid: ${result.issues.length} issues`,
);
process.exitCode = result.ok ? 0 : 1;
