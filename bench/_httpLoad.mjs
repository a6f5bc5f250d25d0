// The load generator of bench/server.bench.mjs, in a process of its own (so that it does not share
// a CPU core's event loop with the server or the bench): commands arrive over IPC.
//
//   { type: 'submit', url, token, count }         submits `count` sip-bidan applications
//   { type: 'actions', url, officer, applicant, count, concurrency }
//       `count` accepted actions over HTTP: `concurrency` loops, each on its own applications,
//       alternating RETURN (officer) and RESUBMIT (applicant) with If-Match; answers
//       { accepted, refused, p50, p99 } (latencies in ms)
//   { type: 'pg', connectionString, count, concurrency }
//       `count` raw single-row transactions (BEGIN; INSERT; COMMIT), `concurrency` clients
import { connect } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { repoRoot } from './mallText.mjs';

// pg is a dependency of @mpp-kit/core, not of the root.
const pg = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('pg');

const apps = [];
const base = '/api/v1/malls/mpp-batang';

/**
 * A pool of keep-alive HTTP/1.1 connections written to and read from as bytes. The load process
 * shares the machine's two cores with the server it measures, so what it spends per request is
 * taken from the server: fetch (undici's WHATWG layer) spent about 0.45 ms of CPU per request,
 * node:http with a keep-alive agent about 0.1 ms (its streams, agent and events), this about a
 * third of that. The requests are the same bytes node:http sent (method, path, Host, the same
 * headers, Connection: keep-alive, the body with its Content-Length); an answer is read by its
 * Content-Length, or chunk by chunk when chunked, and the connection is closed and replaced when
 * the server asks for it. Any client loop takes any free connection, as from node:http's agent.
 */
class ConnectionPool {
  constructor(url, size) {
    const { hostname, port } = new URL(url);
    this.host = hostname;
    this.port = Number(port);
    this.hostHeader = `${hostname}:${port}`;
    this.size = size;
    this.open = 0;
    this.free = [];
    this.waiting = [];
  }

  /** A free connection, a new one while the pool is not full, else the next one freed. */
  take() {
    const free = this.free.pop();
    if (free !== undefined) return Promise.resolve(free);
    if (this.open < this.size) {
      this.open += 1;
      return this.#connect();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  give(connection) {
    const waiter = this.waiting.shift();
    if (waiter !== undefined) waiter(connection);
    else this.free.push(connection);
  }

  /** Closes a connection the server closed or asked to close, making room for a new one. */
  drop(connection) {
    connection.socket.destroy();
    this.open -= 1;
    const waiter = this.waiting.shift();
    if (waiter !== undefined) {
      this.open += 1;
      this.#connect().then(waiter);
    }
  }

  destroy() {
    for (const connection of this.free.splice(0)) connection.socket.destroy();
    this.open = 0;
  }

  #connect() {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port, noDelay: true });
      socket.setKeepAlive(true);
      const connection = { socket, buffer: Buffer.alloc(0), pending: undefined };
      socket.on('data', (chunk) => {
        connection.buffer =
          connection.buffer.length === 0 ? chunk : Buffer.concat([connection.buffer, chunk]);
        readAnswer(connection);
      });
      const fail = (error) => {
        const pending = connection.pending;
        connection.pending = undefined;
        pending?.reject(error ?? new Error('the server closed the connection'));
      };
      socket.on('error', fail);
      socket.on('close', () => fail());
      socket.once('connect', () => resolve(connection));
      socket.once('error', reject);
    });
  }
}

const headerEnd = Buffer.from('\r\n\r\n');

