import { createHmac } from 'node:crypto';

/**
 * What {@link signWebhook} signs: the message id, the attempt's Unix time in seconds, the exact
 * body, and the `whsec_…` secret.
 *
 * @example
 * ```ts
 * const input: WebhookSignatureInput = { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_1', timestamp: 1751337000, body: '{}' };
 * ```
 */
export interface WebhookSignatureInput {
  /** `whsec_` followed by the base64 key (the prefix is optional). */
  readonly secret: string;
  /** The `webhook-id`: the notification's idempotency key, the same on every retry. */
  readonly id: string;
  /** The `webhook-timestamp`: seconds since the epoch, of this attempt. */
  readonly timestamp: number;
  /** The request body, exactly as sent. */
  readonly body: string;
}

/**
 * The headers of a webhook request signed per the Standard Webhooks specification: `webhook-id`,
 * `webhook-timestamp` and `webhook-signature` (`v1,` then the base64 HMAC-SHA256, keyed by the
 * decoded secret, of `id.timestamp.body`). Receivers verify with any Standard Webhooks library
 * or a few lines of their own (see the operators' guide).
 *
 * @throws TypeError when the secret is not base64 of at least 24 bytes, in English and Indonesian.
 * @example
 * ```ts
 * const headers = signWebhook({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_1', timestamp: 1751337000, body: '{"type":"application.submit"}' });
 * headers['webhook-signature']; // 'v1,…'
 * ```
 */
export function signWebhook(
  input: WebhookSignatureInput,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const encoded = input.secret.startsWith('whsec_') ? input.secret.slice(6) : input.secret;
  const key = Buffer.from(encoded, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || key.length < 24) {
    throw new TypeError(
      'The webhook secret must be "whsec_" followed by base64 of at least 24 random bytes ' +
        '(make one with: openssl rand -base64 32). / Rahasia webhook harus "whsec_" diikuti ' +
        'base64 dari sedikitnya 24 bita acak (buat dengan: openssl rand -base64 32).',
    );
  }
  const timestamp = String(Math.floor(input.timestamp));
  const signature = createHmac('sha256', key)
    .update(`${input.id}.${timestamp}.${input.body}`, 'utf8')
    .digest('base64');
  return {
    'webhook-id': input.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}
