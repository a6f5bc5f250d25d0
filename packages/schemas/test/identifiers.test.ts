import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  kbli,
  kbliPattern,
  nib,
  nibPattern,
  nik,
  nikPattern,
  npwp,
  npwpPattern,
  parseKbli,
  parseNib,
  parseNik,
  parseNpwp,
  parseRegionCode,
  regionCode,
  regionCodePattern,
  type IdentifierResult,
} from '../src/identifiers/index.js';
import { detailIn } from './_detailIn.js';
import { localizeIssue } from '@mpp-kit/schemas';

/** The English details of a failed result (throws when the result is ok). */
function details(result: IdentifierResult<unknown>): string[] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.issues.map((issue) => detailIn(issue, 'en'));
}

/** The Indonesian details of a failed result. */
function detailsId(result: IdentifierResult<unknown>): string[] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.issues.map((issue) => detailIn(issue, 'id'));
}

describe('parseNik', () => {
  it.each([
    // input, birthDate, sex, districtCode
    ['3325010101900001', '1990-01-01', 'male', '33.25.01'],
    ['3325 0101 0190 0001', '1990-01-01', 'male', '33.25.01'],
    ['3325.0101.0190.0001', '1990-01-01', 'male', '33.25.01'],
    ['3325-0101-0190-0001', '1990-01-01', 'male', '33.25.01'],
    ['  3325010101900001\n', '1990-01-01', 'male', '33.25.01'],
    // a woman: day + 40 (45 = 5 December 1985), Banyuputih
    ['3325154512850123', '1985-12-05', 'female', '33.25.15'],
    ['3325117112990001', '1999-12-31', 'female', '33.25.11'],
    // 29 February in a leap year, for a man and for a woman
    ['3325012902840001', '1984-02-29', 'male', '33.25.01'],
    ['3325016902840002', '1984-02-29', 'female', '33.25.01'],
    // 29-02-00 is 2000-02-29: the latest century not after today
    ['3325012902000001', '2000-02-29', 'male', '33.25.01'],
    ['3325016902000001', '2000-02-29', 'female', '33.25.01'],
    // YY = 05 reads 2005, the latest year ending in 05 that is not after today
    ['3325010101050001', '2005-01-01', 'male', '33.25.01'],
    // district digits are not checked against the table (only against 00)
    ['3325990101900001', '1990-01-01', 'male', '33.25.99'],
    ['3171010101900001', '1990-01-01', 'male', '31.71.01'],
  ] as const)('accepts %j', (input, birthDate, sex, districtCode) => {
    const result = parseNik(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.birthDate).toBe(birthDate);
    expect(result.value.sex).toBe(sex);
    expect(result.value.districtCode).toBe(districtCode);
    expect(result.value.nik).toMatch(nikPattern);
  });

  it('takes a Batang NIK apart into dotted Kemendagri codes', () => {
    expect(parseNik('3325 0101 0190 0001', { referenceDate: '2026-12-04' })).toEqual({
      ok: true,
      value: {
        nik: '3325010101900001',
        provinceCode: '33',
        regencyCode: '33.25',
        districtCode: '33.25.01',
        birthDate: '1990-01-01',
        birthCentury: { inferred: true, referenceDate: '2026-12-04', source: 'caller' },
        sex: 'male',
        serial: '0001',
      },
    });
  });

  it.each([
    ['332501010190000', ['NIK must have 16 digits, got 15']],
    ['33250101019000011', ['NIK must have 16 digits, got 17']],
    ['', ['NIK is empty; it must have 16 digits']],
    [' .- ', ['NIK is empty; it must have 16 digits']],
    ['9925010101900001', ['province code 99 does not exist in the Kemendagri region table']],
    [
      '3399010101900001',
      [
        'regency code 33.99 does not exist in the Kemendagri region table (province 33 is Jawa Tengah)',
      ],
    ],
    ['3325000101900001', ['district code 33.25.00 does not exist (digits 5–6 must be 01–99)']],
    [
      '3325012902010001',
      [
        'birth date 29-02-2001 does not exist: 2001 is not a leap year (the century is the latest that does not put the birth after 2026-12-04)',
      ],
    ],
    [
      '3325016902010001',
      [
        'birth date 29-02-2001 does not exist: 2001 is not a leap year (the century is the latest that does not put the birth after 2026-12-04); the NIK holds 69 = 29 + 40 for a woman',
      ],
    ],
    ['3325013104900001', ['birth date 31-04-1990 does not exist']],
    [
      '3325017102900001',
      ['birth date 31-02-1990 does not exist; the NIK holds 71 = 31 + 40 for a woman'],
    ],
    [
      '3325010001900001',
      ['birth day 00 (digits 7–8) must be 01–31, or 41–71 for a woman (day + 40)'],
    ],
    [
      '3325013501900001',
      ['birth day 35 (digits 7–8) must be 01–31, or 41–71 for a woman (day + 40)'],
    ],
    [
      '3325017201900001',
      ['birth day 72 (digits 7–8) must be 01–31, or 41–71 for a woman (day + 40)'],
    ],
    ['3325010113900001', ['birth month 13 (digits 9–10) does not exist; it must be 01–12']],
    ['3325010100900001', ['birth month 00 (digits 9–10) does not exist; it must be 01–12']],
    [
      '3325010101900000',
      ['serial number 0000 (digits 13–16) is not allowed; it must be 0001–9999'],
    ],
    [
      '3325O10101900001',
      ['contains "O": only digits and the separators space, dot and dash are allowed'],
    ],
    [
      3325010101900001,
      [
        'expected a string, got the number 3325010101900001; quote it ("3325010101900001") so leading zeros are kept',
      ],
    ],
    [null, ['expected a string, got null']],
    [undefined, ['expected a string, got undefined']],
    [['3325010101900001'], ['expected a string, got array']],
  ])('rejects %j', (input, expected) => {
    expect(details(parseNik(input, { referenceDate: '2026-12-04' }))).toEqual(expected);
  });

  it('collects every problem of one NIK', () => {
    expect(details(parseNik('9925003213900000'))).toEqual([
      'province code 99 does not exist in the Kemendagri region table',
      'district code 99.25.00 does not exist (digits 5–6 must be 01–99)',
      'birth day 32 (digits 7–8) must be 01–31, or 41–71 for a woman (day + 40)',
      'birth month 13 (digits 9–10) does not exist; it must be 01–12',
      'serial number 0000 (digits 13–16) is not allowed; it must be 0001–9999',
    ]);
  });

  it('says what is wrong in Indonesian too', () => {
    expect(detailsId(parseNik('3325013102900001'))).toEqual(['tanggal lahir 31-02-1990 tidak ada']);
    expect(detailsId(parseNik('332501010190000'))).toEqual([
      'NIK harus terdiri atas 16 digit, bukan 15',
    ]);
    expect(detailsId(parseNik('9925010101900001'))).toEqual([
      'kode provinsi 99 tidak ada dalam tabel wilayah Kemendagri',
    ]);
    expect(detailsId(parseNik('3325012902010001', { referenceDate: '2026-12-04' }))).toEqual([
      'tanggal lahir 29-02-2001 tidak ada: 2001 bukan tahun kabisat (abadnya adalah yang terakhir yang tidak menempatkan kelahiran sesudah 2026-12-04)',
    ]);
  });

  it('reports invalid_identifier issues with an English message and every param', () => {
    const result = parseNik('9925010101900001');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_identifier',
          severity: 'error',
          message: 'Invalid NIK: province code 99 does not exist in the Kemendagri region table.',
          path: [],
          params: {
            format: 'NIK',
            detail: {
              en: 'province code 99 does not exist in the Kemendagri region table',
              id: 'kode provinsi 99 tidak ada dalam tabel wilayah Kemendagri',
            },
          },
        },
      ],
    });
  });
});

