import { createNotificationWorker, type NotificationWorker } from '@mpp-kit/core';
import nodemailer from 'nodemailer';
import type { pino } from 'pino';
import type { ServedMall } from './http/AppEnv.js';

/**
 * Starts the notification worker of every mall that declares `mall.notifications`: e-mail through
 * the SMTP server named by the environment variable `email.smtpUrlEnv`, webhooks signed with the
 * secrets of the environment. Every process runs one per mall; the outbox's leases keep them
 * apart. `wake(mallId)` starts a round at once (after an action); `stop()` waits for the rounds
 * in flight and closes the SMTP connections.
 */
export function startNotificationWorkers(
  served: readonly ServedMall[],
  logger: pino.Logger,
  clock: () => Date,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { wake(mallId: string): void; stop(): Promise<void> } {
  const workers = new Map<string, NotificationWorker>();
  const transports: { close(): void }[] = [];
  for (const { mall, store } of served) {
    const config = mall.mall.notifications;
    if (config === undefined) continue;
    const mallId = mall.mall.id;
    const smtpUrl = config.email === undefined ? undefined : env[config.email.smtpUrlEnv];
    let sendEmail: ((mail: nodemailer.SendMailOptions) => Promise<unknown>) | undefined;
    if (smtpUrl !== undefined && smtpUrl !== '') {
      const transport = nodemailer.createTransport(smtpUrl);
      transports.push(transport);
      sendEmail = (mail) => transport.sendMail(mail);
    } else if (config.email !== undefined) {
      logger.warn(
        { mall: mallId, env: config.email.smtpUrlEnv },
        'no SMTP server: e-mails wait in the outbox until the variable is set',
      );
    }
    const worker = createNotificationWorker({
      store,
      mall,
      clock,
      env,
      ...(sendEmail === undefined ? {} : { sendEmail }),
      logger: (entry) => {
        const line = { mall: mallId, kind: entry.kind, notification: entry.notificationId };
        if (entry.level === 'info') logger.info(line, entry.message);
        else if (entry.level === 'warn') logger.warn(line, entry.message);
        else logger.error(line, entry.message);
      },
    });
    worker.start();
    workers.set(mallId, worker);
  }
  return {
    wake(mallId) {
      workers.get(mallId)?.wake();
    },
    async stop() {
      await Promise.all([...workers.values()].map((worker) => worker.stop()));
      for (const transport of transports) transport.close();
    },
  };
}
