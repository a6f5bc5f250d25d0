import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The server's Prometheus metrics: HTTP requests and their latency, accepted and refused
 * actions, deadline events delivered by the scheduler, and the scheduler's lag.
 *
 * @example
 * ```ts
 * const metrics = createServerMetrics();
 * metrics.request('GET', '/health', 200, 0.002);
 * await metrics.registry.metrics(); // Prometheus text
 * ```
 */
export interface ServerMetrics {
  readonly registry: Registry;
  /** One HTTP request: method, route pattern, status, seconds. */
  request(method: string, route: string, status: number, seconds: number): void;
  /** One action on an application (submissions count as `SUBMIT`). */
  action(mall: string, outcome: 'accepted' | 'refused', type: string): void;
  /** Deadline events of one scheduler run. */
  deadlines(mall: string, outcome: 'delivered' | 'conflict' | 'failed', count: number): void;
  /** How long the oldest due deadline has waited (0 when none), in seconds. */
  lag(mall: string, seconds: number): void;
}

/**
 * Creates the metrics on a registry of their own (plus Node's default process metrics).
 *
 * @returns the metrics.
 * @example
 * ```ts
 * const metrics = createServerMetrics();
 * ```
 */
export function createServerMetrics(): ServerMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'mpp_http_requests_total',
    help: 'HTTP requests, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'mpp_http_request_duration_seconds',
    help: 'HTTP request latency in seconds, by method and route.',
    labelNames: ['method', 'route'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const actions = new Counter({
    name: 'mpp_actions_total',
    help: 'Actions on applications, by mall, outcome (accepted, refused) and type.',
    labelNames: ['mall', 'outcome', 'type'],
    registers: [registry],
  });
  const deadlines = new Counter({
    name: 'mpp_deadline_events_total',
    help: 'Deadline events of the scheduler, by mall and outcome (delivered, conflict, failed).',
    labelNames: ['mall', 'outcome'],
    registers: [registry],
  });
  const lag = new Gauge({
    name: 'mpp_scheduler_lag_seconds',
    help: 'How long the oldest due deadline has been waiting for the scheduler, by mall.',
    labelNames: ['mall'],
    registers: [registry],
    aggregator: 'max',
  });
  return {
    registry,
    request: (method, route, status, seconds) => {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    action: (mall, outcome, type) => {
      actions.inc({ mall, outcome, type });
    },
    deadlines: (mall, outcome, count) => {
      if (count > 0) deadlines.inc({ mall, outcome }, count);
    },
    lag: (mall, seconds) => {
      lag.set({ mall }, seconds);
    },
  };
}
