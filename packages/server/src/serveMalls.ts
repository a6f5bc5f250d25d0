import cluster from 'node:cluster';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createMallRuntime, maskNikInText, type RuntimeLogEntry } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import { pino } from 'pino';
import { AggregatorRegistry } from 'prom-client';
import { createAuthenticator } from './auth/createAuthenticator.js';
import { ensureSigningKey } from './auth/signingKeys.js';
import { createMallApp } from './createMallApp.js';
import type { ServedMall } from './http/AppEnv.js';
import { createServerMetrics, type ServerMetrics } from './http/createServerMetrics.js';
import { openMallStore, resolveStoreLocation, type OpenedStore } from './openMallStore.js';
import { CLOCK_OFFSET_ENV, createServeClock, workerClockEnv } from './_serveClock.js';
import { ServeError } from './ServeError.js';
import { startNotificationWorkers } from './startNotificationWorkers.js';

/**
 * Options of {@link serveMalls} (what `mpp serve` passes).
 *
 * @example
 * ```ts
 * const options: ServeOptions = { malls: [{ mall, path: 'examples/batang' }], store: 'var/{mall}.sqlite', port: 8080, host: '127.0.0.1' };
 * ```
 */
export interface ServeOptions {
  /** The loaded malls, with the path each came from (for messages). */
  readonly malls: readonly { readonly mall: MallConfig; readonly path: string }[];
  /** A SQLite file (`{mall}` for the mall id) or a `postgres://` URL. */
  readonly store: string;
  readonly port: number;
  readonly host: string;
  /** Processes sharing the port (node:cluster); default 1 (this process). */
  readonly workers?: number;
  /** Relative store paths are read from here; default `process.cwd()`. */
  readonly cwd?: string;
  /** An instant the runtime's clock starts from (then runs at real speed); default the real time. */
  readonly clockStart?: string;
  /** Seconds between two scheduler runs; default 30. */
  readonly tickSeconds?: number;
  readonly corsOrigins?: readonly string[];
  /** Requests per caller per minute and process; default 600, 0 off. */
  readonly rateLimitPerMinute?: number;
  /** pino level; default `info`. */
  readonly logLevel?: string;
  /** Receives the line `listening on http://HOST:PORT`; default standard output. */
  readonly announce?: (line: string) => void;
}

/**
 * A running server: its address, and how to stop it (drains in-flight requests and the
 * scheduler, closes the stores).
 *
 * @example
 * ```ts
 * const running = await serveMalls(options);
 * await running.close();
 * ```
 */
export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Fails on two malls with one id. */
function checkDistinct(malls: ServeOptions['malls']): void {
  const seen = new Map<string, string>();
  for (const { mall, path } of malls) {
    const other = seen.get(mall.mall.id);
    if (other !== undefined)
      throw new ServeError('duplicate_mall', { id: mall.mall.id, paths: `${other}, ${path}` });
    seen.set(mall.mall.id, path);
  }
}

/** Opens every mall's store (creating it on first start) and makes sure each has a signing key. */
async function openStores(options: ServeOptions): Promise<OpenedStore[]> {
  const opened: OpenedStore[] = [];
  try {
    for (const { mall } of options.malls) {
      const location = resolveStoreLocation(
        options.store,
        mall.mall.id,
        options.malls.length,
        options.cwd ?? process.cwd(),
      );
      const store = await openMallStore(location);
      opened.push(store);
      if (mall.mall.auth?.local !== false) await ensureSigningKey(store.state);
    }
    return opened;
  } catch (error) {
    await Promise.allSettled(opened.map((store) => store.close()));
    throw error;
  }
}

/**
 * Serves one or several malls over HTTP — what `mpp serve` runs. Each mall is under
 * `/api/v1/malls/{mall id}` with its own store (a SQLite file, or a PostgreSQL schema) and its
 * own keys. Prints `listening on http://HOST:PORT` once every process listens. Runs the deadline
 * scheduler of every mall in every process (the store's leases keep each deadline delivered
 * once). On SIGTERM or SIGINT it stops accepting connections, lets requests in flight finish,
 * finishes the scheduler run and the notification deliveries in progress (undelivered
 * notifications stay in the outbox for the next start), closes the stores and exits with 0.
 * Every process also runs each mall's notification worker (`mall.notifications`).
 *
 * With `workers` > 1 the calling process becomes the primary of a node:cluster: it opens the
 * stores once (migrations, signing keys), forks the workers — which run the same command line
 * and so call this function again, as workers — and passes signals on to them. `/metrics` then
 * adds up every worker's metrics.
 *
 * @param options - the malls, the store, the address and the operational settings.
 * @returns the running server (in a cluster's primary: once every worker listens).
 * @throws {@link ServeError} for bad options; `StoreError` when a store cannot be opened.
 * @example
 * ```ts
 * const running = await serveMalls({ malls: [{ mall, path: 'examples/batang' }], store: 'mpp.sqlite', port: 0, host: '127.0.0.1' });
 * console.log(running.url);
 * ```
 */
