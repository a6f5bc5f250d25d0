// What the runtime action rows share: the officer who returns a file, and the loop that drives
// applications back and forth (RETURN by the front office, RESUBMIT by the applicant), and the
// parent side of a benchmark's child process (fork, and a call answered by message id).
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './mallText.mjs';

/** The front-office officer who returns files in every action row. */
export const frontOffice = { id: 'nip-front-office', role: 'front-office', agency: 'dpmptsp' };

/** Why a file is returned in the action rows. */
export const returnReason = 'Berkas perlu dilengkapi';

/**
 * Runs `count` accepted actions over `context.apps` in turn (`context.next` is the cursor): a
 * RETURN for a file that is in review, a RESUBMIT for one that was returned. Each app is
 * `{ id, applicant, version, returned }` and is updated with the version the runtime answers.
 */
export async function actAlternately(context, count) {
  let accepted = 0;
  for (let i = 0; i < count; i++) {
    const app = context.apps[context.next++ % context.apps.length];
    const summary = app.returned
      ? await context.runtime.act(app.id, {
          type: 'RESUBMIT',
          actor: app.applicant,
          expectedVersion: app.version,
        })
      : await context.runtime.act(app.id, {
          type: 'RETURN',
          actor: frontOffice,
          expectedVersion: app.version,
          reason: returnReason,
        });
    app.version = summary.version;
    app.returned = !app.returned;
    accepted += 1;
  }
  return accepted;
}

/**
 * Forks `bench/<file>` with an IPC channel and returns `call(message)`, which resolves with the
 * child's `result` for that message's id (or rejects with its `error`, or when the child exits
 * first), and `stop()`. `cleanups` gets the child's disconnect, for the parent's exit.
 */
export function forkBenchChild(file, cleanups) {
  const child = fork(join(repoRoot, 'bench', file), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  cleanups.push(() => child.connected && child.disconnect());
  let ids = 0;
  const call = (message) =>
    new Promise((resolve, reject) => {
      const id = ++ids;
      const onExit = (code, signal) =>
        reject(new Error(`bench/${file} exited (${signal ?? code}) during ${message.type}`));
      const onMessage = (reply) => {
        if (reply.id !== id) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (reply.error) reject(new Error(reply.error));
        else resolve(reply.result);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ ...message, id });
    });
  return { call, stop: () => child.connected && child.disconnect() };
}
