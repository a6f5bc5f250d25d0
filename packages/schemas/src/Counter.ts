import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { openingHours, period, refs } from './_common.js';

/** Features a counter can offer. */
export const counterFeatures = ['drive-thru', 'priority', 'online-queue', 'accessible'] as const;

/**
 * A counter (gerai / loket) in the mall, staffed by one or more agencies, with its active periods.
 *
 * @example
 * ```yaml
 * counters:
 *   - id: gerai-polres
 *     number: "12"
 *     agencies: [polres-batang]
 *     features: [drive-thru]
 *     active: [{ from: 2020-01-23 }]
 * ```
 */
export const counter = z.strictObject({
  id: idOf('Id gerai, unik.', 'Counter id, unique.'),
  name: doc(localizedText.optional(), 'Nama gerai.', 'Counter name.'),
  number: doc(z.string().min(1).optional(), 'Nomor gerai di mal.', 'Counter number in the mall.'),
  agencies: refs('Instansi yang melayani di gerai ini.', 'Agencies serving at this counter.', 1),
  features: doc(
    z.array(z.enum(counterFeatures)).optional(),
    'Fasilitas gerai.',
    'Counter features.',
  ),
  openingHours: openingHours.optional(),
  active: doc(
    z.array(period).optional(),
    'Periode aktif gerai (tenant dapat keluar dan kembali).',
    'Periods the counter is active (tenants come and go).',
  ),
});
/** A counter. */
export type Counter = z.infer<typeof counter>;
