import { Ajv } from 'ajv';
import { createIssue } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import { formatSarif, toSarifLog, type SarifLog } from '../src/index.js';
import { missingComponent, shareExceeds, tooBigInfo, unknownAgency } from './_issues.js';

/**
 * The objects of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that mpp-kit writes, with
 * their required properties and value constraints. Every object is closed to the properties the
 * standard defines for it (`additionalProperties: false`, as in the standard), so a misspelled or
 * invented property fails.
 */
const levelEnum = { enum: ['none', 'note', 'warning', 'error'] };
const closed = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  additionalProperties: false,
  properties: { ...properties, properties: { type: 'object' } },
  ...extra,
});
const multiformatMessageString = closed(
  { text: { type: 'string' }, markdown: { type: 'string' } },
  { required: ['text'] },
);
const message = closed(
  {
    text: { type: 'string' },
    markdown: { type: 'string' },
    id: { type: 'string' },
    arguments: { type: 'array' },
  },
  { anyOf: [{ required: ['text'] }, { required: ['id'] }] },
);
const region = closed({
  startLine: { type: 'integer', minimum: 1 },
  startColumn: { type: 'integer', minimum: 1 },
  endLine: { type: 'integer', minimum: 1 },
  endColumn: { type: 'integer', minimum: 1 },
  charOffset: { type: 'integer', minimum: -1 },
  charLength: { type: 'integer', minimum: 0 },
  byteOffset: { type: 'integer', minimum: -1 },
  byteLength: { type: 'integer', minimum: 0 },
  snippet: { type: 'object' },
  message,
  sourceLanguage: { type: 'string' },
});
const artifactLocation = closed({
  uri: { type: 'string', format: 'uri-reference' },
  uriBaseId: { type: 'string' },
  index: { type: 'integer', minimum: -1 },
  description: message,
});
const physicalLocation = closed(
  { address: { type: 'object' }, artifactLocation, region, contextRegion: region },
  { anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }] },
);
const logicalLocation = closed({
  name: { type: 'string' },
  index: { type: 'integer', minimum: -1 },
  fullyQualifiedName: { type: 'string' },
  decoratedName: { type: 'string' },
  parentIndex: { type: 'integer', minimum: -1 },
  kind: { type: 'string' },
});
const location = closed({
  id: { type: 'integer', minimum: -1 },
  physicalLocation,
  logicalLocations: { type: 'array', uniqueItems: true, items: logicalLocation },
  message,
  annotations: { type: 'array' },
  relationships: { type: 'array' },
});
const reportingDescriptor = closed(
  {
    id: { type: 'string' },
    deprecatedIds: { type: 'array' },
    guid: { type: 'string' },
    name: { type: 'string' },
    shortDescription: multiformatMessageString,
    fullDescription: multiformatMessageString,
    messageStrings: { type: 'object' },
    defaultConfiguration: closed({
      enabled: { type: 'boolean' },
      level: levelEnum,
      rank: { type: 'number', minimum: -1, maximum: 100 },
      parameters: { type: 'object' },
    }),
    helpUri: { type: 'string', format: 'uri' },
    help: multiformatMessageString,
    relationships: { type: 'array' },
  },
  { required: ['id'] },
);
const toolComponent = closed(
  {
    guid: { type: 'string' },
    name: { type: 'string' },
    organization: { type: 'string' },
    product: { type: 'string' },
    fullName: { type: 'string' },
    version: { type: 'string' },
    semanticVersion: { type: 'string' },
    informationUri: { type: 'string', format: 'uri' },
    rules: { type: 'array', uniqueItems: true, items: reportingDescriptor },
    notifications: { type: 'array' },
    taxa: { type: 'array' },
  },
  { required: ['name'] },
);
const result = closed(
  {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    rule: { type: 'object' },
    kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] },
    level: levelEnum,
    message,
    analysisTarget: artifactLocation,
    locations: { type: 'array', items: location },
    guid: { type: 'string' },
    fingerprints: { type: 'object' },
    partialFingerprints: { type: 'object' },
    relatedLocations: { type: 'array' },
    fixes: { type: 'array' },
  },
  { required: ['message'] },
);
const run = closed(
  {
    tool: closed(
      { driver: toolComponent, extensions: { type: 'array' } },
      { required: ['driver'] },
    ),
    invocations: { type: 'array' },
    originalUriBaseIds: { type: 'object' },
    artifacts: { type: 'array' },
    results: { type: 'array', items: result },
    automationDetails: { type: 'object' },
    columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
    defaultEncoding: { type: 'string' },
    defaultSourceLanguage: { type: 'string' },
  },
  { required: ['tool'] },
);
const sarifLogSchema = closed(
  {
    $schema: { type: 'string', format: 'uri' },
    version: { enum: ['2.1.0'] },
    runs: { type: ['array', 'null'], items: run },
    inlineExternalProperties: { type: 'array' },
  },
  { required: ['version', 'runs'] },
);

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat(
  'uri-reference',
  (value: string) => /^[^\s\\]*$/.test(value) && URL.canParse(value, 'https://base.invalid/'),
);
const validateSarif = ajv.compile(sarifLogSchema);

const issues = [
  unknownAgency,
  missingComponent,
  shareExceeds,
  tooBigInfo,
  { ...unknownAgency, line: 9, column: 3 },
];

