import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '@mpp-kit/schemas';
import type { AuditFinding, MallStore, SignedChainHead } from '@mpp-kit/core';
import { defineCommand, type CommandContext } from '../Command.js';
import { escapeControl } from '../_ansi.js';
import { storeFlag, withServedStore } from './_serverCommand.js';

const actions = ['key', 'heads', 'verify'] as const;
type Action = (typeof actions)[number];

/** What each finding means, for the person reading the audit. */
const problemText: Record<AuditFinding['problem'], Record<Locale, string>> = {
  edited: {
    en: 'an event no longer matches its hash (edited)',
    id: 'sebuah peristiwa tidak lagi cocok dengan hash-nya (diubah)',
  },
  removed: {
    en: 'events are missing: cut from the log, or below a signed head',
    id: 'ada peristiwa yang hilang: dipotong dari log, atau di bawah head yang ditandatangani',
  },
  reordered: { en: 'events are out of order', id: 'urutan peristiwa tidak sesuai' },
  'broken-link': {
    en: 'the chain is broken (an event inserted or relinked, or the version does not match)',
    id: 'rantai terputus (peristiwa disisipkan atau ditautkan ulang, atau versi tidak cocok)',
  },
  'head-mismatch': {
    en: 'the event a signed head names is not in the log: the chain was rewritten',
    id: 'peristiwa yang disebut head bertanda tangan tidak ada di log: rantai ditulis ulang',
  },
  refused: {
    en: 'the lifecycle does not accept this event on replay',
    id: 'siklus hidup tidak menerima peristiwa ini saat diputar ulang',
  },
  'record-mismatch': {
    en: 'the application record is not what its events give (edited behind the runtime)',
    id: 'catatan permohonan tidak sesuai dengan peristiwanya (diubah di luar runtime)',
  },
  missing: {
    en: 'a signed head names this application, but the store does not have it',
    id: 'head bertanda tangan menyebut permohonan ini, tetapi penyimpanan tidak memilikinya',
  },
  unanchored: {
    en: 'created before the latest signed heads, yet none names it',
    id: 'dibuat sebelum head bertanda tangan terakhir, tetapi tidak ada head yang menyebutnya',
  },
  'bad-signature': {
    en: 'a line of the heads file is not signed by this key, or was changed',
    id: 'sebuah baris berkas head tidak ditandatangani kunci ini, atau telah diubah',
  },
};

/** What `mpp audit` prints, in English and Indonesian. */
export const auditMessages = {
  badAction: {
    en: (action: string) => `the first argument must be key, heads or verify, not "${action}".`,
    id: (action: string) => `argumen pertama harus key, heads atau verify, bukan "${action}".`,
  },
  needKey: {
    en: (action: string) =>
      `${action} needs --key <file> (the audit key; make one with \`mpp audit key --out audit-key.pem\`).`,
    id: (action: string) =>
      `${action} memerlukan --key <berkas> (kunci audit; buat dengan \`mpp audit key --out audit-key.pem\`).`,
  },
  needOut: {
    en: 'key needs --out <file>: where to write the private key.',
    id: 'key memerlukan --out <berkas>: tempat menulis kunci privat.',
  },
  exists: {
    en: (file: string) => `${file} exists already: nothing was written. Choose another --out.`,
    id: (file: string) => `${file} sudah ada: tidak ada yang ditulis. Pilih --out lain.`,
  },
  keyWritten: {
    en: (id: string, file: string, pub: string) =>
      `Audit key ${id}: private key in ${file} (keep it away from the database), public key in ${pub} (give it to whoever keeps the heads).\n`,
    id: (id: string, file: string, pub: string) =>
      `Kunci audit ${id}: kunci privat di ${file} (jauhkan dari basis data), kunci publik di ${pub} (berikan kepada penyimpan head).\n`,
  },
  badKey: {
    en: (file: string) =>
      `Cannot use ${file} as the audit key: it is missing or not an Ed25519 key in PEM. Make one with \`mpp audit key --out audit-key.pem\`.`,
    id: (file: string) =>
      `Tidak dapat memakai ${file} sebagai kunci audit: berkas tidak ada atau bukan kunci Ed25519 dalam PEM. Buat dengan \`mpp audit key --out audit-key.pem\`.`,
  },
  notPrivate: {
    en: (file: string) => `${file} is a public key: signing heads needs the private key.`,
    id: (file: string) =>
      `${file} adalah kunci publik: menandatangani head memerlukan kunci privat.`,
  },
  badHeads: {
    en: (file: string, lines: string) =>
      `Cannot read the heads file ${file}: line ${lines} is not a signed head. Nothing was checked.`,
    id: (file: string, lines: string) =>
      `Tidak dapat membaca berkas head ${file}: baris ${lines} bukan head bertanda tangan. Tidak ada yang diperiksa.`,
  },
  noHeadsFile: {
    en: (file: string) => `Cannot read the heads file ${file}: it does not exist.`,
    id: (file: string) => `Tidak dapat membaca berkas head ${file}: berkas tidak ada.`,
  },
  finding: {
    en: (id: string, at: string, text: string) => `${id}${at}: ${text}\n`,
    id: (id: string, at: string, text: string) => `${id}${at}: ${text}\n`,
  },
  atEvent: {
    en: (seq: number) => ` (event ${String(seq)})`,
    id: (seq: number) => ` (peristiwa ${String(seq)})`,
  },
  summary: {
    en: (checked: number, found: number) =>
      found === 0
        ? `${String(checked)} application${checked === 1 ? '' : 's'} checked: every chain and record holds.\n`
        : `${String(checked)} application${checked === 1 ? '' : 's'} checked: ${String(found)} problem${found === 1 ? '' : 's'}.\n`,
    id: (checked: number, found: number) =>
      found === 0
        ? `${String(checked)} permohonan diperiksa: semua rantai dan catatan utuh.\n`
        : `${String(checked)} permohonan diperiksa: ${String(found)} masalah.\n`,
  },
  signed: {
    en: (count: number, key: string) =>
      `${String(count)} head${count === 1 ? '' : 's'} signed with ${key}.\n`,
    id: (count: number, key: string) => `${String(count)} head ditandatangani dengan ${key}.\n`,
  },
  notSigned: {
    en: 'These applications fail the audit and were not signed:',
    id: 'Permohonan berikut gagal audit dan tidak ditandatangani:',
  },
} as const;

