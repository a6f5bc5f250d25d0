import {
  floorNotificationEvents,
  nearest,
  notificationPlaceholdersOf,
  notificationSubjectOf,
  reservedWorkflowEvents,
  type IssuePath,
  type NotificationTemplate,
} from '@mpp-kit/schemas';
import type { CheckContext, PartialMall } from './CheckContext.js';

/** Events every lifecycle may have besides its steps' outcomes. */
const lifecycleEvents = [
  'SUBMIT',
  'ACCEPT',
  'APPROVE',
  'REJECT',
  'ISSUE',
  ...reservedWorkflowEvents,
];

/** The subjects' names in messages. */
const subjectNames = {
  application: { en: 'application', id: 'permohonan' },
  ticket: { en: 'queue ticket', id: 'tiket antrean' },
  complaint: { en: 'complaint', id: 'pengaduan' },
} as const;

/** The keys of every `outcomes` mapping under `value` (the lifecycles' event types). */
function outcomeEvents(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) outcomeEvents(item, into, depth + 1);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'outcomes' && child !== null && typeof child === 'object' && !Array.isArray(child))
      for (const event of Object.keys(child as object)) into.add(event);
    outcomeEvents(child, into, depth + 1);
  }
}

/** The `{{placeholders}}` of a template's texts. */
function placeholdersOf(template: NotificationTemplate): string[] {
  const texts = [template.subject, template.body].flatMap((t) =>
    typeof t === 'string' ? [t] : [t.id, ...(t.en === undefined ? [] : [t.en])],
  );
  const found = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(/\{\{([a-zA-Z.]+)\}\}/g)) found.add(match[1] as string);
  return [...found];
}

/**
 * The checks of `mall.notifications`: templates and webhook subscriptions name events that
 * happen in this mall (the lifecycles' events, the queue's and the complaints'), services and
 * agencies that exist; a template's placeholders have a value for every event it is sent on, and
 * its recipients exist for them (`applicant` for application events, `reporter` for complaint
 * events).
 *
 * @example
 * ```ts
 * checkNotifications(mall, context); // reports through context.add
 * ```
 */
export function checkNotifications(mall: PartialMall, context: CheckContext): void {
  const config = mall.mall?.notifications;
  if (config === undefined) return;
  const known = new Set<string>(lifecycleEvents);
  outcomeEvents(mall.workflows, known);
  outcomeEvents(mall.services, known);
  for (const event of floorNotificationEvents) known.add(event);
  const applicationEvents = [...known].filter((e) => notificationSubjectOf(e) === 'application');
  const checkEvent = (event: string, path: IssuePath): boolean => {
    if (known.has(event)) return true;
    const suggestion = nearest(event, known);
    context.add('unknown_notification_event', path, {
      event,
      known: applicationEvents,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
    return false;
  };
  const at = (...rest: (string | number)[]): IssuePath => ['mall', 'notifications', ...rest];

  config.templates.forEach((template, i) => {
    context.referenceAll(
      'service',
      context.known.services,
      template.services,
      at('templates', i, 'services'),
    );
    const placeholders = placeholdersOf(template);
    const reported = new Set<string>();
    template.on.forEach((event, j) => {
      if (!checkEvent(event, at('templates', i, 'on', j))) return;
      const subject = notificationSubjectOf(event);
      const available = notificationPlaceholdersOf[subject];
      for (const placeholder of placeholders) {
        if ((available as readonly string[]).includes(placeholder) || reported.has(placeholder))
          continue;
        reported.add(placeholder);
        const suggestion = nearest(placeholder, available);
        context.add('notification_placeholder_unavailable', at('templates', i), {
          placeholder: `{{${placeholder}}}`,
          event,
          subject: subjectNames[subject],
          known: [...available],
          ...(suggestion === undefined || suggestion === placeholder ? {} : { suggestion }),
        });
      }
      template.to.forEach((recipient, k) => {
        const missing =
          (recipient === 'applicant' && subject !== 'application') ||
          (recipient === 'reporter' && subject !== 'complaint');
        if (missing && !reported.has(`to:${recipient}`)) {
          reported.add(`to:${recipient}`);
          context.add('notification_recipient_unavailable', at('templates', i, 'to', k), {
            recipient,
            event,
          });
        }
      });
    });
  });

  config.webhooks.forEach((hook, i) => {
    hook.events?.forEach((event, j) => {
      checkEvent(event, at('webhooks', i, 'events', j));
    });
    context.referenceAll(
      'agency',
      context.known.agencies,
      hook.agencies,
      at('webhooks', i, 'agencies'),
    );
  });
}
