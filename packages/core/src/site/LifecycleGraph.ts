import type { LocalizedText } from '@mpp-kit/schemas';

/**
 * A state of a lifecycle diagram: a workflow step or a final state (`issued`, `rejected` …).
 *
 * @example
 * ```ts
 * const state: LifecycleState = { id: 'issued', label: { id: 'Terbit', en: 'Issued' }, final: true };
 * ```
 */
export interface LifecycleState {
  /** Unique within the graph. */
  readonly id: string;
  /** What the site shows: plain text (Indonesian) or `{ id, en }`. */
  readonly label: LocalizedText;
  /** A final state: nothing leaves it. */
  readonly final?: boolean;
}

/**
 * An arrow of a lifecycle diagram: `event` sent by `actor` moves an application from `from` to `to`.
 *
 * @example
 * ```ts
 * const step: LifecycleTransition = {
 *   from: 'intake',
 *   to: 'review',
 *   event: 'ACCEPT',
 *   actor: { id: 'Petugas front office (DPMPTSP)', en: 'Front-office officer (DPMPTSP)' },
 * };
 * ```
 */
export interface LifecycleTransition {
  readonly from: string;
  readonly to: string;
  /** The event code (`ACCEPT`, `REJECT` …); common codes are shown with a name in both languages. */
  readonly event: string;
  /** The event in words, with its qualifier ("Disetujui (semua instansi tim menyetujui)"); default: the event's name. */
  readonly label?: LocalizedText;
  /** Who may send it (role and agency, in words). */
  readonly actor?: LocalizedText;
}

/**
 * What the catalogue site draws for a service's lifecycle: states and the transitions between
 * them. The first state is where an application starts unless `initial` says otherwise. Built
 * from a compiled workflow by the caller, or by {@link fallbackLifecycleGraph} from the service's
 * workflow template.
 *
 * @example
 * ```ts
 * const graph: LifecycleGraph = {
 *   states: [
 *     { id: 'intake', label: { id: 'Pemeriksaan berkas', en: 'Completeness check' } },
 *     { id: 'issued', label: { id: 'Terbit', en: 'Issued' }, final: true },
 *     { id: 'rejected', label: { id: 'Ditolak', en: 'Rejected' }, final: true },
 *   ],
 *   transitions: [
 *     { from: 'intake', to: 'issued', event: 'ISSUE', actor: 'Petugas front office' },
 *     { from: 'intake', to: 'rejected', event: 'REJECT', actor: 'Petugas front office' },
 *   ],
 * };
 * ```
 */
export interface LifecycleGraph {
  readonly states: readonly LifecycleState[];
  readonly transitions: readonly LifecycleTransition[];
  /** The state an application starts in; default: the first state. */
  readonly initial?: string;
  /** A note shown under the diagram (for example where it comes from). */
  readonly note?: LocalizedText;
}