/**
 * `mpp audit key|heads|verify`: the signed heads of the audit chain. `key --out F` makes the
 * deployment's Ed25519 audit key (F, and its public half F.pub); `heads <mall> --store S --key F`
 * audits every application and signs the last link of each chain that holds, as JSON lines
 * (appended to `--out`, after checking the file's earlier heads; stdout without it); `verify
 * <mall> --store S [--heads H --key F]` audits every chain, every record against the replay of
 * its events, and — with a heads file a second party kept — that no signed link was rewritten,
 * cut or removed.
 *
 * @example
 * ```sh
 * mpp audit key --out /etc/mpp/audit-key.pem
 * mpp audit heads examples/batang --store var/{mall}.sqlite --key /etc/mpp/audit-key.pem --out heads.jsonl
 * mpp audit verify examples/batang --store var/{mall}.sqlite --heads heads.jsonl --key audit-key.pem.pub
 * ```
 */
export const auditCommand = defineCommand({
  name: 'audit',
  summary: {
    en: 'Sign the heads of the audit chains, and verify a store against them.',
    id: 'Tandatangani head rantai audit, dan verifikasi penyimpanan terhadapnya.',
  },
  description: {
    en: 'The first argument is key, heads or verify. Exit codes: 0 everything holds; 1 a problem was found (listed), the mall does not load, or the store cannot be opened; 2 usage error (a missing or unusable key or heads file).',
    id: 'Argumen pertama key, heads atau verify. Kode keluar: 0 semuanya utuh; 1 ada masalah (didaftar), mal tidak dapat dimuat, atau penyimpanan tidak dapat dibuka; 2 kesalahan penggunaan (kunci atau berkas head tidak ada atau tidak dapat dipakai).',
  },
  positionals: [{ name: 'action' }, { name: 'mall', required: false }],
  flags: [
    storeFlag,
    {
      name: 'key',
      type: 'string',
      valueName: 'pem-file',
      description: {
        en: 'heads: the private audit key; verify: the public (or private) key the heads were signed with.',
        id: 'heads: kunci audit privat; verify: kunci publik (atau privat) penanda tangan head.',
      },
    },
    {
      name: 'out',
      type: 'string',
      valueName: 'file',
      description: {
        en: 'key: where to write the private key (the public one goes to <file>.pub); heads: the heads file to append to.',
        id: 'key: tempat menulis kunci privat (kunci publik ke <berkas>.pub); heads: berkas head yang ditambahi.',
      },
    },
    {
      name: 'heads',
      type: 'string',
      valueName: 'file',
      description: {
        en: 'verify: the signed heads a second party kept (JSON lines).',
        id: 'verify: head bertanda tangan yang disimpan pihak kedua (baris JSON).',
      },
    },
    {
      name: 'json',
      type: 'boolean',
      description: {
        en: 'verify: print { checked, findings } as JSON.',
        id: 'verify: cetak { checked, findings } sebagai JSON.',
      },
    },
  ],
  examples: [
    'mpp audit key --out /etc/mpp/audit-key.pem',
    'mpp audit heads examples/batang --store var/{mall}.sqlite --key /etc/mpp/audit-key.pem --out heads.jsonl',
    'mpp audit verify examples/batang --store var/{mall}.sqlite --heads heads.jsonl --key audit-key.pem.pub',
  ],
  async run(context) {
    const { flags, io, locale } = context;
    const action = context.positionals[0] as Action;
    const fail = (code: number, text: string) => {
      io.stderr(`mpp: ${escapeControl(text)}\n`);
      return code;
    };
    if (!actions.includes(action)) return fail(2, auditMessages.badAction[locale](action));
    const core = await import('@mpp-kit/core');
    if (action === 'key') {
      if (flags.out === undefined) return fail(2, auditMessages.needOut[locale]);
      const file = resolve(io.cwd, flags.out);
      const pub = `${file}.pub`;
      if (existsSync(file) || existsSync(pub))
        return fail(2, auditMessages.exists[locale](existsSync(file) ? file : pub));
      const key = core.createAuditKey();
      writeFileSync(file, key.privateKeyPem, { mode: 0o600, flag: 'wx' });
      writeFileSync(pub, key.publicKeyPem, { mode: 0o644, flag: 'wx' });
      io.stdout(escapeControl(auditMessages.keyWritten[locale](key.keyId, file, pub)));
      return 0;
    }
    // heads signs with the key; verify needs one only to check a heads file.
    const needsKey = action === 'heads' || flags.heads !== undefined;
    if (needsKey && flags.key === undefined) return fail(2, auditMessages.needKey[locale](action));
    const keyFile = flags.key === undefined ? undefined : resolve(io.cwd, flags.key);
    const key = keyFile === undefined ? undefined : readKey(keyFile, core.parseAuditKey);
    if (keyFile !== undefined && key === undefined)
      return fail(2, auditMessages.badKey[locale](keyFile));
    if (action === 'heads' && key?.privateKey === undefined)
      return fail(2, auditMessages.notPrivate[locale](keyFile ?? ''));
    // verify: the heads file is required with a key; heads: the --out file's earlier heads.
    const headsFlag = action === 'verify' ? flags.heads : flags.out;
    let heads: SignedChainHead[] | undefined;
    if (headsFlag !== undefined) {
      const file = resolve(io.cwd, headsFlag);
      if (!existsSync(file)) {
        if (action === 'verify') return fail(2, auditMessages.noHeadsFile[locale](file));
      } else {
        const parsed = core.parseChainHeads(readFileSync(file, 'utf8'));
        if (parsed.badLines.length > 0)
          return fail(
            2,
            auditMessages.badHeads[locale](file, parsed.badLines.slice(0, 5).join(', ')),
          );
        heads = parsed.heads;
      }
    }
    return withServedStore(
      context,
      context.positionals[1] ?? '.',
      flags.store,
      async (mall, opened) => {
        const runtime = core.createMallRuntime(mall, { store: opened.store });
        const { checked, findings } = await core.auditMall(runtime, opened.store, {
          mallId: mall.mall.id,
          ...(heads === undefined || key === undefined ? {} : { heads, publicKey: key.publicKey }),
        });
        if (action === 'verify') {
          if (flags.json) io.stdout(`${JSON.stringify({ checked, findings }, null, 2)}\n`);
          else {
            for (const finding of findings) io.stdout(formatFinding(finding, locale));
            io.stdout(auditMessages.summary[locale](checked, findings.length));
          }
          return findings.length === 0 ? 0 : 1;
        }
        const privateKey = key?.privateKey;
        if (privateKey === undefined) return 2;
        return await signHeads(
          context,
          flags.out,
          opened.store,
          mall.mall.id,
          privateKey,
          findings,
        );
      },
    );
  },
});

