/**
 * The runtime's reads: one application (`get`, `timeline`, `export`, `verify` — the chain, a
 * signed head, and the record against the replay of its events — `replay`,
 * `allowedActions`) and lists (`query`, `list`, `inbox`). NIKs stay masked unless a read asks
 * for `{ reveal: true }`.
 */
import { allowedActions as lifecycleAllowedActions, formatActor } from '@mpp-kit/workflows';
import { verifyChain, type ChainVerification } from '../store/auditChain.js';
import type { ApplicationPage, ApplicationRecord, StoredEvent } from '../store/MallStore.js';
import { applicationOf, summaryOf, timelineEntryOf } from './_applicationViews.js';
import { auditRecord } from './_auditRecord.js';
import type { RuntimeContext } from './_context.js';
import type { Lifecycle } from './_lifecycleRegistry.js';
import { replayEvents } from './_replayEvents.js';
import { instantIssue, toInstant } from './_submitRequest.js';
import { DefinitionMismatchError, ValidationError } from './errors.js';
import type {
  ApplicationFilter,
  ApplicationSummary,
  ApplicationSummaryPage,
  MallRuntime,
  RevealOptions,
  VerifyOptions,
} from './MallRuntime.js';

/** The reads of a runtime. */
export type RuntimeQueries = Pick<
  MallRuntime,
  | 'get'
  | 'query'
  | 'list'
  | 'inbox'
  | 'allowedActions'
  | 'timeline'
  | 'export'
  | 'verify'
  | 'replay'
>;

/** The runtime's reads, over its context. */
export function createQueries(context: RuntimeContext): RuntimeQueries {
  const { store, registry, opened, load } = context;

  const storeFilter = (filter: ApplicationFilter) => {
    const overdue = filter.overdue;
    let overdueAt: string | undefined;
    if (overdue === true) overdueAt = context.now();
    else if (overdue !== undefined && overdue !== false) {
      overdueAt = toInstant(overdue);
      if (overdueAt === undefined) throw new ValidationError([instantIssue(['overdue'], overdue)]);
    }
    return {
      ...(filter.serviceId === undefined ? {} : { serviceId: filter.serviceId }),
      ...(filter.agency === undefined ? {} : { agency: filter.agency }),
      ...(filter.state === undefined ? {} : { state: filter.state }),
      ...(filter.applicantId === undefined ? {} : { applicantId: filter.applicantId }),
      ...(overdueAt === undefined ? {} : { overdueAt }),
      ...(filter.limit === undefined ? {} : { limit: filter.limit }),
      ...(filter.after === undefined ? {} : { after: filter.after }),
    };
  };

  /** A page of records as summaries. */
  const summaries = async (page: ApplicationPage): Promise<ApplicationSummaryPage> => {
    const items: ApplicationSummary[] = [];
    for (const record of page.items) {
      const { lifecycle, snapshot } = await opened(record);
      items.push(summaryOf(record, snapshot, lifecycle));
    }
    return page.next === undefined ? { items } : { items, next: page.next };
  };

  const query = async (filter: ApplicationFilter = {}): Promise<ApplicationSummaryPage> =>
    summaries(await store.query(storeFilter(filter)));

  async function* list(
    filter: Omit<ApplicationFilter, 'after'> = {},
  ): AsyncGenerator<ApplicationSummary> {
    let after: string | undefined;
    do {
      const page = await query(after === undefined ? filter : { ...filter, after });
      yield* page.items;
      after = page.next;
    } while (after !== undefined);
  }

  const events = async (
    id: string,
  ): Promise<{ record: ApplicationRecord; events: StoredEvent[] }> => {
    const record = await load(id);
    return { record, events: await store.events(id) };
  };

  const verify = async (id: string, options: VerifyOptions = {}): Promise<ChainVerification> => {
    const { record, events: log } = await events(id);
    const chain = verifyChain(log, {
      version: record.version,
      ...(options.head === undefined ? {} : { head: options.head }),
    });
    if (!chain.ok) return chain;
    let lifecycle: Lifecycle;
    try {
      lifecycle = await registry.forRecord(record);
    } catch (error) {
      // The record names a definition its first event does not hold.
      if (!(error instanceof DefinitionMismatchError)) throw error;
      return { ok: false, firstBadSeq: 1, problem: 'record-mismatch' };
    }
    return auditRecord(record, log, lifecycle, context.mall.mall.id, context.timeZone);
  };

  return {
    query,
    list,
    inbox: async (filter) =>
      summaries(
        await store.inbox({
          actors: filter.actors.map((actor) => formatActor(actor)),
          ...(filter.limit === undefined ? {} : { limit: filter.limit }),
          ...(filter.after === undefined ? {} : { after: filter.after }),
        }),
      ),
    get: async (id, options: RevealOptions = {}) => {
      const record = await load(id);
      const { lifecycle, snapshot } = await opened(record);
      const [first] = await store.events(id);
      const reveal = options.reveal === true;
      return applicationOf(summaryOf(record, snapshot, lifecycle, reveal), first, reveal);
    },
    timeline: async (id, options: RevealOptions = {}) => {
      const { events: log } = await events(id);
      return log.map((event) => timelineEntryOf(event, options.reveal === true));
    },
    verify,
    export: async (id, options: RevealOptions = {}) => {
      const reveal = options.reveal === true;
      const { record, events: log } = await events(id);
      const { lifecycle, snapshot } = await opened(record);
      return {
        exportedAt: context.now(),
        revealed: reveal,
        application: applicationOf(summaryOf(record, snapshot, lifecycle, reveal), log[0], reveal),
        timeline: log.map((event) => timelineEntryOf(event, reveal)),
        chain: await verify(id),
      };
    },
    replay: async (id) => {
      const { record, events: log } = await events(id);
      const lifecycle = await registry.forRecord(record);
      return replayEvents(lifecycle.machine, record, log);
    },
    allowedActions: async (id) => {
      const record = await load(id);
      const { snapshot } = await opened(record);
      return lifecycleAllowedActions(snapshot);
    },
  };
}
