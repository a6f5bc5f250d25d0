/** Multipart forms with documents: streamed through busboy, checked, hashed, kept as blobs. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import type { DeskContext } from './_desk.js';

/** What a document upload became: its hash, size, type and name, as the application records it. */
export interface UploadedDocument {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly fileName: string;
}

/** Why an upload was refused. */
export type UploadProblem = 'too_large' | 'wrong_type';

/** A parsed form: its fields, its documents by field name, and the refused ones. */
export interface ParsedForm {
  readonly fields: ReadonlyMap<string, string>;
  readonly files: ReadonlyMap<string, UploadedDocument>;
  readonly problems: ReadonlyMap<string, UploadProblem>;
  /** Whether `_csrf` came first and matched (checked before any file was read). */
  readonly csrfOk: boolean;
}

/** The document types accepted, by their first bytes (never by the name or the browser's word). */
const signatures: readonly { readonly type: string; readonly bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The media type of a file from its first bytes, or undefined when it is none of the accepted. */
export function sniffDocumentType(head: Uint8Array): string | undefined {
  return signatures.find((s) => s.bytes.every((byte, i) => head[i] === byte))?.type;
}

/**
 * Reads a multipart form as it streams in: fields into a map; each file hashed (SHA-256) and
 * kept in memory only up to the limit, its type read from its first bytes (PDF, PNG, JPEG), then
 * stored in the mall's blob area. A file over the limit or of another type is dropped and named
 * in `problems`. The CSRF field must come before any file; if it does not match, files are not
 * kept.
 */
export async function readUploadForm(
  c: DeskContext,
  check: (csrf: string | undefined) => boolean,
): Promise<ParsedForm> {
  const desk = c.get('desk');
  const limit = desk.uploadLimitBytes;
  const body = c.req.raw.body;
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedDocument>();
  const problems = new Map<string, UploadProblem>();
  let csrfOk: boolean | undefined;
  const stores: Promise<void>[] = [];
  if (body === null) return { fields, files, problems, csrfOk: false };
  await new Promise<void>((resolve, reject) => {
    const parser = busboy({
      headers: { 'content-type': c.req.header('content-type') ?? '' },
      limits: { fileSize: limit, files: 60, fields: 200, fieldSize: 16 * 1024, parts: 300 },
    });
    parser.on('field', (name, value) => {
      if (name === '_csrf' && csrfOk === undefined) csrfOk = check(value);
      if (!fields.has(name)) fields.set(name, value);
    });
    parser.on('file', (name, stream, info) => {
      if (csrfOk !== true) {
        csrfOk = false;
        stream.resume();
        return;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
        chunks.push(chunk);
      });
      stream.on('limit', () => {
        problems.set(name, 'too_large');
        chunks.length = 0;
      });
      stream.on('end', () => {
        if (size === 0 && (info.filename ?? '') === '') return; // no file chosen
        if (problems.has(name)) return;
        const data = Buffer.concat(chunks);
        const mediaType = sniffDocumentType(data.subarray(0, 8));
        if (mediaType === undefined) {
          problems.set(name, 'wrong_type');
          return;
        }
        const document: UploadedDocument = {
          sha256: hash.digest('hex'),
          size,
          mediaType,
          fileName: (info.filename ?? '').replace(/[\\/\r\n\t]/g, '_').slice(-120) || 'dokumen',
        };
        files.set(name, document);
        stores.push(
          desk.served.state.web.putBlob({
            sha256: document.sha256,
            size,
            mediaType,
            data: new Uint8Array(data),
          }),
        );
      });
    });
    parser.on('error', reject);
    parser.on('close', () => {
      resolve();
    });
    Readable.fromWeb(body).pipe(parser);
  });
  await Promise.all(stores);
  return { fields, files, problems, csrfOk: csrfOk === true };
}

/**
 * A document kept across a re-rendered form, as a hidden field: its facts, signed with the
 * session's CSRF secret so that a form cannot name a file its sender did not upload.
 */
export function sealDocument(secret: string, requirementId: string, doc: UploadedDocument): string {
  const body = Buffer.from(JSON.stringify([requirementId, doc])).toString('base64url');
  const mac = createHmac('sha256', secret).update(body).digest('base64url');
  return `${body}.${mac}`;
}

/** The document of a sealed field, when the seal holds for this requirement. */
export function openDocument(
  secret: string,
  requirementId: string,
  sealed: string | undefined,
): UploadedDocument | undefined {
  if (sealed === undefined) return undefined;
  const [body, mac] = sealed.split('.');
  if (body === undefined || mac === undefined) return undefined;
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('base64url'));
  const actual = Buffer.from(mac);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  try {
    const [id, doc] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as [
      string,
      UploadedDocument,
    ];
    return id === requirementId ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** A stored document as a download: its own type, never sniffed by the browser, never cached. */
export function sendDocument(
  c: DeskContext,
  blob: { readonly data: Uint8Array; readonly mediaType: string },
  name: string,
): Response {
  const extension =
    blob.mediaType === 'application/pdf'
      ? '.pdf'
      : blob.mediaType === 'image/png'
        ? '.png'
        : '.jpg';
  return c.body(blob.data as Uint8Array<ArrayBuffer>, 200, {
    'content-type': blob.mediaType,
    'content-disposition': `attachment; filename="${name}${extension}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
}

/** The upload limit in whole megabytes, as the pages state it. */
export function uploadLimitMb(c: DeskContext): string {
  return String(Math.floor(c.get('desk').uploadLimitBytes / 1024 / 1024));
}
