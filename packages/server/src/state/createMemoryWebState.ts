import type { AccountRecord, BlobRecord, SessionRecord, WebState } from './WebState.js';

/**
 * The {@link WebState} in memory (tests, a server on `:memory:`): lost when the process ends.
 *
 * @returns the state.
 * @example
 * ```ts
 * const web = createMemoryWebState();
 * await web.accounts(); // []
 * ```
 */
export function createMemoryWebState(): WebState {
  const accounts = new Map<string, AccountRecord>();
  const sessions = new Map<string, SessionRecord>();
  const blobs = new Map<string, BlobRecord>();
  const update = (id: string, change: Partial<AccountRecord>): boolean => {
    const account = accounts.get(id);
    if (account === undefined) return false;
    accounts.set(id, { ...account, ...change });
    return true;
  };
  return {
    addAccount: (account) => {
      const taken =
        accounts.has(account.id) || [...accounts.values()].some((a) => a.login === account.login);
      if (!taken) accounts.set(account.id, structuredClone(account));
      return Promise.resolve(!taken);
    },
    accountById: (id) => Promise.resolve(accounts.get(id)),
    accountByLogin: (login) =>
      Promise.resolve([...accounts.values()].find((account) => account.login === login)),
    accounts: () => Promise.resolve([...accounts.values()]),
    setDisabled: (id, disabled) => {
      const found = update(id, { disabled });
      if (found && disabled)
        for (const [key, session] of sessions) if (session.accountId === id) sessions.delete(key);
      return Promise.resolve(found);
    },
    setLoginFailures: (id, failedLogins, lockedUntil) => {
      update(id, { failedLogins, lockedUntil });
      return Promise.resolve();
    },
    addSession: (session) => {
      sessions.set(session.idHash, structuredClone(session));
      return Promise.resolve();
    },
    session: (idHash, now) => {
      const session = sessions.get(idHash);
      return Promise.resolve(
        session !== undefined && session.expiresAt > now ? session : undefined,
      );
    },
    deleteSession: (idHash) => {
      sessions.delete(idHash);
      return Promise.resolve();
    },
    putBlob: (blob) => {
      if (!blobs.has(blob.sha256)) blobs.set(blob.sha256, { ...blob, data: blob.data.slice() });
      return Promise.resolve();
    },
    blob: (sha256) => Promise.resolve(blobs.get(sha256)),
  };
}
