import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MallRuntime, MallStore } from '@mpp-kit/core';
import type { Locale, MallConfig } from '@mpp-kit/schemas';
import type { Authenticate } from '../auth/createAuthenticator.js';
import type { Caller } from '../auth/Caller.js';
import type { ServerState } from '../state/ServerState.js';

/**
 * A mall as the server serves it: its configuration, runtime, store, server state and
 * authenticator.
 *
 * @example
 * ```ts
 * const served: ServedMall = { mall, runtime, store, state, authenticate: createAuthenticator(mall, state) };
 * ```
 */
export interface ServedMall {
  readonly mall: MallConfig;
  readonly runtime: MallRuntime;
  readonly store: MallStore;
  readonly state: ServerState;
  readonly authenticate: Authenticate;
  /** The runtime's clock, for what pages and reports judge against; default the real time. */
  readonly clock?: () => Date;
  /** The folder the mall's configuration was loaded from (the web desks read its logo there). */
  readonly folder?: string;
  /** Starts a notification delivery round now (after something wrote to the outbox); `mpp serve` sets it. */
  readonly wakeNotifications?: () => void;
}

/** What middleware puts on a request's context for the routes. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The response language. */
    locale: Locale;
    /** The mall of a `/api/v1/malls/{mallId}/…` request. */
    served: ServedMall;
    /** The caller of a mall request. */
    caller: Caller;
  };
}

/** The app type the route modules add to. */
export type App = OpenAPIHono<AppEnv>;
