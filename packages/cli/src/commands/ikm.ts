import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sortIssues, textFor, type Locale } from '@mpp-kit/schemas/issues';
import type { MallConfig } from '@mpp-kit/schemas';
import type { IkmElementSpec, IkmResult } from '@mpp-kit/core';
import { defineCommand } from '../Command.js';
import { prettyOrJsonFlag } from '../_commonFlags.js';
import { escapeControl } from '../_ansi.js';
import { formatJson } from '../formatJson.js';
import { formatPretty } from '../formatPretty.js';
import { loadMallForCommand } from '../_loadForCommand.js';
import { formatNumber } from '../_formatNumber.js';
import { formatTextTable } from './report.js';

/** Largest survey CSV read: about two million respondents' answers to nine elements. */
const maxCsvMiB = 64;

type Unreadable = 'missing' | 'folder' | 'large' | 'binary' | 'denied';

/** A survey CSV from disk, or why it cannot be read. */
function readCsv(path: string): { text: string } | { why: Unreadable } {
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { why: 'folder' };
    if (info.size > maxCsvMiB * 1024 * 1024) return { why: 'large' };
    const bytes = readFileSync(path);
    if (bytes.includes(0)) return { why: 'binary' };
    return { text: bytes.toString('utf8') };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { why: code === 'EACCES' || code === 'EPERM' ? 'denied' : 'missing' };
  }
}

/** What `mpp ikm` prints, in English and Indonesian. */
export const ikmMessages = {
  heading: {
    en: (n: number) => `Satisfaction index (IKM, PermenPANRB 14/2017) from ${n} respondents`,
    id: (n: number) => `Indeks Kepuasan Masyarakat (IKM, PermenPANRB 14/2017) dari ${n} responden`,
  },
  head: {
    en: ['Element', 'Topic', 'NRR', 'Weighted NRR', 'Index', 'Grade'],
    id: ['Unsur', 'Topik', 'NRR', 'NRR tertimbang', 'Nilai konversi', 'Mutu'],
  },
  total: {
    en: (ikm: string, grade: string, quality: string) =>
      `IKM: ${ikm} — grade ${grade} (${quality})`,
    id: (ikm: string, grade: string, quality: string) => `IKM: ${ikm} — mutu ${grade} (${quality})`,
  },
  method: {
    en: (k: number) =>
      `NRR = mean answer (1–4); weighted NRR = NRR × 1/${k}; index = NRR × 25; IKM = Σ weighted NRR × 25. Grades: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D.`,
    id: (k: number) =>
      `NRR = rata-rata jawaban (1–4); NRR tertimbang = NRR × 1/${k}; nilai konversi = NRR × 25; IKM = Σ NRR tertimbang × 25. Mutu: A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, selain itu D.`,
  },
  ignored: {
    en: (columns: string) => `Columns ignored (not survey elements): ${columns}.`,
    id: (columns: string) => `Kolom yang diabaikan (bukan unsur survei): ${columns}.`,
  },
  blanks: {
    en: (count: number) =>
      `Blank answers: ${count}; each element is averaged over the respondents who answered it.`,
    id: (count: number) =>
      `Jawaban kosong: ${count}; setiap unsur dirata-ratakan dari responden yang menjawabnya.`,
  },
  period: {
    en: (from: string, to: string) => `Survey period: ${from} to ${to}.`,
    id: (from: string, to: string) => `Periode survei: ${from} sampai ${to}.`,
  },
  sample: {
    en: (population: number, required: number) =>
      `Population ${population}: the Krejcie–Morgan table (PermenPANRB 14/2017) requires ${required} respondents.`,
    id: (population: number, required: number) =>
      `Populasi ${population}: tabel Krejcie–Morgan (PermenPANRB 14/2017) mensyaratkan ${required} responden.`,
  },
  badPeriod: {
    en: (value: string) =>
      `--period must be two days, first/last, such as 2025-01-01/2025-06-30, not "${value}".`,
    id: (value: string) =>
      `--period harus berupa dua tanggal, awal/akhir, seperti 2025-01-01/2025-06-30, bukan "${value}".`,
  },
  badPopulation: {
    en: (value: string) => `--population must be a whole number of service users, not "${value}".`,
    id: (value: string) =>
      `--population harus berupa bilangan bulat jumlah pengguna layanan, bukan "${value}".`,
  },
  unreadable: {
    en: (file: string, why: Unreadable) =>
      `Cannot read "${file}": ${
        {
          missing: 'it does not exist. Check the path',
          folder: 'it is a folder. Give the CSV file inside it',
          large: `it is over the limit of ${String(maxCsvMiB)} MiB. Split the survey into periods and compute each`,
          binary: 'it is not text (it holds NUL bytes). Export the survey as CSV (UTF-8)',
          denied: 'permission denied. Check who may read it',
        }[why]
      }.`,
    id: (file: string, why: Unreadable) =>
      `Tidak dapat membaca "${file}": ${
        {
          missing: 'berkas tidak ada. Periksa path-nya',
          folder: 'ini sebuah folder. Berikan berkas CSV di dalamnya',
          large: `ukurannya melebihi batas ${String(maxCsvMiB)} MiB. Pecah survei per periode dan hitung masing-masing`,
          binary: 'isinya bukan teks (memuat bita NUL). Ekspor survei sebagai CSV (UTF-8)',
          denied: 'akses ditolak. Periksa siapa yang boleh membacanya',
        }[why]
      }.`,
  },
  surveyWithoutMall: {
    en: '--survey needs --mall: the survey is looked up in the mall.',
    id: '--survey memerlukan --mall: survei dicari di dalam mal.',
  },
  noSurvey: {
    en: (id: string, known: string) =>
      id === ''
        ? 'The mall declares no survey (surveys).'
        : `The mall has no survey "${id}"; its surveys are: ${known}.`,
    id: (id: string, known: string) =>
      id === ''
        ? 'Mal tidak mendeklarasikan survei (surveys).'
        : `Mal tidak memiliki survei "${id}"; survei yang ada: ${known}.`,
  },
} as const;

