/**
 * The 14 components of a service standard (*standar pelayanan*, UU 25/2009 art. 21, PermenPANRB
 * 15/2014), in the legal order: six service-delivery components (*penyampaian pelayanan*), then
 * eight service-management components (*pengelolaan pelayanan*). `number` is the position used in
 * issues and published documents; `key` is the identifier used in reports and paths.
 *
 * @example
 * ```ts
 * serviceStandardComponents[7]; // { number: 8, key: 'facilities', group: 'management', title: { … } }
 * serviceStandardComponents.map((c) => c.key).indexOf('legalBasis') + 1; // 7
 * ```
 */
export const serviceStandardComponents = [
  {
    number: 1,
    key: 'requirements',
    group: 'delivery',
    title: { id: 'Persyaratan', en: 'Requirements' },
  },
  {
    number: 2,
    key: 'procedure',
    group: 'delivery',
    title: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
  },
  {
    number: 3,
    key: 'completionTime',
    group: 'delivery',
    title: { id: 'Jangka waktu penyelesaian', en: 'Completion time' },
  },
  { number: 4, key: 'cost', group: 'delivery', title: { id: 'Biaya/tarif', en: 'Cost or tariff' } },
  {
    number: 5,
    key: 'product',
    group: 'delivery',
    title: { id: 'Produk pelayanan', en: 'Service product' },
  },
  {
    number: 6,
    key: 'complaints',
    group: 'delivery',
    title: {
      id: 'Penanganan pengaduan, saran, dan masukan',
      en: 'Handling of complaints, suggestions and input',
    },
  },
  {
    number: 7,
    key: 'legalBasis',
    group: 'management',
    title: { id: 'Dasar hukum', en: 'Legal basis' },
  },
  {
    number: 8,
    key: 'facilities',
    group: 'management',
    title: { id: 'Sarana, prasarana, dan/atau fasilitas', en: 'Facilities' },
  },
  {
    number: 9,
    key: 'staffCompetence',
    group: 'management',
    title: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
  },
  {
    number: 10,
    key: 'internalSupervision',
    group: 'management',
    title: { id: 'Pengawasan internal', en: 'Internal supervision' },
  },
  {
    number: 11,
    key: 'staffCount',
    group: 'management',
    title: { id: 'Jumlah pelaksana', en: 'Number of staff' },
  },
  {
    number: 12,
    key: 'serviceGuarantee',
    group: 'management',
    title: { id: 'Jaminan pelayanan', en: 'Service guarantee' },
  },
  {
    number: 13,
    key: 'safetyGuarantee',
    group: 'management',
    title: {
      id: 'Jaminan keamanan dan keselamatan pelayanan',
      en: 'Security and safety guarantee',
    },
  },
  {
    number: 14,
    key: 'performanceEvaluation',
    group: 'management',
    title: { id: 'Evaluasi kinerja pelaksana', en: 'Staff performance evaluation' },
  },
] as const;

/**
 * One of the 14 components; see {@link serviceStandardComponents}.
 *
 * @example
 * ```ts
 * const component: ServiceStandardComponent = serviceStandardComponents[0];
 * ```
 */
export type ServiceStandardComponent = (typeof serviceStandardComponents)[number];

/**
 * The key of a service-standard component (`requirements` … `performanceEvaluation`).
 *
 * @example
 * ```ts
 * const key: ServiceStandardComponentKey = 'facilities';
 * ```
 */
export type ServiceStandardComponentKey = ServiceStandardComponent['key'];