export async function serveMalls(options: ServeOptions): Promise<RunningServer> {
  checkDistinct(options.malls);
  const announce = options.announce ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const workers = options.workers ?? 1;
  if (workers > 1 && cluster.isPrimary) return runPrimary(options, workers, announce);

  // Lines are written by libuv's thread pool, those logged meanwhile together in one write, rather
  // than one blocking write(2) per line on the event loop; pino writes what is left on exit.
  const logger = pino(
    { level: options.logLevel ?? 'info', base: { pid: process.pid } },
    pino.destination({ dest: 1, sync: false }),
  );
  const metrics = createServerMetrics();
  const clock = createServeClock(
    options.clockStart,
    cluster.isWorker ? process.env[CLOCK_OFFSET_ENV] : undefined,
  );
  const opened = await openStores(options);
  // Set once the notification workers run (they need the served malls first).
  let wakeNotifier: (mallId: string) => void = () => undefined;
  const served: ServedMall[] = options.malls.map(({ mall }, i) => {
    const { store, state } = opened[i]!;
    const mallId = mall.mall.id;
    const runtime = createMallRuntime(mall, {
      store,
      clock,
      logger: (entry) => {
        logRuntime(logger, metrics, mallId, entry);
        // An accepted action may have written notifications: deliver them now, not at the next poll.
        wakeNotifier(mallId);
      },
    });
    return {
      mall,
      runtime,
      store,
      state,
      authenticate: createAuthenticator(mall, state),
      clock,
      wakeNotifications: () => {
        wakeNotifier(mallId);
      },
      folder: resolve(options.cwd ?? process.cwd(), options.malls[i]!.path),
    };
  });

  const app = createMallApp({
    malls: served,
    logger,
    metrics,
    corsOrigins: options.corsOrigins ?? [],
    ...(options.rateLimitPerMinute === undefined
      ? {}
      : { rateLimitPerMinute: options.rateLimitPerMinute }),
    ...(cluster.isWorker ? { metricsText: askPrimaryForMetrics } : {}),
  });
  if (cluster.isWorker) AggregatorRegistry.setRegistries([metrics.registry]);

  const scheduler = startScheduler(served, metrics, logger, clock, options.tickSeconds ?? 30);
  const notifier = startNotificationWorkers(served, logger, clock);
  wakeNotifier = (mallId) => {
    notifier.wake(mallId);
  };
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const created = serve(
        { fetch: app.fetch, port: options.port, hostname: options.host },
        () => {
          resolve(created);
        },
      );
      created.once('error', reject);
    });
  } catch (error) {
    await Promise.all([scheduler.stop(), notifier.stop()]);
    await Promise.allSettled(opened.map((store) => store.close()));
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL')
      throw new ServeError('cannot_listen', {
        address: `${options.host}:${String(options.port)}`,
        reason: code,
      });
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${String(port)}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      logger.info({ url }, 'draining');
      const drained = new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await Promise.all([drained, scheduler.stop(), notifier.stop()]);
      await Promise.allSettled(opened.map((store) => store.close()));
      logger.info({ url }, 'stopped');
      await new Promise<void>((resolve) => {
        logger.flush(() => {
          resolve();
        });
      });
    })());

  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  if (!cluster.isWorker)
    followLauncher(() => {
      onSignal('SIGTERM');
    });

  if (cluster.isWorker) process.send?.({ type: 'mpp:listening', url });
  else announce(`listening on ${url}`);
  logger.info({ url, malls: served.map((s) => s.mall.mall.id) }, 'listening');
  return { url, close };
}

/**
 * When run through a package manager's script (`pnpm mpp serve`), stops with it: pnpm does not
 * pass SIGTERM on to the script's process, which would otherwise be left running, orphaned.
 * Outside such a script (systemd, a shell, `nohup`) nothing is watched.
 */
function followLauncher(stop: () => void): void {
  if (process.env['npm_lifecycle_event'] === undefined) return;
  const launcher = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== launcher) {
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}

