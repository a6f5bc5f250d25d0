export { createMallApp } from './createMallApp.js';
export type { MallAppOptions, ServerLogger } from './createMallApp.js';
export type { App, AppEnv, ServedMall } from './http/AppEnv.js';
export { ApiProblem, apiProblemCodes } from './http/ApiProblem.js';
export type { ApiProblemCode, ApiProblemParams, ApiProblemArguments } from './http/ApiProblem.js';
export { toProblem, pickLocale } from './http/problemDetails.js';
export type { Problem } from './http/problemDetails.js';
export { createRateLimiter } from './http/createRateLimiter.js';
export type { RateLimiter } from './http/createRateLimiter.js';
export { createServerMetrics } from './http/createServerMetrics.js';
export type { ServerMetrics } from './http/createServerMetrics.js';
export { createAuthenticator } from './auth/createAuthenticator.js';
export type { Authenticate } from './auth/createAuthenticator.js';
export type { Caller, RoleAtAgency } from './auth/Caller.js';
export { localIssuer } from './auth/localIssuer.js';
export { issueLocalToken, checkRoles } from './auth/issueLocalToken.js';
export type { LocalTokenRequest } from './auth/issueLocalToken.js';
export { ensureSigningKey, rotateSigningKey, retireSigningKey } from './auth/signingKeys.js';
export { createMemoryServerState } from './state/createMemoryServerState.js';
export type { ServerState, SigningKeyRecord, IdempotencyRecord } from './state/ServerState.js';
export { openMallStore, resolveStoreLocation } from './openMallStore.js';
export type { OpenedStore, StoreLocation } from './openMallStore.js';
export { ServeError, serveErrorCodes } from './ServeError.js';
export type {
  ServeErrorCode,
  ServeErrorParams,
  ServeErrorArguments,
  RoleProblem,
  BadOptionExpectation,
} from './ServeError.js';
export { parseDuration } from './parseDuration.js';
export { workOutFee } from './routes/serviceRoutes.js';
export { serveMalls } from './serveMalls.js';
export type { ServeOptions, RunningServer } from './serveMalls.js';
export { registerWebDesks, isWebDeskPath } from './web/registerWebDesks.js';
export type { WebDeskOptions } from './web/registerWebDesks.js';
export { createAccount, MIN_PASSWORD_LENGTH } from './web/createAccount.js';
export type { AccountRequest } from './web/createAccount.js';
export { signIn } from './web/signIn.js';
export type { SignInOutcome } from './web/signIn.js';
export { hashPassword, verifyPassword } from './web/passwordHash.js';
export { createCallerResolver } from './auth/createAuthenticator.js';
export { createMemoryWebState } from './state/createMemoryWebState.js';
export type { WebState, AccountRecord, SessionRecord, BlobRecord } from './state/WebState.js';
