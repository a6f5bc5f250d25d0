/** Shared fixtures of the runtime tests: Batang's mall, officers, a settable clock, valid NIKs. */
import { fileURLToPath } from 'node:url';
import type { MallConfig } from '@mpp-kit/schemas';
import { loadMall } from '../../src/load/loadMall.js';
import type { ActorRef } from '../../src/store/MallStore.js';

/** The examples/batang folder. */
export const batangPath = fileURLToPath(new URL('../../../../examples/batang', import.meta.url));

let cached: Promise<MallConfig> | undefined;

/** Batang's mall, loaded once per test file. */
export function batang(): Promise<MallConfig> {
  cached ??= loadMall(batangPath).then((result) => {
    if (!result.ok)
      throw new Error(
        `examples/batang does not load: ${result.issues.map((i) => i.message).join('; ')}`,
      );
    return result.mall;
  });
  return cached;
}

/** An officer: role @ agency. */
export function officer(role: string, agency: string, id = `nip-${role}-${agency}`): ActorRef {
  return { id, role, agency };
}

/** The applicant acting on their own application. */
export function applicant(id: string): ActorRef {
  return { id, role: 'applicant' };
}

/** A settable clock: `clock.set('2025-05-06T02:00:00Z')`, `clock.advanceHours(3)`. */
export function createTestClock(start: string): {
  (): string;
  set(instant: string): void;
  advanceHours(hours: number): void;
} {
  let now = Date.parse(start);
  const clock = () => new Date(now).toISOString();
  clock.set = (instant: string) => {
    now = Date.parse(instant);
  };
  clock.advanceHours = (hours: number) => {
    now += hours * 3_600_000;
  };
  return clock;
}

/** A valid NIK registered in Kabupaten Batang (33.25), different for each `n` (1 … 9999). */
export function batangNik(n: number): string {
  const district = String(1 + (n % 15)).padStart(2, '0');
  const day = String(1 + (n % 28) + (n % 2 === 0 ? 40 : 0)).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  const year = String(60 + (n % 40)).padStart(2, '0');
  const serial = String(1 + (n % 9999)).padStart(4, '0');
  return `3325${district}${day}${month}${year}${serial}`;
}

/** Facts that give the PBG levy of the first example in dpmptsp.yaml (Rp1,000,000). */
export const pbgFacts = {
  floorArea: 100,
  integratedIndex: 0.5,
  localityIndex: 0.004,
  shst: 5_000_000,
  buildingIndex: 1,
};

/** Every document PBG needs for a new application. */
export const pbgDocuments = [
  'ktp',
  'bukti-tanah',
  'kkpr',
  'persetujuan-lingkungan',
  'rencana-teknis',
].map((requirementId) => ({
  requirementId,
}));
