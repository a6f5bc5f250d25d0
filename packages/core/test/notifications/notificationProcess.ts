/**
 * A child process for the SIGKILL test, run with `node --import tsx notificationProcess.ts <json>`:
 * starts a notification worker on the store of `spec` for Batang with notifications to `url`,
 * prints `ready`, and delivers until it is killed.
 */
import { createNotificationWorker } from '../../src/notifications/index.js';
import { batang } from '../runtime/runtimeFixtures.js';
import { openStore, type StoreSpec } from '../store/storeSpec.js';
import { WEBHOOK_SECRET, withNotifications } from './notificationFixtures.js';

const config = JSON.parse(process.argv[2] ?? '{}') as {
  spec: StoreSpec;
  url: string;
  leaseMs: number;
};
const store = await openStore(config.spec);
const worker = createNotificationWorker({
  store,
  mall: withNotifications(await batang(), config.url, { timeoutSeconds: 60 }),
  env: { TEST_WEBHOOK_SECRET: WEBHOOK_SECRET },
  leaseMs: config.leaseMs,
  pollIntervalMs: 50,
});
worker.start();
process.stdout.write('ready\n');