/** Sends the runtime's log entries to the log (NIK-masked already) and the action metrics. */
function logRuntime(
  logger: pino.Logger,
  metrics: ServerMetrics,
  mall: string,
  entry: RuntimeLogEntry,
): void {
  if (entry.kind === 'accepted' || entry.kind === 'submitted')
    metrics.action(mall, 'accepted', entry.action ?? 'SUBMIT');
  else if (entry.kind === 'refused') metrics.action(mall, 'refused', entry.action ?? 'unknown');
  const line = {
    mall,
    kind: entry.kind,
    applicationId: entry.applicationId,
    action: entry.action,
    actor: entry.actor,
  };
  if (entry.level === 'warn') logger.warn(line, maskNikInText(entry.message));
  else logger.info(line, maskNikInText(entry.message));
}

/** Runs each mall's `runDueDeadlines` every `tickSeconds`; `stop()` waits for the run in progress. */
function startScheduler(
  served: readonly ServedMall[],
  metrics: ServerMetrics,
  logger: pino.Logger,
  clock: () => Date,
  tickSeconds: number,
): { stop(): Promise<void> } {
  const schedulerId = `${hostname()}:${String(process.pid)}`;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const runOnce = async (): Promise<void> => {
    for (const { mall, runtime, store } of served) {
      if (stopped) return;
      const mallId = mall.mall.id;
      try {
        const now = clock();
        const [oldest] = await store.due(now.toISOString(), 1);
        metrics.lag(
          mallId,
          oldest?.dueAt ? Math.max(0, (now.getTime() - Date.parse(oldest.dueAt)) / 1000) : 0,
        );
        const result = await runtime.runDueDeadlines(now, {
          schedulerId,
          leaseMs: Math.max(60_000, tickSeconds * 4000),
        });
        metrics.deadlines(mallId, 'delivered', result.delivered);
        metrics.deadlines(mallId, 'conflict', result.conflicts);
        metrics.deadlines(mallId, 'failed', result.failed.length);
        if (result.claimed > 0)
          logger.info({ mall: mallId, ...result, failed: result.failed.length }, 'deadlines');
      } catch (error) {
        logger.error(
          { mall: mallId, err: { message: maskNikInText(String(error)) } },
          'scheduler run failed',
        );
      }
    }
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce().finally(() => {
        schedule(tickSeconds * 1000);
      });
    }, delayMs);
    timer.unref();
  };
  // A first run soon after start, spread over processes.
  schedule(1000 + Math.floor(Math.random() * 2000));
  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}

let metricsRequests = 0;
/** In a worker: the cluster's metrics, added up by the primary. */
function askPrimaryForMetrics(): Promise<string> {
  const id = ++metricsRequests;
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const m = message as { type?: string; id?: number; text?: string; error?: string };
      if (m.type !== 'mpp:metrics' || m.id !== id) return;
      process.off('message', onMessage);
      if (typeof m.text === 'string') resolve(m.text);
      else reject(new Error(m.error ?? 'no metrics'));
    };
    process.on('message', onMessage);
    process.send?.({ type: 'mpp:metrics', id });
  });
}

/** The primary of a cluster: prepares the stores, forks, waits for every worker, relays signals. */
async function runPrimary(
  options: ServeOptions,
  workers: number,
  announce: (line: string) => void,
): Promise<RunningServer> {
  const env = workerClockEnv(options.clockStart);
  // Migrations and signing keys once, before the workers race for them.
  const opened = await openStores(options);
  await Promise.allSettled(opened.map((store) => store.close()));
  const aggregator = new AggregatorRegistry();
  const forked = Array.from({ length: workers }, () => cluster.fork(env));
  let stopping = false;
  const url = await new Promise<string>((resolve, reject) => {
    let listening = 0;
    for (const worker of forked) {
      worker.on('message', (message: { type?: string; url?: string; id?: number }) => {
        if (message.type === 'mpp:listening' && ++listening === workers) resolve(message.url ?? '');
        if (message.type === 'mpp:metrics') {
          aggregator.clusterMetrics().then(
            (text) => worker.send({ type: 'mpp:metrics', id: message.id, text }),
            (error: unknown) =>
              worker.send({ type: 'mpp:metrics', id: message.id, error: String(error) }),
          );
        }
      });
      worker.once('exit', (code) => {
        if (!stopping)
          reject(
            new Error(
              `worker ${String(worker.process.pid)} exited with ${String(code)} before listening`,
            ),
          );
      });
    }
  });
  const exited = Promise.all(
    forked.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) resolve();
          else
            worker.once('exit', () => {
              resolve();
            });
        }),
    ),
  );
  const close = async (): Promise<void> => {
    stopping = true;
    for (const worker of forked) if (!worker.isDead()) worker.process.kill('SIGTERM');
    await exited;
  };
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, stop);
  followLauncher(stop);
  // Every worker gone without a stop: nothing is served any more.
  void exited.then(() => {
    if (!stopping) process.exit(1);
  });
  announce(`listening on ${url}`);
  return { url, close };
}