describe('parseNpwp', () => {
  it.each([
    // 15 digits: digit 9 is the Luhn check digit of digits 1–8 (worked by hand:
    // 12345678 -> 1 + 4 + 3 + 8 + 5 + 3 + 7 + 7 = 38 -> check digit 2)
    ['12.345.678.2-345.000', '123456782345000', 'legacy15'],
    ['123456782345000', '123456782345000', 'legacy15'],
    // real-format NPWPs as printed on public documents
    ['01.000.013.1-093.000', '010000131093000', 'legacy15'],
    ['01.001.629.3-051.000', '010016293051000', 'legacy15'],
    ['09.254.294.3-407.000', '092542943407000', 'legacy15'],
    // 16 digits: 0 + the old 15
    ['0123456782345000', '0123456782345000', 'padded16'],
    ['0 12.345.678.2-345.000', '0123456782345000', 'padded16'],
    // 16 digits: a NIK
    ['3325010101900001', '3325010101900001', 'nik'],
    ['3325 0141 0190 0001', '3325014101900001', 'nik'],
  ] as const)('accepts %j', (input, digits, form) => {
    expect(parseNpwp(input)).toEqual({ ok: true, value: { npwp: digits, form } });
  });

  it.each([
    [
      '12.345.678.9-345.000',
      ['check digit 9 (digit 9) does not match digits 1–8: their Luhn check digit is 2'],
    ],
    [
      '09.254.294.4-407.000',
      ['check digit 4 (digit 9) does not match digits 1–8: their Luhn check digit is 3'],
    ],
    [
      '01.000.013.0-093.000',
      ['check digit 0 (digit 9) does not match digits 1–8: their Luhn check digit is 1'],
    ],
    ['00.000.000.0-000.000', ['000000000000000 is the placeholder for "no NPWP", not an NPWP']],
    [
      '0123456789345000',
      [
        'a 16-digit NPWP starting with 0 must be 0 + a valid 15-digit NPWP: check digit 9 (digit 10) does not match digits 2–9: their Luhn check digit is 2',
      ],
    ],
    [
      '0000000000000000',
      [
        'a 16-digit NPWP starting with 0 must be 0 + a valid 15-digit NPWP: 0000000000000000 is the placeholder for "no NPWP", not an NPWP',
      ],
    ],
    [
      '9925010101900001',
      [
        'a 16-digit NPWP not starting with 0 must be a valid NIK: province code 99 does not exist in the Kemendagri region table',
      ],
    ],
    [
      '3325013102900001',
      [
        'a 16-digit NPWP not starting with 0 must be a valid NIK: birth date 31-02-1990 does not exist',
      ],
    ],
    ['12345678234500', ['NPWP must have 15 or 16 digits, got 14']],
    ['12345678234500011', ['NPWP must have 15 or 16 digits, got 17']],
    ['', ['NPWP is empty; it must have 15 or 16 digits']],
    [
      '12.345.678.2/345.000',
      ['contains "/": only digits and the separators space, dot and dash are allowed'],
    ],
  ])('rejects %j', (input, expected) => {
    expect(details(parseNpwp(input))).toEqual(expected);
  });

  it('says what is wrong in Indonesian too', () => {
    expect(detailsId(parseNpwp('12.345.678.9-345.000'))).toEqual([
      'digit pemeriksa 9 (digit ke-9) tidak cocok dengan digit ke-1–8: digit pemeriksa Luhn-nya 2',
    ]);
    expect(detailsId(parseNpwp('1234'))).toEqual([
      'NPWP harus terdiri atas 15 atau 16 digit, bukan 4',
    ]);
  });
});