const topicNames: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  requirements: { en: 'requirements', id: 'persyaratan' },
  procedure: { en: 'procedure', id: 'prosedur' },
  'completion-time': { en: 'completion time', id: 'waktu penyelesaian' },
  cost: { en: 'cost or tariff', id: 'biaya/tarif' },
  product: { en: 'service product', id: 'produk layanan' },
  'staff-competence': { en: 'staff competence', id: 'kompetensi pelaksana' },
  'staff-behaviour': { en: 'staff behaviour', id: 'perilaku pelaksana' },
  'complaint-handling': { en: 'complaint handling', id: 'penanganan pengaduan' },
  facilities: { en: 'facilities', id: 'sarana dan prasarana' },
};

function prettyIkm(
  result: IkmResult,
  ignored: readonly string[],
  grades: readonly { grade: string; quality: Readonly<Record<Locale, string>> }[],
  locale: Locale,
): string {
  const rows = result.elements.map((element) => [
    element.code,
    element.name !== undefined
      ? textFor(element.name, locale)
      : element.topic !== undefined
        ? (topicNames[element.topic]?.[locale] ?? element.topic)
        : '',
    formatNumber(element.nrr, locale, 2),
    formatNumber(element.weightedNrr, locale, 3),
    formatNumber(element.index, locale, 2),
    element.grade,
  ]);
  const quality = grades.find((entry) => entry.grade === result.grade)?.quality[locale] ?? '';
  return [
    `${ikmMessages.heading[locale](result.respondents)}\n`,
    formatTextTable(ikmMessages.head[locale], rows, [2, 3, 4]),
    ikmMessages.total[locale](formatNumber(result.ikm, locale, 2), result.grade, quality),
    ikmMessages.method[locale](result.elements.length),
    ...(result.period === undefined
      ? []
      : [ikmMessages.period[locale](result.period.from, result.period.to)]),
    ...(result.population === undefined || result.requiredSample === undefined
      ? []
      : [ikmMessages.sample[locale](result.population, result.requiredSample)]),
    ...(result.blankAnswers === 0 ? [] : [ikmMessages.blanks[locale](result.blankAnswers)]),
    ...(ignored.length === 0
      ? []
      : [ikmMessages.ignored[locale](ignored.map((name) => escapeControl(name)).join(', '))]),
    '',
  ].join('\n');
}