describe('formatSarif', () => {
  const text = formatSarif(issues, { toolVersion: '1.2.3' });
  const log = JSON.parse(text) as SarifLog;
  const [theRun] = log.runs;

  it('writes a SARIF 2.1.0 log valid against the standard objects', () => {
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(log).toEqual(toSarifLog(issues, { toolVersion: '1.2.3' }));
  });

  it('names the schema, the version and one run of the mpp-kit driver', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(theRun.tool.driver).toMatchObject({ name: 'mpp-kit', version: '1.2.3' });
  });

  it('has one rule per issue code present, with a description and no help URI of its own', () => {
    const rules = theRun.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual([
      'missing_standard_component',
      'sla_shares_exceed',
      'too_big',
      'unknown_reference',
    ]);
    expect(rules[3]).toEqual({
      id: 'unknown_reference',
      shortDescription: { text: 'Unknown reference' },
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[1]?.shortDescription.text).toBe('SLA shares exceed');
    // No web copy of the issue-code reference exists to point at: a helpUri is only written for
    // a docsBaseUrl the caller publishes (below).
    for (const rule of rules) expect(rule).not.toHaveProperty('helpUri');
  });

  it('has one result per issue, in order, pointing at its rule', () => {
    const rules = theRun.tool.driver.rules;
    expect(theRun.results).toHaveLength(issues.length);
    theRun.results.forEach((res, i) => {
      expect(res.ruleId).toBe(issues[i]?.code);
      expect(rules[res.ruleIndex]?.id).toBe(res.ruleId);
    });
    expect(theRun.results.map((res) => res.level)).toEqual([
      'error',
      'warning',
      'error',
      'note',
      'error',
    ]);
  });

  it('gives message, file URI, region and logical location', () => {
    expect(theRun.results[0]).toEqual({
      ruleId: 'unknown_reference',
      ruleIndex: 3,
      level: 'error',
      message: { text: 'Unknown agency "dpmptps". Did you mean "dpmptsp"?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'services/pbg.yaml' },
            region: { startLine: 4, startColumn: 12 },
          },
          logicalLocations: [{ fullyQualifiedName: 'services[0].owner' }],
        },
      ],
    });
    // a file without a line: no region
    expect(theRun.results[1]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'services/pbg.yaml' },
    });
    // no file and no defaultFile: only the logical location
    expect(theRun.results[2]?.locations).toEqual([
      { logicalLocations: [{ fullyQualifiedName: 'workflows[1]' }] },
    ]);
    // no hint: the message alone
    expect(theRun.results[3]?.message.text).toBe('Too big: at most 200 characters.');
  });

  it.each([
    ['services\\pbg.yaml', undefined, 'services/pbg.yaml'],
    ['./mall.yaml', undefined, 'mall.yaml'],
    ['my mall/mall#1.yaml', undefined, 'my%20mall/mall%231.yaml'],
    ['/work/mall/services/pbg.yaml', '/work/mall', 'services/pbg.yaml'],
    ['/work/mall/x.yaml', '/work/other', '../mall/x.yaml'],
    ['/work/mall/x.yaml', undefined, 'file:///work/mall/x.yaml'],
  ])('writes %j (cwd %j) as the URI %j', (file, cwd, uri) => {
    const issue = createIssue({ code: 'empty_file', file, line: 1, column: 1 });
    const sarif = toSarifLog([issue], {
      toolVersion: '0.0.0',
      ...(cwd === undefined ? {} : { cwd }),
    });
    expect(sarif.runs[0].results[0]?.locations?.[0]?.physicalLocation?.artifactLocation.uri).toBe(
      uri,
    );
    expect(validateSarif(sarif), ajv.errorsText(validateSarif.errors)).toBe(true);
  });

  it('anchors issues without a file at defaultFile, so every result has a physical location', () => {
    // GitHub code scanning rejects the whole log when one result has no artifact location.
    const anchored = toSarifLog(issues, { toolVersion: '0.1.0', defaultFile: 'mall.yaml' });
    expect(validateSarif(anchored), ajv.errorsText(validateSarif.errors)).toBe(true);
    for (const res of anchored.runs[0].results) {
      expect(res.locations?.[0]?.physicalLocation?.artifactLocation.uri).toMatch(/\.yaml$/);
    }
    expect(anchored.runs[0].results[2]?.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'mall.yaml' } },
        logicalLocations: [{ fullyQualifiedName: 'workflows[1]' }],
      },
    ]);
    // issues that name their file keep it
    expect(anchored.runs[0].results[0]?.locations).toEqual(theRun.results[0]?.locations);
  });

  it('is valid with no issues, and with a documentation base of your own', () => {
    const empty = toSarifLog([], { toolVersion: '0.1.0' });
    expect(empty.runs[0]).toMatchObject({ results: [], tool: { driver: { rules: [] } } });
    expect(validateSarif(empty)).toBe(true);
    const own = toSarifLog([shareExceeds], {
      toolVersion: '0.1.0',
      docsBaseUrl: 'https://example.go.id/mpp/codes',
    });
    expect(own.runs[0].tool.driver.rules[0]?.helpUri).toBe(
      'https://example.go.id/mpp/codes#sla_shares_exceed',
    );
  });

  it('the schema used here rejects what SARIF forbids', () => {
    const broken = JSON.parse(text) as { runs: { results: Record<string, unknown>[] }[] };
    const first = broken.runs[0]?.results[0];
    if (first !== undefined) {
      first['level'] = 'info';
      first['params'] = {};
    }
    expect(validateSarif(broken)).toBe(false);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });
});