describe('parseNib', () => {
  it.each([
    ['1234567890123', '1234567890123'],
    ['1234 5678 90123', '1234567890123'],
    ['1234-5678-90123', '1234567890123'],
    ['0220000000001', '0220000000001'],
  ])('accepts %j', (input, digits) => {
    expect(parseNib(input)).toEqual({ ok: true, value: { nib: digits } });
  });

  it.each([
    ['123456789012', ['NIB must have 13 digits, got 12']],
    ['12345678901234', ['NIB must have 13 digits, got 14']],
    ['', ['NIB is empty; it must have 13 digits']],
    [
      'NIB1234567890123',
      ['contains "N", "I", "B": only digits and the separators space, dot and dash are allowed'],
    ],
    [
      1234567890123,
      [
        'expected a string, got the number 1234567890123; quote it ("1234567890123") so leading zeros are kept',
      ],
    ],
  ])('rejects %j', (input, expected) => {
    expect(details(parseNib(input))).toEqual(expected);
  });
});

describe('parseKbli', () => {
  it.each([
    ['47111', '47111'],
    ['47 111', '47111'],
    ['01111', '01111'],
  ])('accepts %j', (input, digits) => {
    expect(parseKbli(input)).toEqual({ ok: true, value: { kbli: digits } });
  });

  it.each([
    ['4711', ['KBLI code (KBLI 2020) must have 5 digits, got 4']],
    ['471110', ['KBLI code (KBLI 2020) must have 5 digits, got 6']],
    ['', ['KBLI code (KBLI 2020) is empty; it must have 5 digits']],
    [1111, ['expected a string, got the number 1111; quote it ("1111") so leading zeros are kept']],
  ])('rejects %j', (input, expected) => {
    expect(details(parseKbli(input))).toEqual(expected);
  });

  it('says what is wrong in Indonesian too', () => {
    expect(detailsId(parseKbli('4711'))).toEqual([
      'kode KBLI (KBLI 2020) harus terdiri atas 5 digit, bukan 4',
    ]);
  });
});