const day = /^\d{4}-\d{2}-\d{2}$/;

/** `2025-01-01/2025-06-30` as a period, or `undefined` when it is not two real days in order. */
function parsePeriod(value: string): { from: string; to: string } | undefined {
  const [from = '', to = '', ...rest] = value.split('/');
  const real = (text: string) =>
    day.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
  if (rest.length > 0 || !real(from) || !real(to) || to < from) return undefined;
  return { from, to };
}

/**
 * `mpp ikm <responses.csv> [--format pretty|json] [--mall <path> [--survey <id>]]
 * [--period <from>/<to>] [--population <n>]`: the satisfaction index (IKM, PermenPANRB 14/2017)
 * from a CSV with a header row and one row per respondent. Element columns are `U1`..`U9` in any
 * order; other columns (a respondent number, a date) are ignored and named in the output; a column
 * that looks like an element code but is not one (`U10`) is an error. An empty cell is a blank
 * answer: the element is averaged over the respondents who answered it. With `--mall`, the element
 * order, topics and names come from the mall's survey (the first, or `--survey <id>`). Warnings go
 * to standard error: no `--period`, and fewer respondents than the Krejcie–Morgan table requires
 * for `--population`.
 *
 * JSON: `{ "respondents", "blankAnswers", "population"?, "requiredSample"?, "period"?, "weight",
 * "elements": [{ "code", "topic"?, "respondents", "nrr", "weightedNrr", "index", "grade", … }],
 * "weightedSum", "ikm", "grade", "ignoredColumns", "issues" }`; with bad data, the issues as
 * `mpp validate --format json` prints them. Exit 0 on success; 1 when the responses have
 * errors (each named by file, line and column, respondent and element) or the mall does not load;
 * 2 on a usage error or a file that cannot be read.
 *
 * @example
 * ```sh
 * mpp ikm skm-2025.csv
 * mpp ikm skm-2025.csv --mall examples/batang --format json --lang id
 * ```
 */
