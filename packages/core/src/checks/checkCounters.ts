import type { CheckContext, PartialMall } from './CheckContext.js';

/**
 * Counters: their agencies are declared and their active periods run forwards.
 *
 * @example
 * ```ts
 * checkCounters(mall, context); // reports through context
 * ```
 */
export function checkCounters(mall: PartialMall, context: CheckContext): void {
  const { known } = context;
  mall.counters?.forEach((counter, i) => {
    context.referenceAll('agency', known.agencies, counter.agencies, ['counters', i, 'agencies']);
    counter.active?.forEach((period, j) => {
      if (period.to !== undefined && period.to < period.from) {
        context.add('invalid_period', ['counters', i, 'active', j, 'to'], {
          from: period.from,
          to: period.to,
        });
      }
    });
  });
}
