import {
  surveyTopics,
  type Locale,
  type LocaleText,
  type LocalizedText,
  type SurveyTopic,
} from '@mpp-kit/schemas';

/**
 * An element of the satisfaction survey as the IKM computation sees it: its code (`U1`..`U9`),
 * and optionally its topic and name from the mall's survey.
 */
export interface IkmElementSpec {
  readonly code: string;
  readonly topic?: SurveyTopic | undefined;
  readonly name?: LocalizedText | undefined;
}

/** Topic names in words, for messages and tables. */
export const ikmTopicNames: Readonly<Record<SurveyTopic, Readonly<Record<Locale, string>>>> = {
  requirements: { en: 'requirements', id: 'persyaratan' },
  procedure: { en: 'system, mechanism and procedure', id: 'sistem, mekanisme, dan prosedur' },
  'completion-time': { en: 'completion time', id: 'waktu penyelesaian' },
  cost: { en: 'cost or tariff', id: 'biaya/tarif' },
  product: { en: 'service product', id: 'produk spesifikasi jenis pelayanan' },
  'staff-competence': { en: 'staff competence', id: 'kompetensi pelaksana' },
  'staff-behaviour': { en: 'staff behaviour', id: 'perilaku pelaksana' },
  'complaint-handling': {
    en: 'handling of complaints, suggestions and input',
    id: 'penanganan pengaduan, saran, dan masukan',
  },
  facilities: { en: 'facilities', id: 'sarana dan prasarana' },
};

/** The nine elements in the order of PermenPANRB 14/2017: U1 requirements … U9 facilities. */
export const defaultIkmElements: readonly IkmElementSpec[] = surveyTopics.map((topic, i) => ({
  code: `U${i + 1}`,
  topic,
}));

/** An element code written loosely (`u1`, `U 1`) in its canonical form (`U1`). */
export function canonicalCode(text: string): string {
  return text.trim().replace(/\s+/g, '').toUpperCase();
}

/** `true` when a column header looks like an element code (`U1`, `u 12`), known or not. */
export function looksLikeElementCode(text: string): boolean {
  return /^U\d+$/.test(canonicalCode(text));
}

/** The element specs of the options: strings are codes; codes are canonicalized. */
export function normalizeElements(
  elements: readonly (string | IkmElementSpec)[] | undefined,
): IkmElementSpec[] {
  if (elements === undefined) return [...defaultIkmElements];
  return elements.map((element) =>
    typeof element === 'string'
      ? { code: canonicalCode(element) }
      : { ...element, code: canonicalCode(element.code) },
  );
}

/** Params naming an element's topic in every locale (`topic`), for issues. */
export function topicParams(element: IkmElementSpec): { topic: string | LocaleText } {
  if (element.topic === undefined) return { topic: element.code };
  return { topic: ikmTopicNames[element.topic] };
}
