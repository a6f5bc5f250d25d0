import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { surveyTopics } from './vocabularies.js';

/**
 * A satisfaction survey (SKM) and the order of its nine IKM elements (PermenPANRB 14/2017);
 * implementations swap U8 and U9, so the order is data.
 *
 * @example
 * ```yaml
 * surveys:
 *   - id: skm
 *     elements:
 *       - { code: U1, topic: requirements }
 * ```
 */
export const survey = z.strictObject({
  id: idOf('Id survei.', 'Survey id.'),
  name: doc(localizedText.optional(), 'Nama survei.', 'Survey name.'),
  method: doc(
    z.literal('permenpanrb-14-2017').default('permenpanrb-14-2017'),
    'Metode: PermenPANRB 14/2017.',
    'Method: PermenPANRB 14/2017.',
  ),
  elements: doc(
    z
      .array(
        z.strictObject({
          code: doc(z.string().regex(/^U[1-9]$/), 'Kode unsur (U1..U9).', 'Element code (U1..U9).'),
          topic: doc(z.enum(surveyTopics), 'Topik unsur.', 'Element topic.'),
          name: doc(localizedText.optional(), 'Nama unsur.', 'Element name.'),
        }),
      )
      .length(9),
    'Sembilan unsur IKM dalam urutan yang dipakai.',
    'The nine IKM elements in the order used.',
  ),
});
/** A survey definition. */
export type Survey = z.infer<typeof survey>;
