// Deterministic generator of synthetic malls for the benchmarks (and for anyone who needs a big,
// valid mall). Seeded PRNG (mulberry32), no Math.random, no clock: the same options give the same
// document, key order included, so JSON.stringify / yaml.stringify of it are byte-identical.
//
// The document is one `apiVersion: mpp-kit/v1` file holding everything: the mall, ~25 agencies
// (one counter each), officer roles, legal bases, one national calendar covering 2025–2026 with a
// few holidays, and `services` services that use every built-in workflow template and every fee
// kind. It is valid: `validateMallSources([{ file, text }], { years: [2025, 2026] })` returns
// `ok: true` (test/bench-harness.test.ts checks it).

/** The built-in workflow templates the generated services use, in rotation. */
export const workflowTemplateIds = /** @type {const} */ ([
  'simple-registration',
  'permit',
  'permit-with-levy',
  'multi-agency-permit',
  'risk-based-oss',
]);

/**
 * A small, fast, seeded PRNG (mulberry32): returns floats in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const agencyKindsCycle = [
  'regional',
  'regional',
  'regional',
  'vertical',
  'state-owned',
  'region-owned',
  'social-security',
  'bank',
  'provincial',
];
const agencyWords = [
  ['Dinas Penanaman Modal', 'Investment Office'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Civil Registration Office'],
  ['Dinas Kesehatan', 'Health Office'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Public Works and Spatial Planning Office'],
  ['Dinas Lingkungan Hidup', 'Environment Office'],
  ['Dinas Perhubungan', 'Transport Office'],
  ['Dinas Koperasi dan UKM', 'Cooperatives and SME Office'],
  ['Dinas Tenaga Kerja', 'Manpower Office'],
  ['Dinas Pertanian', 'Agriculture Office'],
  ['Dinas Perdagangan', 'Trade Office'],
  ['Kantor Pertanahan', 'Land Office'],
  ['Kantor Imigrasi', 'Immigration Office'],
  ['Kantor Pelayanan Pajak Pratama', 'Tax Office'],
  ['Kepolisian Resor', 'District Police'],
  ['BPJS Kesehatan', 'Health Insurance Agency'],
  ['BPJS Ketenagakerjaan', 'Employment Insurance Agency'],
  ['PT PLN (Persero) ULP', 'State Electricity Company'],
  ['PT Taspen (Persero)', 'Civil Servants Pension Fund'],
  ['Perumda Air Minum', 'Regional Water Company'],
  ['Bank Jateng', 'Regional Development Bank'],
  ['Samsat', 'One-Roof Vehicle Registration Office'],
  ['Kementerian Agama', 'Religious Affairs Office'],
  ['Badan Pendapatan Daerah', 'Regional Revenue Agency'],
  ['Dinas Sosial', 'Social Affairs Office'],
  ['Dinas Pendidikan', 'Education Office'],
];
const serviceNouns = [
  ['Izin Usaha', 'Business Permit'],
  ['Surat Izin Praktik', 'Practice Permit'],
  ['Sertifikat', 'Certificate'],
  ['Rekomendasi', 'Recommendation'],
  ['Surat Keterangan', 'Certificate of Statement'],
  ['Persetujuan', 'Approval'],
  ['Pendaftaran', 'Registration'],
  ['Legalisasi', 'Legalisation'],
  ['Perpanjangan Izin', 'Permit Renewal'],
  ['Tanda Daftar', 'Registration Mark'],
];
const serviceTopics = [
  ['Toko Modern', 'Modern Retail'],
  ['Reklame', 'Advertising'],
  ['Bidan', 'Midwife'],
  ['Apotek', 'Pharmacy'],
  ['Klinik Pratama', 'Primary Clinic'],
  ['Bangunan Gedung', 'Building'],
  ['Trayek Angkutan', 'Transport Route'],
  ['Usaha Mikro', 'Micro Business'],
  ['Pangan Industri Rumah Tangga', 'Home-Industry Food'],
  ['Lingkungan', 'Environment'],
  ['Kartu Keluarga', 'Family Card'],
  ['Akta Kelahiran', 'Birth Certificate'],
  ['Tenaga Kerja Asing', 'Foreign Worker'],
  ['Lembaga Pelatihan', 'Training Institute'],
  ['Penggunaan Jalan', 'Road Use'],
];
const requirementDocs = [
  ['KTP-el pemohon', "Applicant's KTP-el"],
  ['Kartu Keluarga', 'Family card'],
  ['Nomor Induk Berusaha (NIB)', 'Business identification number (NIB)'],
  ['Surat permohonan bermeterai', 'Stamped application letter'],
  ['Pas foto berwarna 3x4', 'Colour photograph 3x4'],
  ['Bukti kepemilikan atau penguasaan tanah', 'Proof of land ownership or control'],
  ['Surat Tanda Registrasi (STR)', 'Registration certificate (STR)'],
  ['Surat keterangan sehat dari dokter', "Doctor's health certificate"],
  ['Denah lokasi usaha', 'Site plan of the business'],
  ['Surat kuasa bila dikuasakan', 'Power of attorney when represented'],
  ['Izin sebelumnya', 'The previous permit'],
  ['Persetujuan lingkungan (SPPL)', 'Environmental approval (SPPL)'],
];
const lifeEventCycle = [
  'business',
  'building',
  'birth',
  'health-practice',
  'transport',
  'employment',
];
const channelSets = [
  ['counter'],
  ['counter', 'online'],
  ['online'],
  ['counter', 'oss'],
  ['counter', 'drive-thru'],
];
const kindSets = [['new'], ['new', 'renewal'], ['new', 'renewal', 'change'], ['new', 'change']];
const complaintKinds = ['sp4n-lapor', 'phone', 'email', 'whatsapp', 'suggestion-box'];
const legalKinds = ['uu', 'pp', 'perpres', 'permen', 'perda', 'perbup'];
const legalTopics = [
  'Pelayanan Publik',
  'Perizinan Berusaha Berbasis Risiko',
  'Bangunan Gedung',
  'Kesehatan',
  'Administrasi Kependudukan',
  'Retribusi Daerah',
  'Lingkungan Hidup',
  'Lalu Lintas dan Angkutan Jalan',
];

/** The few 2025–2026 days the generated national calendar declares (real SKB dates). */
const holidays = [
  ['2025-01-01', 'holiday', 'Tahun Baru 2025 Masehi', "New Year's Day", 'skb-2025'],
  ['2025-03-31', 'holiday', 'Hari Raya Idulfitri 1446 Hijriah', 'Eid al-Fitr', 'skb-2025'],
  [
    '2025-04-01',
    'holiday',
    'Hari Raya Idulfitri 1446 Hijriah',
    'Eid al-Fitr (second day)',
    'skb-2025',
  ],
  [
    '2025-04-02',
    'collective-leave',
    'Cuti Bersama Idulfitri',
    'Collective leave for Eid al-Fitr',
    'skb-2025',
  ],
  ['2025-08-17', 'holiday', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day', 'skb-2025'],
  [
    '2025-08-18',
    'collective-leave',
    'Cuti Bersama Hari Kemerdekaan',
    'Collective leave for Independence Day',
    'skb-2025',
  ],
  ['2025-12-25', 'holiday', 'Kelahiran Yesus Kristus', 'Christmas Day', 'skb-2025'],
  ['2026-01-01', 'holiday', 'Tahun Baru 2026 Masehi', "New Year's Day", 'skb-2026'],
  ['2026-03-20', 'holiday', 'Hari Raya Idulfitri 1447 Hijriah', 'Eid al-Fitr', 'skb-2026'],
  [
    '2026-03-21',
    'holiday',
    'Hari Raya Idulfitri 1447 Hijriah',
    'Eid al-Fitr (second day)',
    'skb-2026',
  ],
  ['2026-08-17', 'holiday', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day', 'skb-2026'],
  ['2026-12-25', 'holiday', 'Kelahiran Yesus Kristus', 'Christmas Day', 'skb-2026'],
];

// Every role the built-in workflow templates act through (`templateRoles` of @mpp-kit/workflows;
// copied, so the generator stays independent of a build), plus a few more a mall would have.
const roleNames = [
  ['front-office', 'Petugas front office', 'Front-office officer'],
  ['back-office', 'Petugas back office', 'Back-office officer'],
  ['reviewer', 'Pemeriksa/tim teknis', 'Technical reviewer'],
  ['inspector', 'Petugas peninjau lapangan', 'Field inspector'],
  ['head', 'Kepala instansi/penandatangan', 'Head of agency (signatory)'],
  ['treasurer', 'Bendahara penerimaan', 'Revenue treasurer'],
  ['verifier', 'Verifikator', 'Verifier'],
  ['cashier', 'Kasir', 'Cashier'],
];

/**
 * Builds a synthetic, valid mall document.
 *
 * @param {{ services: number, seed?: number, agencies?: number, legalBases?: number }} options
 *   `services`: how many services; `seed` (default 1); `agencies` (default 25, at least 3);
 *   `legalBases` (default 40).
 * @returns {Record<string, unknown>} a plain, JSON-serializable `apiVersion: mpp-kit/v1` document.
 */
export function generateMall(options) {
  const serviceCount = options.services;
  if (!Number.isSafeInteger(serviceCount) || serviceCount < 0)
    throw new RangeError(`services must be a whole number ≥ 0, got ${serviceCount}`);
  const agencyCount = Math.max(3, options.agencies ?? 25);
  const legalBasisCount = Math.max(1, options.legalBases ?? 40);
  const random = createRandom(options.seed ?? 1);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];

  const agencies = [];
  for (let i = 0; i < agencyCount; i++) {
    const [id, en] = agencyWords[i % agencyWords.length];
    const round = Math.floor(i / agencyWords.length);
    agencies.push({
      id: i === 0 ? 'dpmptsp' : `agency-${String(i).padStart(3, '0')}`,
      name: {
        id: round === 0 ? `${id} Kabupaten Contoh` : `${id} ${round + 1} Kabupaten Contoh`,
        en: `${en} of Contoh Regency`,
      },
      shortName: `A${i}`,
      kind: i === 0 ? 'regional' : agencyKindsCycle[i % agencyKindsCycle.length],
      ...(i % 4 === 0 ? { website: `https://agency-${i}.contoh.go.id` } : {}),
    });
  }
  const counters = agencies.map((agency, i) => ({
    id: `gerai-${agency.id}`,
    name: { id: `Gerai ${agency.name.id}`, en: `${agency.name.en} counter` },
    number: String(i + 1).padStart(2, '0'),
    agencies: [agency.id],
    ...(i % 3 === 0 ? { features: ['priority', 'accessible'] } : {}),
    active: [{ from: '2020-01-23' }],
  }));
  const roles = roleNames.map(([id, nameId, nameEn]) => ({ id, name: { id: nameId, en: nameEn } }));
  const legalBases = [];
  for (let i = 0; i < legalBasisCount; i++) {
    const kind = legalKinds[i % legalKinds.length];
    const year = 2009 + (i % 16);
    legalBases.push({
      id: `${kind}-${i + 1}-${year}`,
      kind,
      number: String(i + 1),
      year,
      title: {
        id: `Peraturan tentang ${legalTopics[i % legalTopics.length]}`,
        en: `Regulation number ${i + 1} of ${year}`,
      },
    });
  }
  const calendars = [
    {
      id: 'id-national',
      name: { id: 'Kalender Nasional Indonesia', en: 'Indonesian national calendar' },
      weekend: ['sat', 'sun'],
      years: [2025, 2026],
      decrees: [
        { id: 'skb-2025', year: 2025, title: 'SKB 1017/2024, 2/2024, 2/2024' },
        { id: 'skb-2026', year: 2026, title: 'SKB 1497/2025, 2/2025, 5/2025' },
      ],
      days: holidays.map(([date, kind, nameId, nameEn, decree]) => ({
        date,
        kind,
        name: { id: nameId, en: nameEn },
        decree,
      })),
    },
  ];

  const services = [];
  for (let i = 0; i < serviceCount; i++) {
    const template = workflowTemplateIds[i % workflowTemplateIds.length];
    const ownerIndex = int(0, agencyCount - 1);
    const owner = agencies[ownerIndex].id;
    const participantCount =
      template === 'multi-agency-permit' ? 2 : template === 'permit-with-levy' ? 1 : int(0, 1);
    const participants = [];
    for (let k = 1; k <= participantCount; k++)
      participants.push(agencies[(ownerIndex + k) % agencyCount].id);
    const kinds = [...pick(kindSets)]; // fresh arrays: shared ones would become YAML aliases
    const [noun, nounEn] = pick(serviceNouns);
    const [topic, topicEn] = pick(serviceTopics);
    const requirementCount = int(1, 4);
    const requirements = [];
    const first = int(0, requirementDocs.length - 1);
    for (let k = 0; k < requirementCount; k++) {
      const [docId, docEn] = requirementDocs[(first + k) % requirementDocs.length];
      const requirement = {
        id: `req-${k + 1}`,
        document: k % 2 === 0 ? { id: docId, en: docEn } : docId,
      };
      if (k === requirementCount - 1 && kinds.length > 1)
        requirement.when = { kind: [kinds[kinds.length - 1]] };
      if (k === 1 && random() < 0.3) requirement.optional = true;
      requirements.push(requirement);
    }
    // permit-with-levy's running-clock step shares add up to 28 working days (like PBG): its
    // completion time must cover them (sla_shares_exceed). The other templates set no shares.
    const minimumDays = template === 'permit-with-levy' ? 28 : 0;
    const legalMax = int(Math.max(5, minimumDays), minimumDays + 30);
    const days = int(minimumDays, legalMax);
    const legal = [legalBases[int(0, legalBasisCount - 1)].id];
    if (random() < 0.5) {
      const other = legalBases[int(0, legalBasisCount - 1)].id;
      if (other !== legal[0]) legal.push(other);
    }
    services.push({
      id: `service-${String(i + 1).padStart(5, '0')}`,
      name: { id: `${noun} ${topic} ${i + 1}`, en: `${nounEn}: ${topicEn} ${i + 1}` },
      type: template === 'simple-registration' ? 'non-licensing' : 'licensing',
      owner,
      ...(participants.length > 0 ? { participants } : {}),
      counters: [`gerai-${owner}`],
      ...(i % 3 === 0 ? { lifeEvents: [lifeEventCycle[i % lifeEventCycle.length]] } : {}),
      channels: [...pick(channelSets)],
      applicationKinds: kinds,
      requirements,
      sla: {
        days,
        unit: random() < 0.85 ? 'working' : 'calendar',
        legalMax,
        // Deemed approval only for a permit (a registration has no decision to deem:
        // isDecisionBearing); same-length lists keep the random stream where it was.
        onExpiry: pick(
          template === 'simple-registration'
            ? ['none', 'escalate', 'escalate']
            : ['none', 'escalate', 'deemed-approval'],
        ),
      },
      fee: generateFee(i, random, int, legal[0]),
      output: {
        product: { id: `Dokumen ${noun} ${topic}`, en: `${nounEn} document (${topicEn})` },
        validity: random() < 0.4 ? null : { amount: int(1, 5), unit: 'years' },
        ...(random() < 0.5 ? { digital: true } : {}),
      },
      complaints:
        random() < 0.5
          ? ['sp4n-lapor']
          : [pick(complaintKinds), { kind: 'counter', agency: owner }],
      legalBasis: legal,
      workflow: template,
      ...(i % 2 === 0 ? { version: { id: '2025.1', validFrom: '2025-01-01' } } : {}),
    });
  }

  return {
    apiVersion: 'mpp-kit/v1',
    mall: {
      id: 'mpp-contoh',
      name: {
        id: 'Mal Pelayanan Publik Kabupaten Contoh',
        en: 'Contoh Regency Public Service Mall',
      },
      shortName: 'MPP Contoh',
      region: '33.25',
      timeZone: 'Asia/Jakarta',
      coordinator: 'dpmptsp',
      calendars: ['id-national'],
      opened: '2020-01-23',
      address: {
        street: 'Jl. Contoh No. 1',
        city: 'Contoh',
        province: 'Jawa Tengah',
        postalCode: '51212',
      },
      openingHours: [
        { days: ['mon', 'tue', 'wed', 'thu'], open: '08:00', close: '15:00' },
        { days: ['fri'], open: '08:00', close: '11:00' },
      ],
      locales: ['id', 'en'],
      // Components 8–14 of the service standard, shared by every service (else each service
      // gets seven missing_standard_component warnings).
      standard: {
        facilities: {
          id: 'Gerai, ruang tunggu, dan akses daring',
          en: 'Counters, waiting room and online access',
        },
        staffCompetence: {
          id: 'Petugas terlatih sesuai layanan',
          en: 'Staff trained for the service',
        },
        internalSupervision: {
          id: 'Atasan langsung dan Inspektorat',
          en: 'Line managers and the Inspectorate',
        },
        staffCount: 40,
        serviceGuarantee: { id: 'Maklumat pelayanan MPP', en: 'Service declaration of the mall' },
        safetyGuarantee: {
          id: 'Data pemohon dijaga kerahasiaannya',
          en: 'Applicant data kept confidential',
        },
        performanceEvaluation: {
          id: 'Evaluasi triwulanan dan hasil SKM',
          en: 'Quarterly review and survey results',
        },
      },
    },
    agencies,
    counters,
    roles,
    legalBases,
    calendars,
    services,
  };
}

function generateFee(i, random, int, legalBasis) {
  switch (i % 4) {
    case 0:
      return { kind: 'free' };
    case 1:
      return { kind: 'fixed', amount: int(1, 100) * 5000, legalBasis: [legalBasis] };
    case 2:
      return {
        kind: 'table',
        rows: [
          {
            id: 'small',
            label: { id: 'Usaha kecil', en: 'Small business' },
            amount: int(1, 20) * 10000,
          },
          {
            id: 'large',
            label: { id: 'Usaha besar', en: 'Large business' },
            amount: int(21, 100) * 10000,
          },
        ],
      };
    default: {
      // floorArea * tariff + base, with integer inputs so the test vectors are exact.
      const base = int(0, 20) * 5000;
      const given = [
        { floorArea: int(10, 500), tariff: int(1, 50) * 500 },
        { floorArea: int(10, 500), tariff: int(1, 50) * 500 },
      ];
      return {
        kind: 'formula',
        expression: `floorArea * tariff + ${base}`,
        variables: {
          floorArea: { description: { id: 'Luas lantai', en: 'Floor area' }, unit: 'm2' },
          tariff: { description: { id: 'Tarif per m2', en: 'Tariff per m2' }, unit: 'IDR' },
        },
        rounding: random() < 0.5 ? 'round' : 'floor',
        examples: given.map((values) => ({
          given: values,
          expect: values.floorArea * values.tariff + base,
        })),
        legalBasis: [legalBasis],
      };
    }
  }
}
