/**
 * The checks of `mall.notifications`, located in their file with messages in English and
 * Indonesian: events that happen in the mall, services and agencies that exist, placeholders that
 * have a value for every event of a template, recipients that exist for them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateMallSources } from '../src/load/validateMallSources.js';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/malls/small/${path}`, import.meta.url)), 'utf8');
const mallYaml = fixture('mall.yaml');
const sipYaml = fixture('services/sip.yaml');

function validate(notifications: string[], locale: 'en' | 'id' = 'en') {
  const text = mallYaml.replace(
    '  coordinator: dpmptsp\n',
    ['  coordinator: dpmptsp', '  notifications:', ...notifications, ''].join('\n'),
  );
  return validateMallSources(
    [
      { file: 'mall.yaml', text },
      { file: 'services/sip.yaml', text: sipYaml },
    ],
    { asOf: new Date('2026-06-01T00:00:00Z'), locale },
  );
}

const email = '    email: { from: "MPP <noreply@example.go.id>" }';

describe('mall.notifications checks', () => {
  it('accepts templates and subscriptions that fit their events', () => {
    const result = validate([
      email,
      '    templates:',
      '      - id: diterima',
      '        on: [SUBMIT, ISSUE]',
      '        to: [applicant]',
      '        subject: "Permohonan {{application.id}}"',
      '        body: "{{service.name}}: {{state}}"',
      '      - id: aduan',
      '        on: [COMPLAINT_RECEIVED]',
      '        to: [reporter]',
      '        subject: "Pengaduan {{complaint.number}}"',
      '        body: "{{complaint.title}}"',
      '    webhooks:',
      '      - { id: hook, url: "https://example.go.id/h", secretEnv: HOOK, events: [SUBMIT, TICKET_CALLED], agencies: [dpmptsp] }',
    ]);
    expect(result.issues.filter((i) => i.file === 'mall.yaml')).toEqual([]);
  });

  it('locates each mistake with a hint that leads to the fix', () => {
    const result = validate([
      email,
      '    templates:',
      '      - id: aduan',
      '        on: [COMPLAINT_RECIEVED, COMPLAINT_ANSWERED]',
      '        to: [applicant]',
      '        services: [sip-bidam]',
      '        subject: "Permohonan {{application.id}}"',
      '        body: "{{complaint.answer}}"',
      '    webhooks:',
      '      - { id: hook, url: "https://example.go.id/h", secretEnv: HOOK, events: [SUBMITT], agencies: [dpmptsp, dinkess] }',
    ]);
    const mine = result.issues
      .filter((i) => i.file === 'mall.yaml')
      .map((i) => `${i.code} ${String(i.line)}:${String(i.column)} ${i.message} | ${i.hint ?? ''}`);
    expect(mine).toEqual([
      'notification_placeholder_unavailable 11:9 The placeholder {{application.id}} has no value for COMPLAINT_ANSWERED (an event of a complaint): it would be sent as written. | Use one of the placeholders of COMPLAINT_ANSWERED: mall.name, event, state, at, complaint.number, complaint.title, complaint.category, complaint.agency, complaint.answerDue, complaint.answer; or give events of another kind their own template.',
      'unknown_notification_event 12:14 No event "COMPLAINT_RECIEVED" happens in this mall: this notification would never be sent. | Did you mean "COMPLAINT_RECEIVED"?',
      'notification_recipient_unavailable 13:14 The recipient "applicant" does not exist for COMPLAINT_ANSWERED: no e-mail goes to it for that event. | `applicant` is for application events, `reporter` for COMPLAINT_… events; remove it, or move those events to a template of their own.',
      'unknown_reference 14:20 Unknown service "sip-bidam". | Did you mean "sip-bidan"?',
      'unknown_notification_event 18:79 No event "SUBMITT" happens in this mall: this notification would never be sent. | Did you mean "SUBMIT"?',
      'unknown_reference 18:109 Unknown agency "dinkess". | Did you mean "dinkes"?',
    ]);
  });

  it('says it in Indonesian', () => {
    const result = validate(
      [
        email,
        '    templates:',
        '      - { id: t, on: [TICKET_CALLED], to: [a@example.go.id], subject: "{{complaint.number}}", body: "x" }',
      ],
      'id',
    );
    const [issue] = result.issues.filter((i) => i.file === 'mall.yaml');
    expect(issue?.message).toBe(
      'Isian {{complaint.number}} tidak memiliki nilai untuk TICKET_CALLED (peristiwa tiket antrean): akan terkirim apa adanya.',
    );
    expect(issue?.hint).toContain('Gunakan salah satu isian TICKET_CALLED: mall.name, event');
  });
});