describe('parseRegionCode', () => {
  it.each([
    ['33', { code: '33', level: 'province', name: 'Jawa Tengah' }],
    ['3325', { code: '33.25', level: 'regency', name: 'Kabupaten Batang' }],
    ['33 25', { code: '33.25', level: 'regency', name: 'Kabupaten Batang' }],
    ['33.25', { code: '33.25', level: 'regency', name: 'Kabupaten Batang' }],
    ['33-25', { code: '33.25', level: 'regency', name: 'Kabupaten Batang' }],
    ['33.25.01', { code: '33.25.01', level: 'district', name: 'Wonotunggal' }],
    ['332515', { code: '33.25.15', level: 'district', name: 'Banyuputih' }],
    ['31.71', { code: '31.71', level: 'regency', name: 'Kota Administrasi Jakarta Pusat' }],
    [
      '33.25.01.2001',
      {
        code: '33.25.01.2001',
        level: 'village',
        districtCode: '33.25.01',
        districtName: 'Wonotunggal',
      },
    ],
    [
      '3325011001',
      {
        code: '33.25.01.1001',
        level: 'village',
        districtCode: '33.25.01',
        districtName: 'Wonotunggal',
      },
    ],
  ])('accepts %j', (input, value) => {
    expect(parseRegionCode(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['99', ['province code 99 does not exist in the Kemendagri region table']],
    [
      '33.99',
      [
        'regency code 33.99 does not exist in the Kemendagri region table (province 33 is Jawa Tengah)',
      ],
    ],
    [
      '33.25.16',
      [
        'district code 33.25.16 does not exist in the Kemendagri region table (Kabupaten Batang has 15 districts)',
      ],
    ],
    [
      '33.25.16.2001',
      [
        'district code 33.25.16 does not exist in the Kemendagri region table (Kabupaten Batang has 15 districts)',
      ],
    ],
    [
      '33.25.01.0000',
      ['village code 33.25.01.0000 does not exist: its last 4 digits must be 0001–9999'],
    ],
    [
      '333',
      ['region code must have 2, 4, 6 or 10 digits (PP, PP.RR, PP.RR.SS or PP.RR.SS.DDDD), got 3'],
    ],
    [
      '33.25.1',
      ['region code must have 2, 4, 6 or 10 digits (PP, PP.RR, PP.RR.SS or PP.RR.SS.DDDD), got 5'],
    ],
    [
      '',
      [
        'region code is empty; it must have 2, 4, 6 or 10 digits (PP, PP.RR, PP.RR.SS or PP.RR.SS.DDDD)',
      ],
    ],
    [
      33.25,
      ['expected a string, got the number 33.25; quote it ("33.25") so leading zeros are kept'],
    ],
  ])('rejects %j', (input, expected) => {
    expect(details(parseRegionCode(input))).toEqual(expected);
  });

  it('names the format in Indonesian in the message', () => {
    const result = parseRegionCode('33.99');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.params).toMatchObject({ format: 'region code' });
    expect(detailIn(result.issues[0]!, 'id')).toBe(
      'kode kabupaten/kota 33.99 tidak ada dalam tabel wilayah Kemendagri (provinsi 33 adalah Jawa Tengah)',
    );
    expect(localizeIssue(result.issues[0]!, 'id').message).toMatch(/^Kode wilayah tidak valid: /);
  });
});

describe('zod schemas', () => {
  it.each([
    ['nik', nik, '3325.0101.0190.0001', '3325010101900001'],
    ['npwp', npwp, '01.000.013.1-093.000', '010000131093000'],
    ['npwp', npwp, '3325 0101 0190 0001', '3325010101900001'],
    ['nib', nib, '1234-5678-90123', '1234567890123'],
    ['kbli', kbli, '47 111', '47111'],
    ['regionCode', regionCode, '3325', '33.25'],
    ['regionCode', regionCode, '33 25', '33.25'],
    ['regionCode', regionCode, '33.25.01', '33.25.01'],
    ['regionCode', regionCode, '3325012001', '33.25.01.2001'],
  ] as const)('%s outputs the canonical value of %j', (_name, schema, input, output) => {
    expect(schema.parse(input)).toBe(output);
  });

  it.each([
    [
      nik,
      '9925010101900001',
      'Invalid NIK: province code 99 does not exist in the Kemendagri region table.',
      'NIK',
    ],
    [npwp, '123', 'Invalid NPWP: NPWP must have 15 or 16 digits, got 3.', 'NPWP'],
    [nib, '123', 'Invalid NIB: NIB must have 13 digits, got 3.', 'NIB'],
    [kbli, '123', 'Invalid KBLI: KBLI code (KBLI 2020) must have 5 digits, got 3.', 'KBLI'],
    [
      regionCode,
      '33.25.16',
      'Invalid region code: district code 33.25.16 does not exist in the Kemendagri region table (Kabupaten Batang has 15 districts).',
      'region code',
    ],
  ] as const)(
    'reports a custom issue with a message and params (%#)',
    (schema, input, message, format) => {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      const issue = result.error?.issues[0];
      expect(issue).toMatchObject({ code: 'custom', message, path: [], params: { format } });
      expect(issue?.code === 'custom' ? issue.params?.['detail'] : undefined).toEqual({
        en: expect.any(String),
        id: expect.any(String),
      });
    },
  );

  it('reports every NIK problem as its own zod issue', () => {
    const result = nik.safeParse('9925003213900000');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Invalid NIK: province code 99 does not exist in the Kemendagri region table.',
      'Invalid NIK: district code 99.25.00 does not exist (digits 5–6 must be 01–99).',
      'Invalid NIK: birth day 32 (digits 7–8) must be 01–31, or 41–71 for a woman (day + 40).',
      'Invalid NIK: birth month 13 (digits 9–10) does not exist; it must be 01–12.',
      'Invalid NIK: serial number 0000 (digits 13–16) is not allowed; it must be 0001–9999.',
    ]);
  });

  it('reports a non-string with zod’s own invalid_type issue', () => {
    const result = kbli.safeParse(47111);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
  });

  it('works inside an object schema, with the path of the field', () => {
    const applicant = z.object({ nik, domicile: regionCode });
    expect(applicant.parse({ nik: '3325 0101 0190 0001', domicile: '33 25' })).toEqual({
      nik: '3325010101900001',
      domicile: '33.25',
    });
    const result = applicant.safeParse({ nik: '3325010101900001', domicile: '33.99' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['domicile']]);
  });
});

describe('patterns for JSON Schema', () => {
  it.each([
    ['33', true],
    ['33.25', true],
    ['33.25.01', true],
    ['33.25.01.2001', true],
    ['3325', false],
    ['33 25', false],
    ['33.25.1', false],
    ['33.25.01.201', false],
    ['33.25.01.2001.1', false],
    ['', false],
  ])('regionCodePattern on %j is %s', (input, expected) => {
    expect(regionCodePattern.test(input)).toBe(expected);
  });

  it('matches the canonical output of each schema', () => {
    expect(nik.parse('3325 0101 0190 0001')).toMatch(nikPattern);
    expect(npwp.parse('12.345.678.2-345.000')).toMatch(npwpPattern);
    expect(nib.parse('1234 5678 90123')).toMatch(nibPattern);
    expect(kbli.parse('47 111')).toMatch(kbliPattern);
    expect(regionCode.parse('332501')).toMatch(regionCodePattern);
  });

  it('is usable as a JSON Schema pattern', () => {
    expect(new RegExp(regionCodePattern.source, 'u').test('33.25')).toBe(true);
  });
});
