import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { canonicalJson } from './auditChain.js';
import type { MallStore } from './MallStore.js';

/**
 * The last link of one application's chain at one moment, signed with the deployment's audit key
 * (Ed25519): a line of the heads file a second party keeps. Whoever can write the database cannot
 * make a head the chain no longer contains, because they do not hold the key.
 *
 * @example
 * ```ts
 * const head: SignedChainHead = {
 *   mallId: 'mpp-batang', applicationId: 'a-1', version: 4, hash: '9f86…',
 *   signedAt: '2026-12-04T21:00:00.000Z', keyId: 'ed25519-3f9a1c2b4d5e6f70', signature: 'q3v…',
 * };
 * ```
 */
export interface SignedChainHead {
  readonly mallId: string;
  readonly applicationId: string;
  /** The sequence number of the application's last event when signed. */
  readonly version: number;
  /** That event's hash. */
  readonly hash: string;
  /** When the head was signed (ISO 8601 instant). */
  readonly signedAt: string;
  /** The key that signed it (see {@link auditKeyId}). */
  readonly keyId: string;
  /** Ed25519 signature (base64url) of the head's other fields. */
  readonly signature: string;
}

/**
 * The deployment's audit key pair, as PEM text: the private key signs heads (keep it off the
 * database's machine, readable only by the exporting job); the public key verifies them (hand it
 * to whoever keeps the heads).
 *
 * @example
 * ```ts
 * const { keyId, privateKeyPem, publicKeyPem } = createAuditKey();
 * ```
 */
export interface AuditKeyPair {
  readonly keyId: string;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

/** Keeps a head's signature from meaning anything in another protocol. */
const SIGNING_CONTEXT = 'mpp-kit chain head v1\n';

/**
 * Makes a new Ed25519 audit key pair.
 *
 * @example
 * ```ts
 * const key = createAuditKey();
 * writeFileSync('audit-key.pem', key.privateKeyPem, { mode: 0o600 });
 * ```
 */
export function createAuditKey(): AuditKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    keyId: auditKeyId(publicKey),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * A key's id: `ed25519-` and the first 16 hex digits of the SHA-256 of its public key (SPKI DER).
 * A private key gives the id of its public key.
 *
 * @example
 * ```ts
 * auditKeyId(parseAuditKey(readFileSync('audit-key.pem', 'utf8'))!.publicKey); // 'ed25519-3f9a…'
 * ```
 */
export function auditKeyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return `ed25519-${createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}

/**
 * Reads an Ed25519 audit key from PEM text: a private key (PKCS #8) gives both halves, a public
 * key (SPKI) only the public one.
 *
 * @returns the keys and the key id, or `undefined` when the text is not an Ed25519 key.
 * @example
 * ```ts
 * const key = parseAuditKey(readFileSync('audit-key.pub', 'utf8'));
 * ```
 */
export function parseAuditKey(
  pem: string,
):
  | { readonly keyId: string; readonly publicKey: KeyObject; readonly privateKey?: KeyObject }
  | undefined {
  let privateKey: KeyObject | undefined;
  let publicKey: KeyObject;
  try {
    if (pem.includes('PRIVATE KEY')) {
      privateKey = createPrivateKey(pem);
      publicKey = createPublicKey(privateKey);
    } else {
      publicKey = createPublicKey(pem);
    }
  } catch {
    return undefined;
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') return undefined;
  const keyId = auditKeyId(publicKey);
  return privateKey === undefined ? { keyId, publicKey } : { keyId, publicKey, privateKey };
}

function signedBytes(head: Omit<SignedChainHead, 'signature'>): Buffer {
  const { mallId, applicationId, version, hash, signedAt, keyId } = head;
  return Buffer.from(
    SIGNING_CONTEXT + canonicalJson({ mallId, applicationId, version, hash, signedAt, keyId }),
    'utf8',
  );
}

/**
 * Signs a chain head with the audit key's private half.
 *
 * @param head - the application's last link and when it is signed.
 * @param privateKey - the Ed25519 private key.
 * @returns the signed head, with the key's id.
 * @throws TypeError when the key is not an Ed25519 private key.
 * @example
 * ```ts
 * const head = signChainHead({ mallId: 'mpp-batang', applicationId: 'a-1', version: 4, hash, signedAt: new Date().toISOString() }, key.privateKey!);
 * ```
 */
export function signChainHead(
  head: Omit<SignedChainHead, 'keyId' | 'signature'>,
  privateKey: KeyObject,
): SignedChainHead {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519')
    throw new TypeError('signChainHead: the key is not an Ed25519 private key');
  const unsigned = { ...head, keyId: auditKeyId(privateKey) };
  const signature = sign(null, signedBytes(unsigned), privateKey).toString('base64url');
  return { ...unsigned, signature };
}

/**
 * Whether a head was signed by the private half of `publicKey` and not changed since.
 *
 * @example
 * ```ts
 * checkChainHeadSignature(head, key.publicKey); // true
 * ```
 */
export function checkChainHeadSignature(head: SignedChainHead, publicKey: KeyObject): boolean {
  if (head.keyId !== auditKeyId(publicKey)) return false;
  try {
    return verify(null, signedBytes(head), publicKey, Buffer.from(head.signature, 'base64url'));
  } catch {
    return false;
  }
}

/**
 * The current last link of every application in a store, in the store's order (`createdAt`, id).
 *
 * @example
 * ```ts
 * for await (const head of listChainHeads(store)) console.log(head.applicationId, head.version);
 * ```
 */
export async function* listChainHeads(
  store: MallStore,
): AsyncGenerator<{ applicationId: string; version: number; hash: string }> {
  let after: string | undefined;
  do {
    const page = await store.query({ limit: 1000, ...(after === undefined ? {} : { after }) });
    for (const record of page.items) {
      const last = (await store.events(record.id)).at(-1);
      if (last !== undefined)
        yield { applicationId: record.id, version: last.seq, hash: last.hash };
    }
    after = page.next;
  } while (after !== undefined);
}

/**
 * Writes signed heads as JSON lines (one head per line, keys in a fixed order).
 *
 * @example
 * ```ts
 * appendFileSync('heads.jsonl', formatChainHeads(heads));
 * ```
 */
export function formatChainHeads(heads: Iterable<SignedChainHead>): string {
  let text = '';
  for (const head of heads) text += `${canonicalJson(head)}\n`;
  return text;
}

/**
 * Reads a heads file (JSON lines; blank lines skipped). Lines that are not a well-formed head are
 * reported by line number; signatures are not checked here (see {@link checkChainHeadSignature}).
 *
 * @example
 * ```ts
 * const { heads, badLines } = parseChainHeads(readFileSync('heads.jsonl', 'utf8'));
 * ```
 */
export function parseChainHeads(text: string): {
  heads: SignedChainHead[];
  badLines: number[];
} {
  const heads: SignedChainHead[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      badLines.push(index + 1);
      return;
    }
    if (isSignedHead(value)) heads.push(value);
    else badLines.push(index + 1);
  });
  return { heads, badLines };
}

function isSignedHead(value: unknown): value is SignedChainHead {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const head = value as Record<string, unknown>;
  const strings = ['mallId', 'applicationId', 'hash', 'signedAt', 'keyId', 'signature'];
  return (
    strings.every((key) => typeof head[key] === 'string') &&
    typeof head['version'] === 'number' &&
    Number.isSafeInteger(head['version']) &&
    head['version'] >= 1
  );
}