function readKey<T>(file: string, parse: (pem: string) => T | undefined): T | undefined {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function formatFinding(finding: AuditFinding, locale: Locale): string {
  const at =
    finding.firstBadSeq === undefined ? '' : auditMessages.atEvent[locale](finding.firstBadSeq);
  return auditMessages.finding[locale](
    escapeControl(finding.applicationId),
    at,
    problemText[finding.problem][locale],
  );
}

/** Signs the last link of every application that passed the audit; lists those that did not. */
async function signHeads(
  context: CommandContext,
  out: string | undefined,
  store: MallStore,
  mallId: string,
  privateKey: import('node:crypto').KeyObject,
  findings: readonly AuditFinding[],
): Promise<number> {
  const { io, locale } = context;
  const core = await import('@mpp-kit/core');
  const failed = new Set(findings.map((finding) => finding.applicationId));
  const signedAt = new Date().toISOString();
  const heads: SignedChainHead[] = [];
  for await (const head of core.listChainHeads(store)) {
    if (failed.has(head.applicationId)) continue;
    heads.push(core.signChainHead({ mallId, signedAt, ...head }, privateKey));
  }
  const text = core.formatChainHeads(heads);
  if (out === undefined) io.stdout(text);
  else appendFileSync(resolve(io.cwd, out), text);
  const keyId = heads[0]?.keyId ?? core.auditKeyId(privateKey);
  io.stderr(auditMessages.signed[locale](heads.length, keyId));
  if (findings.length === 0) return 0;
  io.stderr(`${auditMessages.notSigned[locale]}\n`);
  for (const finding of findings) io.stderr(formatFinding(finding, locale));
  return 1;
}