/** Reads one answer from the connection's bytes once they are all there. */
function readAnswer(connection) {
  const pending = connection.pending;
  if (pending === undefined) return;
  const buffer = connection.buffer;
  const end = buffer.indexOf(headerEnd);
  if (end === -1) return;
  const head = buffer.toString('latin1', 0, end);
  const status = Number(head.slice(9, 12));
  const lengthMatch = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const close = /\r\nconnection:\s*close/i.test(head);
  let body;
  let rest;
  if (lengthMatch !== null) {
    const length = Number(lengthMatch[1]);
    if (buffer.length < end + 4 + length) return;
    body = buffer.subarray(end + 4, end + 4 + length);
    rest = buffer.subarray(end + 4 + length);
  } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const parts = [];
    let at = end + 4;
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', at);
      if (lineEnd === -1) return;
      const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
      if (buffer.length < lineEnd + 2 + size + 2) return;
      if (size === 0) {
        rest = buffer.subarray(lineEnd + 4);
        break;
      }
      parts.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  } else {
    connection.pending = undefined;
    pending.reject(new Error(`an answer without a length: ${head.slice(0, 200)}`));
    return;
  }
  connection.buffer = rest.length === 0 ? Buffer.alloc(0) : Buffer.from(rest);
  connection.pending = undefined;
  try {
    pending.resolve({ status, json: JSON.parse(body.toString('utf8')), close });
  } catch (error) {
    pending.reject(error);
  }
}

let pool;

async function post(url, path, token, body, headers = {}) {
  const text = JSON.stringify(body);
  let extra = '';
  for (const [name, value] of Object.entries(headers)) extra += `${name}: ${value}\r\n`;
  const request =
    `POST ${base}${path} HTTP/1.1\r\n` +
    `authorization: Bearer ${token}\r\n` +
    'content-type: application/json\r\n' +
    `content-length: ${Buffer.byteLength(text)}\r\n` +
    extra +
    `Host: ${pool.hostHeader}\r\n` +
    'Connection: keep-alive\r\n\r\n' +
    text;
  const connection = await pool.take();
  const answer = await new Promise((resolve, reject) => {
    connection.pending = { resolve, reject };
    connection.socket.write(request);
  }).catch((error) => {
    pool.drop(connection);
    throw error;
  });
  if (answer.close) pool.drop(connection);
  else pool.give(connection);
  return answer;
}

function percentile(sorted, p) {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function submit({ url, token, count }) {
  pool?.destroy();
  pool = new ConnectionPool(url, 1);
  for (let i = 0; i < count; i++) {
    const { status, json } = await post(url, '/applications', token, { serviceId: 'sip-bidan' });
    if (status !== 201) throw new Error(`submit: ${status} ${json.detail}`);
    apps.push({ id: json.id, version: json.version, returned: false });
  }
  return { submitted: apps.length };
}

async function actions({ url, officer, applicant, count, concurrency }) {
  pool?.destroy();
  pool = new ConnectionPool(url, concurrency);
  let next = 0;
  let accepted = 0;
  let refused = 0;
  const statuses = {};
  const latencies = [];
  const loop = async (lane) => {
    const mine = apps.filter((_, i) => i % concurrency === lane);
    let turn = 0;
    while (next < count) {
      next += 1;
      const app = mine[turn++ % mine.length];
      const started = performance.now();
      const { status, json } = app.returned
        ? await post(
            url,
            `/applications/${app.id}/actions`,
            applicant,
            { type: 'RESUBMIT' },
            { 'if-match': `"${app.version}"` },
          )
        : await post(
            url,
            `/applications/${app.id}/actions`,
            officer,
            { type: 'RETURN', reason: 'Berkas perlu dilengkapi' },
            { 'if-match': `"${app.version}"` },
          );
      latencies.push(performance.now() - started);
      if (status === 200) {
        accepted += 1;
        app.version = json.version;
        app.returned = !app.returned;
      } else {
        refused += 1;
        statuses[`${status} ${json.code}`] = (statuses[`${status} ${json.code}`] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, lane) => loop(lane)));
  latencies.sort((a, b) => a - b);
  return {
    accepted,
    refused,
    ...(refused === 0 ? {} : { statuses }),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

async function raw({ connectionString, count, concurrency, table }) {
  let next = 0;
  const body = 'x'.repeat(1500);
  const loop = async () => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      while (next < count) {
        next += 1;
        await client.query('BEGIN');
        await client.query(`INSERT INTO ${table} (body) VALUES ($1)`, [body]);
        await client.query('COMMIT');
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { done: count };
}

const handlers = { submit, actions, pg: raw };
process.on('message', (message) => {
  handlers[message.type](message).then(
    (result) => process.send({ id: message.id, result }),
    (error) => process.send({ id: message.id, error: String(error?.stack ?? error) }),
  );
});
process.on('disconnect', () => process.exit(0));
