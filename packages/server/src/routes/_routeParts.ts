/** Pieces every route definition repeats: JSON bodies and the problem responses. */
import type { z } from '@hono/zod-openapi';
import { problemSchema } from '../api/apiSchemas.js';

/** A JSON request or response body of `schema`. */
export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description, required: true };
}

const meaning: Readonly<Record<number, string>> = {
  400: 'The request does not have the expected form (problem `bad_request`).',
  401: 'No valid bearer token (problems `unauthenticated`, `invalid_token`).',
  403: 'The caller may not do this (problems `forbidden`, `forbidden_route`, `no_role`).',
  404: 'No such mall, service or application that the caller may see.',
  409: 'The lifecycle does not take this action now (`invalid_action`).',
  412: 'If-Match names a version the application is no longer at (`precondition_failed`).',
  422: 'The request is well-formed but invalid (`validation`, with `errors`), or an Idempotency-Key reused with another body (`idempotency_key_reused`).',
  428: 'If-Match is missing (`precondition_required`).',
  429: 'Too many requests from this caller (`rate_limited`, with Retry-After).',
  503: 'A store does not answer (`not_ready`).',
};

/** The problem responses of a route, by status. */
export function problemResponses(...statuses: readonly number[]) {
  const content = { 'application/problem+json': { schema: problemSchema } };
  return Object.fromEntries(
    [...new Set([...statuses, 429])].map((status) => [
      status,
      { content, description: meaning[status] ?? 'A problem.' },
    ]),
  );
}
