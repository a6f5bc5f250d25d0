import type { Locale } from '@mpp-kit/schemas';

/**
 * A text of the CLI itself in every locale.
 *
 * @example
 * ```ts
 * const summary: CliText = { en: 'Print the JSON Schema.', id: 'Cetak JSON Schema.' };
 * ```
 */
export type CliText = Readonly<Record<Locale, string>>;

/**
 * Counts behind the summary line of `formatPretty`.
 *
 * @example
 * ```ts
 * cliMessages.summary.en({ errors: 2, warnings: 1, infos: 0, files: 3 }); // '2 errors, 1 warning in 3 files'
 * ```
 */
export interface SummaryCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Files read; the "in N files" part is left out when this is 0. */
  readonly files: number;
}

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;
const didYouMeanEn = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
const didYouMeanId = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` Mungkin maksud Anda "${suggestion}"?`;

/**
 * Every text the `mpp` command prints about itself (usage, errors, summary), in English and
 * Indonesian. Issue messages are not here: they come from the issue catalogue of `@mpp-kit/schemas`.
 *
 * @example
 * ```ts
 * cliMessages.summary.id({ errors: 2, warnings: 1, infos: 0, files: 3 });
 * // '2 galat, 1 peringatan di 3 berkas'
 * ```
 */
export const cliMessages = {
  tagline: {
    en: 'mpp: declare an Indonesian Mal Pelayanan Publik in configuration, validate it and run its services.',
    id: 'mpp: deklarasikan Mal Pelayanan Publik dalam konfigurasi, validasi, dan jalankan layanannya.',
  },
  usageHeading: { en: 'Usage', id: 'Penggunaan' },
  commandsHeading: { en: 'Commands', id: 'Perintah' },
  optionsHeading: { en: 'Options', id: 'Opsi' },
  examplesHeading: { en: 'Examples', id: 'Contoh' },
  commandPlaceholder: { en: '<command>', id: '<perintah>' },
  optionsPlaceholder: { en: '[options]', id: '[opsi]' },
  moreHelp: {
    en: 'Run "mpp help <command>" (or "mpp <command> --help") for the options of a command.',
    id: 'Jalankan "mpp help <perintah>" (atau "mpp <perintah> --help") untuk melihat opsi sebuah perintah.',
  },
  helpSummary: {
    en: 'Show the help of mpp, or of a command.',
    id: 'Tampilkan bantuan mpp, atau bantuan sebuah perintah.',
  },
  exitStatusHeading: { en: 'Exit status', id: 'Status keluar' },
  exitCodeMeaning: {
    ok: { en: 'done (warnings allowed)', id: 'selesai (peringatan diperbolehkan)' },
    failed: {
      en: 'the input has errors, or the command could not do its work',
      id: 'masukan memiliki galat, atau perintah tidak dapat menyelesaikan tugasnya',
    },
    usage: {
      en: 'usage error, or a path that cannot be read',
      id: 'salah penggunaan, atau path tidak dapat dibaca',
    },
    missingPackage: {
      en: 'a package the command needs is not installed (the message says which)',
      id: 'paket yang diperlukan perintah belum terpasang (pesannya menyebutkan paket mana)',
    },
    internal: {
      en: 'internal error: a bug in mpp-kit',
      id: 'galat internal: kesalahan pada mpp-kit',
    },
  },
  otherExitCodes: {
    en: 'Exit status 3: a package the command needs is not installed; 70: an internal error.\n"mpp help" explains every exit code.',
    id: 'Status keluar 3: paket yang diperlukan perintah belum terpasang; 70: galat internal.\n"mpp help" menjelaskan setiap status keluar.',
  },
  defaultValue: {
    en: (value: string) => `Default: ${value}.`,
    id: (value: string) => `Bawaan: ${value}.`,
  },
  helpFlag: { en: 'Show this help.', id: 'Tampilkan bantuan ini.' },
  versionFlag: { en: 'Print the version of mpp.', id: 'Cetak versi mpp.' },
  langFlag: {
    en: 'Language of messages: id or en (default: from LC_ALL, LC_MESSAGES or LANG).',
    id: 'Bahasa pesan: id atau en (bawaan: dari LC_ALL, LC_MESSAGES, atau LANG).',
  },
  missingCommand: {
    en: () => 'Missing command. Name one, for example "mpp validate mall/".',
    id: () => 'Perintah belum diberikan. Sebutkan satu, misalnya "mpp validate mall/".',
  },
  commandFirst: {
    en: (p: { command: string; word: string; rest: string }) =>
      `Unknown command "${p.word}": the command comes first, as in "mpp ${p.command} ${p.rest}".`,
    id: (p: { command: string; word: string; rest: string }) =>
      `Perintah "${p.word}" tidak dikenal: perintah ditulis paling depan, seperti "mpp ${p.command} ${p.rest}".`,
  },
  missingPackage: {
    en: (p: { command: string; name: string; major: string }) =>
      `"mpp ${p.command}" needs ${p.name} ${p.major}, which is not installed. Install it where mpp is ` +
      `installed: "npm install ${p.name}@${p.major}" (for a global mpp: "npm install -g ${p.name}@${p.major}"), ` +
      'then run the command again.',
    id: (p: { command: string; name: string; major: string }) =>
      `"mpp ${p.command}" memerlukan ${p.name} ${p.major}, yang belum terpasang. Pasang di tempat mpp ` +
      `terpasang: "npm install ${p.name}@${p.major}" (untuk mpp global: "npm install -g ${p.name}@${p.major}"), ` +
      'lalu jalankan perintahnya lagi.',
  },
  unknownCommand: {
    en: (p: { command: string; suggestion?: string | undefined }) =>
      `Unknown command "${p.command}".${didYouMeanEn(p.suggestion)}`,
    id: (p: { command: string; suggestion?: string | undefined }) =>
      `Perintah "${p.command}" tidak dikenal.${didYouMeanId(p.suggestion)}`,
  },
  unknownFlag: {
    en: (p: { flag: string; suggestion?: string | undefined }) =>
      `Unknown option "${p.flag}".${didYouMeanEn(p.suggestion)}`,
    id: (p: { flag: string; suggestion?: string | undefined }) =>
      `Opsi "${p.flag}" tidak dikenal.${didYouMeanId(p.suggestion)}`,
  },
  missingValue: {
    en: (p: { flag: string; example: string }) =>
      `Option "${p.flag}" needs a value: write it after the option, e.g. "${p.flag} ${p.example}".`,
    id: (p: { flag: string; example: string }) =>
      `Opsi "${p.flag}" memerlukan nilai: tulis setelah opsinya, misalnya "${p.flag} ${p.example}".`,
  },
  invalidChoice: {
    en: (p: { flag: string; value: string; choices: readonly string[] }) =>
      `Invalid value "${p.value}" for ${p.flag}: use one of ${p.choices.join(', ')}.`,
    id: (p: { flag: string; value: string; choices: readonly string[] }) =>
      `Nilai "${p.value}" untuk ${p.flag} tidak valid: gunakan salah satu dari ${p.choices.join(', ')}.`,
  },
  unexpectedValue: {
    en: (p: { flag: string; value: string }) =>
      `Option "${p.flag}" takes no value (got "${p.value}"): write just "${p.flag}".`,
    id: (p: { flag: string; value: string }) =>
      `Opsi "${p.flag}" tidak menerima nilai (diberikan "${p.value}"): tulis "${p.flag}" saja.`,
  },
  missingArgument: {
    en: (p: { name: string; usage: string }) =>
      `Missing argument <${p.name}>: give it after the command, as in "${p.usage}".`,
    id: (p: { name: string; usage: string }) =>
      `Argumen <${p.name}> belum diberikan: tulis setelah perintah, seperti "${p.usage}".`,
  },
  unexpectedArgument: {
    en: (p: { argument: string }) =>
      `Unexpected argument "${p.argument}": remove it, or quote a path that contains spaces.`,
    id: (p: { argument: string }) =>
      `Argumen "${p.argument}" tidak diharapkan: hapus, atau beri tanda kutip pada path yang mengandung spasi.`,
  },
  internalError: {
    en: (p: { detail: string }) =>
      `Internal error: ${p.detail}. This is a bug in mpp-kit; please report it.`,
    id: (p: { detail: string }) =>
      `Galat internal: ${p.detail}. Ini kesalahan pada mpp-kit; mohon laporkan.`,
  },
  hintLabel: { en: 'hint', id: 'saran' },
  docsLabel: { en: 'docs', id: 'dokumen' },
  severity: {
    en: { error: 'error', warning: 'warning', info: 'info' },
    id: { error: 'galat', warning: 'peringatan', info: 'info' },
  },
  summary: {
    en: (c: SummaryCounts) =>
      [plural(c.errors, 'error', 'errors'), plural(c.warnings, 'warning', 'warnings')]
        .concat(c.infos > 0 ? [`${c.infos} info`] : [])
        .join(', ') + (c.files > 0 ? ` in ${plural(c.files, 'file', 'files')}` : ''),
    id: (c: SummaryCounts) =>
      [`${c.errors} galat`, `${c.warnings} peringatan`]
        .concat(c.infos > 0 ? [`${c.infos} info`] : [])
        .join(', ') + (c.files > 0 ? ` di ${c.files} berkas` : ''),
  },
  validateSummary: {
    en: 'Check a mall configuration (one file or a folder) and report every problem.',
    id: 'Periksa konfigurasi mal (satu berkas atau satu folder) dan laporkan setiap masalah.',
  },
  validateDescription: {
    en: 'Exit status: 0 when there is no error (warnings allowed), 1 when the configuration has errors,\n2 for a usage error or a path that cannot be read.',
    id: 'Status keluar: 0 bila tidak ada galat (peringatan diperbolehkan), 1 bila konfigurasi memiliki galat,\n2 bila salah penggunaan atau path tidak dapat dibaca.',
  },
  asOfFlag: {
    en: 'Validate as on this day (YYYY-MM-DD; default today): the calendar coverage warning starts 90 days before its last covered day.',
    id: 'Validasi seolah-olah pada tanggal ini (YYYY-MM-DD; bawaan hari ini): peringatan cakupan kalender muncul mulai 90 hari sebelum hari terakhir yang dicakup.',
  },
  cacheFlag: {
    en: 'Reuse the last result when no file, option or mpp-kit version changed (files compared by content hash).',
    id: 'Pakai ulang hasil terakhir bila tidak ada berkas, opsi, atau versi mpp-kit yang berubah (berkas dibandingkan lewat hash isinya).',
  },
  cacheLocationFlag: {
    en: 'Where --cache keeps its results, relative to the current folder.',
    id: 'Tempat --cache menyimpan hasilnya, relatif terhadap folder saat ini.',
  },
  asOfInvalid: {
    en: (value: string) =>
      `--as-of must be a date YYYY-MM-DD, for example --as-of 2026-12-04, not "${value}".`,
    id: (value: string) =>
      `--as-of harus berupa tanggal YYYY-MM-DD, misalnya --as-of 2026-12-04, bukan "${value}".`,
  },
  formatFlag: {
    en: 'Output format: pretty (for people), json, or sarif (SARIF 2.1.0 for code scanning).',
    id: 'Format keluaran: pretty (untuk dibaca), json, atau sarif (SARIF 2.1.0 untuk code scanning).',
  },
  bundleSummary: {
    en: 'Merge a mall (folder or file) into one apiVersion mpp-kit/v1 document and print it as JSON.',
    id: 'Gabungkan mal (folder atau berkas) menjadi satu dokumen apiVersion mpp-kit/v1 dan cetak sebagai JSON.',
  },
  bundleDescription: {
    en: 'Problems are printed on stderr. Exit status: 0 printed, 1 the configuration has errors,\n2 for a usage error or a path that cannot be read.',
    id: 'Masalah dicetak ke stderr. Status keluar: 0 berhasil dicetak, 1 konfigurasi memiliki galat,\n2 bila salah penggunaan atau path tidak dapat dibaca.',
  },
} as const;
