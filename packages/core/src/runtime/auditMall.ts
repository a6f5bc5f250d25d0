import type { KeyObject } from 'node:crypto';
import type { ChainProblem, ChainVerification } from '../store/auditChain.js';
import { checkChainHeadSignature, type SignedChainHead } from '../store/chainHeads.js';
import { StoreError } from '../store/errors.js';
import type { ApplicationRecord, MallStore } from '../store/MallStore.js';
import type { MallRuntime } from './MallRuntime.js';

/**
 * What {@link auditMall} finds beyond one chain's problems: `missing` (a signed head names an
 * application the store no longer has), `unanchored` (an application created before the latest
 * signed head has none: inserted behind the runtime's back, or left out of the export),
 * `bad-signature` (a line of the heads file was not signed by the key given, or was changed).
 *
 * @example
 * ```ts
 * headProblems.includes('missing'); // true
 * ```
 */
export const headProblems = ['missing', 'unanchored', 'bad-signature'] as const;

/**
 * One problem {@link auditMall} found.
 *
 * @example
 * ```ts
 * const finding: AuditFinding = { applicationId: 'a-1', problem: 'head-mismatch', firstBadSeq: 4 };
 * ```
 */
export interface AuditFinding {
  readonly applicationId: string;
  readonly problem: ChainProblem | (typeof headProblems)[number];
  /** The first sequence number that can no longer be trusted, for a chain's problems. */
  readonly firstBadSeq?: number;
}

/**
 * Options of {@link auditMall}.
 *
 * @example
 * ```ts
 * const options: AuditMallOptions = { mallId: 'mpp-batang', heads, publicKey: key.publicKey };
 * ```
 */
export interface AuditMallOptions {
  /** The mall audited: heads of other malls in the file are left alone. */
  readonly mallId: string;
  /** Signed heads kept by a second party (every export they hold, in any order). */
  readonly heads?: readonly SignedChainHead[];
  /** The audit key's public half; required with `heads`. */
  readonly publicKey?: KeyObject;
}

/**
 * Heads are signed when the export starts; an application created in the minute before may be
 * committed after the export listed the store, and is not counted as unanchored.
 */
const EXPORT_MARGIN_MS = 60_000;

/**
 * Audits every application of a store: its chain, its record against the replay of its events
 * (`runtime.verify`), and — given signed heads — that each head's signature holds and its chain
 * still contains every head signed for it, that no signed application is missing, and that none
 * created before the latest head lacks one.
 *
 * @param runtime - a runtime over `store`.
 * @param store - the store to audit.
 * @param options - the mall, and the heads with the key that verifies them.
 * @returns how many applications were checked, and the problems found (empty when all hold).
 * @throws TypeError when `heads` are given without `publicKey`; `StoreError` from the store.
 * @example
 * ```ts
 * const { checked, findings } = await auditMall(runtime, store, { mallId: 'mpp-batang', heads, publicKey });
 * for (const f of findings) console.error(f.applicationId, f.problem, f.firstBadSeq);
 * ```
 */
export async function auditMall(
  runtime: MallRuntime,
  store: MallStore,
  options: AuditMallOptions,
): Promise<{ checked: number; findings: AuditFinding[] }> {
  const findings: AuditFinding[] = [];
  const byApplication = new Map<string, SignedChainHead[]>();
  let latestSigned = -Infinity;
  if (options.heads !== undefined) {
    const publicKey = options.publicKey;
    if (publicKey === undefined) throw new TypeError('auditMall: heads need the publicKey');
    for (const head of options.heads) {
      if (head.mallId !== options.mallId) continue;
      if (!checkChainHeadSignature(head, publicKey)) {
        findings.push({ applicationId: head.applicationId, problem: 'bad-signature' });
        continue;
      }
      const list = byApplication.get(head.applicationId) ?? [];
      list.push(head);
      byApplication.set(head.applicationId, list);
      latestSigned = Math.max(latestSigned, Date.parse(head.signedAt));
    }
  }
  let checked = 0;
  let after: string | undefined;
  do {
    const page = await store.query({ limit: 1000, ...(after === undefined ? {} : { after }) });
    for (const record of page.items) {
      checked += 1;
      const heads = (byApplication.get(record.id) ?? []).sort((a, b) => b.version - a.version);
      byApplication.delete(record.id);
      const [latest, ...older] = heads;
      const result = await verifyOne(runtime, record, latest);
      if (!result.ok) {
        findings.push({
          applicationId: record.id,
          problem: result.problem,
          firstBadSeq: result.firstBadSeq,
        });
        continue;
      }
      if (older.length > 0) {
        const events = await store.events(record.id);
        const rewritten = older.find((head) => events[head.version - 1]?.hash !== head.hash);
        if (rewritten !== undefined)
          findings.push({
            applicationId: record.id,
            problem: 'head-mismatch',
            firstBadSeq: rewritten.version,
          });
      } else if (
        latest === undefined &&
        Date.parse(record.createdAt) < latestSigned - EXPORT_MARGIN_MS
      ) {
        findings.push({ applicationId: record.id, problem: 'unanchored' });
      }
    }
    after = page.next;
  } while (after !== undefined);
  for (const id of byApplication.keys()) findings.push({ applicationId: id, problem: 'missing' });
  return { checked, findings };
}

/** `runtime.verify`, where a record too broken to open counts as `record-mismatch`. */
async function verifyOne(
  runtime: MallRuntime,
  record: ApplicationRecord,
  head: SignedChainHead | undefined,
): Promise<ChainVerification> {
  try {
    return await runtime.verify(record.id, head === undefined ? {} : { head });
  } catch (error) {
    if (error instanceof StoreError) throw error;
    return { ok: false, firstBadSeq: record.version, problem: 'record-mismatch' };
  }
}
