import type { CliText } from '../cliMessages.js';

/**
 * Every text `mpp init` prints, in English and Indonesian (issue messages come from the issue
 * catalogue instead).
 *
 * @example
 * ```ts
 * initMessages.notEmpty.id({ dir: 'mall', entries: ['mall.yaml'] });
 * // 'Folder "mall" tidak kosong (berisi mall.yaml). Pilih folder baru atau kosong, atau tambahkan --force …'
 * ```
 */
export const initMessages = {
  summary: {
    en: 'Create a new mall folder for a regency or city: mall, calendars, agencies, example services.',
    id: 'Buat folder mal baru untuk kabupaten/kota: mal, kalender, instansi, contoh layanan.',
  } satisfies CliText,
  description: {
    en: [
      'The time zone is derived from the province (WIB, WITA or WIT). Every file starts with the',
      'yaml-language-server modeline; by default it points at node_modules/@mpp-kit/schemas/schema/',
      'mpp-kit.schema.json in the folder or the nearest folder above it that has one.',
      'The folder must be empty (files starting with a dot do not count) unless --force is given;',
      'existing files are never overwritten. The new mall is validated right after it is written.',
      'Exit status: 0 written and valid (warnings allowed), 1 written but with errors,',
      '2 for a usage error (bad region code, non-empty folder, unwritable path).',
    ].join('\n'),
    id: [
      'Zona waktu diturunkan dari provinsi (WIB, WITA, atau WIT). Setiap berkas diawali modeline',
      'yaml-language-server; bawaannya menunjuk node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json',
      'di folder tersebut atau folder terdekat di atasnya yang memilikinya.',
      'Folder harus kosong (berkas berawalan titik tidak dihitung) kecuali diberi --force;',
      'berkas yang sudah ada tidak pernah ditimpa. Mal baru langsung divalidasi setelah ditulis.',
      'Status keluar: 0 tertulis dan valid (peringatan diperbolehkan), 1 tertulis tetapi ada galat,',
      '2 bila salah penggunaan (kode wilayah salah, folder tidak kosong, path tidak dapat ditulis).',
    ].join('\n'),
  } satisfies CliText,
  regionFlag: {
    en: 'Kemendagri code of the regency or city, PP.RR (for example 33.25 for Kabupaten Batang).',
    id: 'Kode Kemendagri kabupaten/kota, PP.RR (misalnya 33.25 untuk Kabupaten Batang).',
  } satisfies CliText,
  nameFlag: {
    en: 'The place the mall is named after ("Mal Pelayanan Publik <name>"). Default: the regency or city name from the region table.',
    id: 'Nama tempat yang dipakai nama mal ("Mal Pelayanan Publik <nama>"). Bawaan: nama kabupaten/kota dari tabel wilayah.',
  } satisfies CliText,
  schemaFlag: {
    en: 'Path or URL of the JSON Schema for the editor modeline; a path is written relative to each file.',
    id: 'Path atau URL JSON Schema untuk modeline editor; path ditulis relatif terhadap setiap berkas.',
  } satisfies CliText,
  forceFlag: {
    en: 'Write into a folder that is not empty (existing files are kept, never overwritten).',
    id: 'Tulis ke folder yang tidak kosong (berkas yang sudah ada dibiarkan, tidak pernah ditimpa).',
  } satisfies CliText,
  missingRegion: {
    en: () =>
      'Give the Kemendagri code of the regency or city as --region PP.RR, for example --region 33.25 (Kabupaten Batang).',
    id: () =>
      'Berikan kode Kemendagri kabupaten/kota sebagai --region PP.RR, misalnya --region 33.25 (Kabupaten Batang).',
  },
  controlCharacter: {
    en: (p: { flag: string }) =>
      `--${p.flag} holds a line break or another control character, which would end up in the YAML files. Give it on one line, without control characters.`,
    id: (p: { flag: string }) =>
      `--${p.flag} memuat pindah baris atau karakter kontrol lain, yang akan masuk ke berkas YAML. Tulis dalam satu baris, tanpa karakter kontrol.`,
  },
  badRegion: {
    en: (p: { message: string }) =>
      `${p.message} Give a regency or city code PP.RR, for example --region 33.25 (Kabupaten Batang).`,
    id: (p: { message: string }) =>
      `${p.message} Berikan kode kabupaten/kota PP.RR, misalnya --region 33.25 (Kabupaten Batang).`,
  },
  provinceRegion: {
    en: (p: { code: string; name: string; examples: readonly string[] }) =>
      `${p.code} is a province (${p.name}), but a mall belongs to a regency or city: give its code PP.RR, for example ${p.examples.join(' or ')}.`,
    id: (p: { code: string; name: string; examples: readonly string[] }) =>
      `${p.code} adalah provinsi (${p.name}), sedangkan mal milik kabupaten/kota: berikan kodenya PP.RR, misalnya ${p.examples.join(' atau ')}.`,
  },
  districtRegion: {
    en: (p: { code: string; name: string; parentCode: string; parentName: string }) =>
      `${p.code} is a district (kecamatan ${p.name}), but a mall belongs to a regency or city: give --region ${p.parentCode} (${p.parentName}).`,
    id: (p: { code: string; name: string; parentCode: string; parentName: string }) =>
      `${p.code} adalah kecamatan (${p.name}), sedangkan mal milik kabupaten/kota: berikan --region ${p.parentCode} (${p.parentName}).`,
  },
  notADirectory: {
    en: (p: { dir: string }) =>
      `"${p.dir}" exists and is not a folder: give the path of a new or empty folder.`,
    id: (p: { dir: string }) =>
      `"${p.dir}" sudah ada dan bukan folder: berikan path folder baru atau kosong.`,
  },
  notEmpty: {
    en: (p: { dir: string; entries: readonly string[] }) =>
      `Folder "${p.dir}" is not empty (it has ${p.entries.join(', ')}). Choose a new or empty folder, or add --force to add the missing files (existing files are never overwritten).`,
    id: (p: { dir: string; entries: readonly string[] }) =>
      `Folder "${p.dir}" tidak kosong (berisi ${p.entries.join(', ')}). Pilih folder baru atau kosong, atau tambahkan --force untuk menambah berkas yang belum ada (berkas yang sudah ada tidak pernah ditimpa).`,
  },
  cannotWrite: {
    en: (p: { path: string; reason: string }) => `Cannot write "${p.path}": ${p.reason}.`,
    id: (p: { path: string; reason: string }) => `Tidak dapat menulis "${p.path}": ${p.reason}.`,
  },
  created: {
    en: (p: { name: string; dir: string; code: string; province: string; timeZone: string }) =>
      `Created ${p.name} in ${p.dir} (region ${p.code}, ${p.province}; time zone ${p.timeZone}):`,
    id: (p: { name: string; dir: string; code: string; province: string; timeZone: string }) =>
      `${p.name} dibuat di ${p.dir} (wilayah ${p.code}, ${p.province}; zona waktu ${p.timeZone}):`,
  },
  kept: {
    en: (p: { file: string }) => `${p.file} (exists: kept, not overwritten)`,
    id: (p: { file: string }) => `${p.file} (sudah ada: dibiarkan, tidak ditimpa)`,
  },
  valid: {
    en: (p: { summary: string }) => `Validated: ${p.summary}.`,
    id: (p: { summary: string }) => `Divalidasi: ${p.summary}.`,
  },
  invalid: {
    en: (p: { dir: string }) =>
      `The files were written, but the mall has errors (above). Fix them, then run: mpp validate ${p.dir}`,
    id: (p: { dir: string }) =>
      `Berkas sudah ditulis, tetapi mal memiliki galat (di atas). Perbaiki, lalu jalankan: mpp validate ${p.dir}`,
  },
  nextStepsHeading: { en: 'Next steps:', id: 'Langkah berikutnya:' } satisfies CliText,
  nextSteps: {
    en: (p: { dir: string }) => [
      'Open the folder in VS Code with the YAML extension (redhat.vscode-yaml): keys complete and explain themselves on hover.',
      'Replace every value marked EXAMPLE (address, opening hours, service times); add your agencies, counters and services.',
      `Check your changes: mpp validate ${p.dir}`,
      'Guide for regional staff: docs/guide-regional-staff.md in the mpp-kit repository.',
    ],
    id: (p: { dir: string }) => [
      'Buka folder di VS Code dengan ekstensi YAML (redhat.vscode-yaml): kunci dilengkapi otomatis dan dijelaskan saat disorot.',
      'Ganti setiap nilai bertanda CONTOH (alamat, jam layanan, waktu layanan); tambahkan instansi, gerai, dan layanan Anda.',
      `Periksa perubahan Anda: mpp validate ${p.dir}`,
      'Panduan untuk petugas daerah: docs/guide-regional-staff.md di repositori mpp-kit.',
    ],
  },
  installSchema: {
    en: (p: { schema: string }) =>
      `For editor support, install the schema where the modeline expects it (${p.schema}): npm install --save-dev @mpp-kit/schemas in the new folder, or change the "$schema=" path on the first line of each file.`,
    id: (p: { schema: string }) =>
      `Agar editor membantu, pasang skema di tempat yang dirujuk modeline (${p.schema}): npm install --save-dev @mpp-kit/schemas di folder baru, atau ubah path "$schema=" pada baris pertama setiap berkas.`,
  },
} as const;
