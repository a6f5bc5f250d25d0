import type { Locale } from '@mpp-kit/schemas';
import type { SimulationProgress } from '@mpp-kit/core/simulate';
import { simulateMessages } from './simulateMessages.js';

/**
 * Reports a simulation's progress on standard error.
 *
 * @example
 * ```ts
 * const progress: ProgressReporter = createProgressReporter({ write: (t) => process.stderr.write(t), isTTY: true }, 'en');
 * ```
 */
export interface ProgressReporter {
  /** After each simulated day. */
  update(progress: SimulationProgress): void;
  /** Once at the end: ends the updating line on a terminal. */
  done(): void;
}

/**
 * Creates a progress reporter: on a terminal, one line rewritten in place after every simulated
 * day; otherwise (a pipe, a file, CI) a plain line about every tenth of the run and on the last
 * day, so a log never holds carriage returns or escape codes.
 *
 * @param out - where to write, and whether it is a terminal.
 * @param locale - the language of the lines.
 * @returns the reporter.
 * @throws never
 * @example
 * ```ts
 * const progress = createProgressReporter({ write: io.stderr, isTTY: io.isStderrTTY }, locale);
 * await simulateMall({ ...options, onProgress: progress.update });
 * progress.done();
 * ```
 */
export function createProgressReporter(
  out: { readonly write: (text: string) => void; readonly isTTY: boolean },
  locale: Locale,
): ProgressReporter {
  let pending = false;
  return {
    update(progress) {
      const line = simulateMessages.progress[locale](progress);
      if (out.isTTY) {
        out.write(`\r\u001b[2K${line}`);
        pending = true;
        return;
      }
      const every = Math.max(1, Math.ceil(progress.days / 10));
      if (progress.day === 1 || progress.day === progress.days || progress.day % every === 0)
        out.write(`${line}\n`);
    },
    done() {
      if (pending) out.write('\n');
      pending = false;
    },
  };
}
