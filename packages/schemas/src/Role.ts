import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';

/** Roles every mall has without declaring them. */
export const builtInRoles = ['applicant', 'system'] as const;

/**
 * A role an officer acts in (front office, verifier, technical reviewer, signer, cashier …).
 *
 * @example
 * ```yaml
 * roles:
 *   - { id: front-office, name: { id: Petugas front office, en: Front-office officer } }
 * ```
 */
export const role = z.strictObject({
  id: idOf(
    'Id peran, unik. "applicant" dan "system" sudah tersedia.',
    'Role id, unique. "applicant" and "system" are built in.',
  ),
  name: doc(localizedText, 'Nama peran.', 'Role name.'),
  description: doc(localizedText.optional(), 'Tugas peran ini.', 'What this role does.'),
});
/** A role. */
export type Role = z.infer<typeof role>;
