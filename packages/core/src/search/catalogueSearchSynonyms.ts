import type { SearchSynonym } from '@mpp-kit/schemas';

/**
 * The Indonesian synonyms and misspellings mpp-kit's catalogue search knows without any
 * configuration: spellings of the same word (akte/akta, ijin/izin, sertipikat/sertifikat,
 * praktek/praktik …), the names citizens still use for renamed permits (IMB → PBG, SIUP or "izin
 * usaha" → NIB, SKKB → SKCK), word roots (lahir → kelahiran, nikah → perkawinan) and everyday
 * names of agencies (dukcapil, polisi, BPN, listrik → PLN). A mall adds its own under
 * `mall.search.synonyms`; both lists apply.
 *
 * @example
 * ```ts
 * catalogueSearchSynonyms.find((entry) => entry.terms.includes('imb'))?.find; // ['pbg']
 * ```
 */
export const catalogueSearchSynonyms: readonly SearchSynonym[] = [
  // The same word, written differently (both ways).
  { terms: ['akta', 'akte'] },
  { terms: ['izin', 'ijin'] },
  { terms: ['paspor', 'pasport', 'pasfor', 'passport'] },
  { terms: ['sertifikat', 'sertipikat', 'sertifikad'] },
  { terms: ['ktp', 'ektp', 'ktpel'] },
  { terms: ['praktik', 'praktek'] },
  { terms: ['apotek', 'apotik'] },
  { terms: ['nib', 'nomor induk berusaha'] },
  { terms: ['rekomendasi', 'rekomendasai', 'rekom'] },
  { terms: ['perpanjangan', 'perpanjang', 'memperpanjang'] },
  { terms: ['penggantian', 'ganti', 'mengganti'] },
  { terms: ['hilang', 'kehilangan'] },
  // Old or everyday names of today's services (one way).
  { terms: ['imb', 'izin mendirikan bangunan'], find: ['pbg'] },
  { terms: ['siup', 'tdp', 'izin usaha', 'surat izin usaha perdagangan'], find: ['nib'] },
  { terms: ['skkb', 'surat kelakuan baik'], find: ['skck'] },
  { terms: ['kis', 'bpjs kesehatan'], find: ['jkn'] },
  { terms: ['jamsostek'], find: ['bpjs', 'ketenagakerjaan'] },
  { terms: ['tki', 'tkw', 'pekerja migran'], find: ['pmi', 'cpmi'] },
  { terms: ['baliho', 'spanduk', 'papan nama'], find: ['reklame'] },
  { terms: ['uji kendaraan', 'uji berkala'], find: ['kir'] },
  { terms: ['surat tanah'], find: ['sertifikat', 'tanah'] },
  // Word roots and their nouns (one way).
  { terms: ['lahir', 'melahirkan'], find: ['kelahiran'] },
  { terms: ['mati', 'meninggal', 'wafat'], find: ['kematian'] },
  { terms: ['nikah', 'menikah', 'kawin', 'pernikahan'], find: ['perkawinan'] },
  { terms: ['pindahan', 'pindah rumah'], find: ['pindah'] },
  { terms: ['bangun', 'membangun'], find: ['bangunan'] },
  // Everyday names of agencies (one way).
  { terms: ['dukcapil', 'capil', 'catatan sipil'], find: ['disdukcapil'] },
  { terms: ['polisi', 'kepolisian', 'polri'], find: ['polres'] },
  { terms: ['bpn', 'agraria'], find: ['pertanahan'] },
  { terms: ['imigrasi'], find: ['kanim'] },
  { terms: ['listrik'], find: ['pln'] },
  { terms: ['air minum', 'air bersih', 'pam'], find: ['pdam'] },
  { terms: ['pajak daerah'], find: ['bpkpad'] },
  { terms: ['kantor pajak'], find: ['kpp'] },
];

/**
 * Words the search leaves out of a query when it has others ("cara bikin paspor" searches
 * "paspor"): question and request words in Indonesian and English.
 *
 * @example
 * ```ts
 * catalogueSearchStopwords.includes('cara'); // true
 * ```
 */
export const catalogueSearchStopwords: readonly string[] = [
  'cara',
  'bagaimana',
  'gimana',
  'bikin',
  'buat',
  'membuat',
  'urus',
  'mengurus',
  'ngurus',
  'pengurusan',
  'syarat',
  'persyaratan',
  'mau',
  'ingin',
  'saya',
  'di',
  'ke',
  'dan',
  'yang',
  'untuk',
  'dengan',
  'how',
  'to',
  'do',
  'get',
  'the',
  'for',
  'of',
  'my',
  'apply',
];