export const ikmCommand = defineCommand({
  name: 'ikm',
  summary: {
    en: 'Compute the satisfaction index (IKM) from survey responses in CSV.',
    id: 'Hitung Indeks Kepuasan Masyarakat (IKM) dari jawaban survei dalam CSV.',
  },
  description: {
    en: 'The CSV has a header row naming the element columns U1..U9 (any order; other columns are ignored) and one row per respondent with answers 1–4. Exit codes: 0 success; 1 bad data; 2 usage error or unreadable file.',
    id: 'CSV berisi baris judul dengan kolom unsur U1..U9 (urutan bebas; kolom lain diabaikan) dan satu baris per responden dengan jawaban 1–4. Kode keluar: 0 berhasil; 1 data salah; 2 kesalahan penggunaan atau berkas tidak terbaca.',
  },
  positionals: [{ name: 'responses.csv' }],
  flags: [
    prettyOrJsonFlag,
    {
      name: 'mall',
      type: 'string',
      valueName: 'path',
      description: {
        en: "Take the element order, topics and names from this mall's survey.",
        id: 'Ambil urutan, topik, dan nama unsur dari survei mal ini.',
      },
    },
    {
      name: 'survey',
      type: 'string',
      valueName: 'id',
      description: {
        en: 'Which survey of the mall (default: the first).',
        id: 'Survei mal yang dipakai (bawaan: yang pertama).',
      },
    },
    {
      name: 'period',
      type: 'string',
      valueName: 'from/to',
      description: {
        en: 'First and last day the responses cover (YYYY-MM-DD/YYYY-MM-DD).',
        id: 'Hari pertama dan terakhir yang dicakup jawaban (YYYY-MM-DD/YYYY-MM-DD).',
      },
    },
    {
      name: 'population',
      type: 'string',
      valueName: 'n',
      description: {
        en: 'Service users in the period: checks the sample size (Krejcie–Morgan table).',
        id: 'Jumlah pengguna layanan dalam periode: memeriksa jumlah sampel (tabel Krejcie–Morgan).',
      },
    },
  ],
  examples: [
    'mpp ikm skm-2025.csv --period 2025-01-01/2025-06-30',
    'mpp ikm skm-2025.csv --mall examples/batang --period 2025-01-01/2025-06-30 --population 1200 --format json',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const [file = ''] = context.positionals;
    if (flags.survey !== undefined && flags.mall === undefined) {
      io.stderr(`${ikmMessages.surveyWithoutMall[locale]}\n`);
      return 2;
    }
    const period = flags.period === undefined ? undefined : parsePeriod(flags.period);
    if (flags.period !== undefined && period === undefined) {
      io.stderr(`${ikmMessages.badPeriod[locale](flags.period)}\n`);
      return 2;
    }
    const population =
      flags.population === undefined || !/^\d+$/.test(flags.population.trim())
        ? undefined
        : Number(flags.population);
    if (flags.population !== undefined && population === undefined) {
      io.stderr(`${ikmMessages.badPopulation[locale](flags.population)}\n`);
      return 2;
    }

    let elements: readonly IkmElementSpec[] | undefined;
    if (flags.mall !== undefined) {
      const loadedMall = await loadMallForCommand(context, flags.mall);
      if (!loadedMall.ok) return loadedMall.exitCode;
      const { result } = loadedMall;
      const surveys = (result.mall as MallConfig).surveys;
      const survey =
        flags.survey === undefined
          ? surveys[0]
          : surveys.find((entry) => entry.id === flags.survey);
      if (survey === undefined) {
        io.stderr(
          `${ikmMessages.noSurvey[locale](flags.survey ?? '', surveys.map((entry) => entry.id).join(', '))}\n`,
        );
        return flags.survey === undefined ? 1 : 2;
      }
      elements = survey.elements;
    }

    const path = resolve(io.cwd, file);
    // The snippet reader stops at 8 MiB; a survey of many respondents is read from disk whole.
    const known = io.readTextFile(path);
    const read = known === undefined ? readCsv(path) : { text: known };
    if (!('text' in read)) {
      io.stderr(`${ikmMessages.unreadable[locale](file, read.why)}\n`);
      return 2;
    }
    const text = read.text;
    const core = await import('@mpp-kit/core');
    const options = { locale, ...(elements === undefined ? {} : { elements }) };
    const parsed = core.parseIkmCsv(text, { ...options, file });
    const computed = parsed.ok
      ? core.computeIkm(parsed.value.responses, {
          ...options,
          ...(period === undefined ? {} : { period }),
          ...(population === undefined ? {} : { population }),
        })
      : parsed;
    if (!computed.ok) {
      const issues = sortIssues(computed.issues);
      if (flags.format === 'json') io.stdout(formatJson(issues));
      else
        io.stderr(
          formatPretty(issues, {
            color: context.color.stderr,
            docs: context.issueDocs,
            locale,
            readLine: context.readLine,
            fileCount: 1,
          }),
        );
      return 1;
    }
    const ignoredColumns = parsed.ok ? parsed.value.ignoredColumns : [];
    // Blank answers are located by the CSV reader (file, line, column); the rest by computeIkm.
    const notes = sortIssues([
      ...(parsed.ok ? parsed.issues : []),
      ...computed.issues.filter((issue) => issue.code !== 'ikm_missing_answer'),
    ]);
    if (flags.format === 'json') {
      io.stdout(
        `${JSON.stringify({ ...computed.value, ignoredColumns, issues: notes }, null, 2)}\n`,
      );
      return 0;
    }
    io.stdout(prettyIkm(computed.value, ignoredColumns, core.ikmGrades, locale));
    // The warnings concern the survey as a whole: located at the CSV file.
    const warnings = notes
      .filter((issue) => issue.severity === 'warning')
      .map((issue) => (issue.file === undefined ? { ...issue, file } : issue));
    if (warnings.length > 0)
      io.stderr(
        formatPretty(warnings, {
          color: context.color.stderr,
          docs: context.issueDocs,
          locale,
          readLine: context.readLine,
          fileCount: 1,
        }),
      );
    return 0;
  },
});
