import { describe, expect, it } from 'vitest';
import { ConflictError, StoreError, storeErrorCodes } from '../src/store/index.js';

describe('store errors', () => {
  it.each([
    [
      { applicationId: 'app-1', expectedVersion: 3, actualVersion: 4 },
      'Application "app-1" is at version 4, not 3: someone else changed it; reload it and try again.',
      'Permohonan "app-1" sudah pada versi 4, bukan 3: pihak lain telah mengubahnya; muat ulang lalu coba lagi.',
    ],
    [
      { applicationId: 'app-1', expectedVersion: 0, actualVersion: 2 },
      'Application "app-1" already exists (version 2).',
      'Permohonan "app-1" sudah ada (versi 2).',
    ],
    [
      { applicationId: 'app-1', expectedVersion: 2, actualVersion: 0 },
      'Application "app-1" does not exist (expected version 2).',
      'Permohonan "app-1" tidak ada (versi yang diharapkan 2).',
    ],
  ])('ConflictError %o speaks English and Indonesian', (details, en, id) => {
    const error = new ConflictError(details);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ConflictError',
      code: 'conflict',
      ...details,
      message: en,
      messageId: id,
    });
  });

  it('StoreError carries its code, detail, cause and both messages', () => {
    const cause = new Error('SQLITE_BUSY: database is locked');
    const error = new StoreError('io', 'SQLITE_BUSY: database is locked', { cause });
    expect(error).toMatchObject({
      name: 'StoreError',
      code: 'io',
      detail: 'SQLITE_BUSY: database is locked',
      message: 'The application store failed: SQLITE_BUSY: database is locked',
      messageId: 'Penyimpanan permohonan gagal: SQLITE_BUSY: database is locked',
      cause,
    });
    for (const code of storeErrorCodes) {
      const e = new StoreError(code, 'x');
      expect(e.message).not.toBe(e.messageId);
      expect(e.messageId.length).toBeGreaterThan(0);
    }
    expect(new StoreError('closed').message).toBe('The application store is closed.');
  });
});
