// The catalogues of the CLI and the server say every message in English and in Indonesian, with
// the same placeholders in both (issue 14 item 4; core's catalogues: message-catalogues.test.ts).
import { describe, expect, it } from 'vitest';
import { defineMessages } from '@mpp-kit/schemas';
import { commandTable } from '../packages/cli/src/commandTable.js';
import { cliMessages } from '../packages/cli/src/cliMessages.js';
import { accountMessages } from '../packages/cli/src/commands/account.js';
import { auditMessages } from '../packages/cli/src/commands/audit.js';
import { exportMessages } from '../packages/cli/src/commands/export.js';
import { ikmMessages } from '../packages/cli/src/commands/ikm.js';
import { notificationsMessages } from '../packages/cli/src/commands/notifications.js';
import { reportMessages } from '../packages/cli/src/commands/report.js';
import { standardMessages } from '../packages/cli/src/commands/standard.js';
import { deadlineMessages } from '../packages/cli/src/commands/deadline.js';
import { graphMessages } from '../packages/cli/src/commands/graph.js';
import { serveMessages } from '../packages/cli/src/commands/serve.js';
import { serverCommandMessages } from '../packages/cli/src/commands/_serverCommand.js';
import { siteMessages } from '../packages/cli/src/commands/site.js';
import { tokenMessages } from '../packages/cli/src/commands/token.js';
import { initMessages } from '../packages/cli/src/init/initMessages.js';
import { simulateMessages } from '../packages/cli/src/simulate/simulateMessages.js';
import { forbiddenAudiences, forbiddenSubjects } from '../packages/server/src/http/ApiProblem.js';
import { apiProblemDetails, problemTitles } from '../packages/server/src/http/problemDetails.js';
import { badOptionExpectations, serveErrorMessages } from '../packages/server/src/ServeError.js';
import { webMessages, webTexts } from '../packages/server/src/web/_webText.js';
import { catalogueProblems, type CatalogueSamples } from './_messageCatalogues.js';

const cliCatalogues = {
  cliMessages,
  initMessages,
  simulateMessages,
  accountMessages,
  auditMessages,
  deadlineMessages,
  exportMessages,
  ikmMessages,
  notificationsMessages,
  reportMessages,
  standardMessages,
  graphMessages,
  serveMessages,
  serverCommandMessages,
  siteMessages,
  tokenMessages,
  commands: commandTable.map((command) => ({
    summary: command.summary,
    ...(command.description === undefined ? {} : { description: command.description }),
    flags: command.flags.map((flag) => flag.description),
  })),
};

const serverCatalogues = {
  serveErrorMessages,
  badOptionExpectations,
  problemTitles,
  apiProblemDetails,
  forbiddenAudiences,
  forbiddenSubjects,
  webTexts,
  webMessages,
};

/** Parameters of the messages that take lists or a choice, which markers cannot stand for. */
const samples: CatalogueSamples = {
  'cliMessages.invalidChoice': [{ flag: '⟦flag⟧', value: '⟦value⟧', choices: ['⟦choices⟧'] }],
  'ikmMessages.unreadable': ['⟦file⟧', 'missing'],
  'initMessages.notEmpty': [{ dir: '⟦dir⟧', entries: ['⟦entries⟧'] }],
  'initMessages.provinceRegion': [{ code: '⟦code⟧', name: '⟦name⟧', examples: ['⟦examples⟧'] }],
  'apiProblemDetails.forbidden_route': [
    { what: { en: '⟦what⟧', id: '⟦what⟧' }, who: { en: '⟦who⟧', id: '⟦who⟧' } },
  ],
  'serveErrorMessages.bad_option': [{ option: '⟦option⟧', expected: 'duration', value: '⟦v⟧' }],
  'serveErrorMessages.bad_role': [
    { value: '⟦value⟧', problem: { kind: 'no_role', role: '⟦role⟧' }, roles: '⟦roles⟧' },
  ],
};

describe('message catalogues of the CLI and the server', () => {
  it.each(Object.entries({ ...cliCatalogues, ...serverCatalogues }))(
    '%s: every message in English and Indonesian, with the same placeholders',
    (name, catalogue) => {
      expect(catalogueProblems(name, catalogue, samples)).toEqual([]);
    },
  );

  it('the walk finds a missing locale, a dropped placeholder and an unrenderable message', () => {
    const planted = {
      onlyEnglish: { en: 'Sign in' },
      emptyIndonesian: { en: 'Sign in', id: '' },
      bracesDiffer: { en: 'Put {mall} in the path', id: 'Tulis di path' },
      ...defineMessages({
        dropped: (p: { id: string; kind: string }) => ({
          en: `Unknown ${p.kind} "${p.id}".`,
          id: `"${p.id}" tidak dikenal.`,
        }),
        list: (p: { known: readonly string[] }) => ({
          en: `Use one of ${p.known.join(', ')}.`,
          id: `Gunakan salah satu dari ${p.known.join(', ')}.`,
        }),
      }),
      positional: (n: string, q: string) => ({ en: `${n} services for ${q}`, id: `${n} layanan` }),
    };
    const problems = catalogueProblems('planted', planted);
    expect(problems).toEqual([
      'planted.onlyEnglish: no text in id',
      'planted.emptyIndonesian: no text in id',
      'planted.bracesDiffer: id names [], en [{mall}]',
      'planted.dropped: id names [⟦id⟧], en [⟦id⟧ ⟦kind⟧]',
      expect.stringMatching(/^planted\.list: id cannot be rendered .*give it a sample$/),
      'planted.positional: id names [⟦0⟧], en [⟦0⟧ ⟦1⟧]',
    ]);
    expect(
      catalogueProblems('planted', planted.list, { planted: [{ known: ['⟦known⟧'] }] }),
    ).toEqual([]);
  });
});
