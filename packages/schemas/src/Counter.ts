import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { clockTime, isoDate, openingHours, period, refs } from './_common.js';
import { weekdays } from './vocabularies.js';

/** Features a counter can offer. */
export const counterFeatures = ['drive-thru', 'priority', 'online-queue', 'accessible'] as const;

/**
 * An appointment slot of a counter's queue (*slot janji temu*): on one `date` or on every one of
 * `days`, a time window and how many tickets it takes.
 *
 * @example
 * ```yaml
 * appointments:
 *   - { days: [mon, tue, wed, thu], from: "08:00", to: "10:00", capacity: 20 }
 *   - { date: 2026-12-07, from: "13:00", to: "14:00", capacity: 10 }
 * ```
 */
export const queueSlot = z.strictObject({
  date: doc(
    isoDate.optional(),
    'Tanggal slot (YYYY-MM-DD); isi `date` atau `days`, tidak keduanya.',
    'The date of the slot (YYYY-MM-DD); give `date` or `days`, not both.',
  ),
  days: doc(
    z.array(z.enum(weekdays)).min(1).optional(),
    'Hari berulang setiap minggu (mon..sun); isi `date` atau `days`, tidak keduanya.',
    'Days it recurs on every week (mon..sun); give `date` or `days`, not both.',
  ),
  from: doc(clockTime, 'Awal jendela waktu, HH:MM.', 'Start of the window, HH:MM.'),
  to: doc(clockTime, 'Akhir jendela waktu, HH:MM.', 'End of the window, HH:MM.'),
  capacity: doc(
    z.number().int().min(1),
    'Jumlah tiket janji temu yang dapat diambil dalam slot ini.',
    'How many appointment tickets the slot takes.',
  ),
});
/**
 * An appointment slot; see {@link queueSlot}.
 *
 * @example
 * ```ts
 * const slot: QueueSlot = { days: ['mon'], from: '08:00', to: '10:00', capacity: 20 };
 * ```
 */
export type QueueSlot = z.infer<typeof queueSlot>;

/**
 * The queue (*antrean*) of a counter: its ticket prefix, the services it serves, its hours, daily
 * capacity and appointment slots. Tickets are numbered per counter per day in the mall's time
 * zone (`A-001`, `A-002` …); the groups UU 25/2009 Art. 29 protects are called first.
 *
 * @example
 * ```yaml
 * queue:
 *   prefix: A
 *   services: [ktp-el, kartu-keluarga]
 *   dailyCapacity: 150
 *   appointments:
 *     - { days: [mon, tue], from: "08:00", to: "10:00", capacity: 20 }
 * ```
 */
export const counterQueue = z.strictObject({
  prefix: doc(
    z.string().regex(/^[A-Z]{1,3}$/),
    'Awalan nomor tiket: 1–3 huruf besar (misalnya A memberi A-001); unik di mal.',
    'Ticket number prefix: 1–3 capital letters (for example A gives A-001); unique in the mall.',
  ),
  services: refs(
    'Layanan yang dilayani antrean ini; bila kosong: layanan yang menyebut gerai ini di `counters`, atau layanan milik instansi gerai.',
    'Services this queue serves; when absent: the services that list this counter in `counters`, else those owned by its agencies.',
  ).optional(),
  openingHours: doc(
    openingHours.optional(),
    'Jam pengambilan tiket; bila kosong: jam gerai, lalu jam mal.',
    "Hours tickets can be taken; when absent: the counter's hours, else the mall's.",
  ),
  dailyCapacity: doc(
    z.number().int().min(1).optional(),
    'Jumlah tiket paling banyak per hari (termasuk janji temu); bila kosong: tanpa batas.',
    'Most tickets a day (appointments included); when absent: no limit.',
  ),
  appointments: doc(
    z.array(queueSlot).optional(),
    'Slot janji temu: tanggal atau hari, jendela waktu, dan kapasitas.',
    'Appointment slots: a date or days, a time window and a capacity.',
  ),
});
/**
 * A counter's queue; see {@link counterQueue}.
 *
 * @example
 * ```ts
 * const queue: CounterQueue = { prefix: 'A', dailyCapacity: 150 };
 * ```
 */
export type CounterQueue = z.infer<typeof counterQueue>;

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
  queue: doc(
    counterQueue.optional(),
    'Antrean gerai: awalan tiket, layanan, jam, kapasitas harian, dan slot janji temu.',
    "The counter's queue: ticket prefix, services, hours, daily capacity and appointment slots.",
  ),
  active: doc(
    z.array(period).optional(),
    'Periode aktif gerai (tenant dapat keluar dan kembali).',
    'Periods the counter is active (tenants come and go).',
  ),
});
/** A counter. */
export type Counter = z.infer<typeof counter>;
