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
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { repoRoot } from './mallText.mjs';

// pg is a dependency of @mpp-kit/core, not of the root.
const pg = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('pg');

const apps = [];
const base = (url) => `${url}/api/v1/malls/mpp-batang`;
// node:http with keep-alive connections rather than fetch: fetch (undici's WHATWG layer) spent
// about 0.45 ms of CPU per request here, as much as the server's runtime action, and the load
// process shares the machine's two cores with the server it measures.
let agent = new Agent({ keepAlive: true });

async function post(url, path, token, body, headers = {}) {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${base(url)}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...headers,
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            resolve({ status: response.statusCode, json });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(text);
  });
}

function percentile(sorted, p) {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function submit({ url, token, count }) {
  for (let i = 0; i < count; i++) {
    const { status, json } = await post(url, '/applications', token, { serviceId: 'sip-bidan' });
    if (status !== 201) throw new Error(`submit: ${status} ${json.detail}`);
    apps.push({ id: json.id, version: json.version, returned: false });
  }
  return { submitted: apps.length };
}

async function actions({ url, officer, applicant, count, concurrency }) {
  agent.destroy();
  agent = new Agent({ keepAlive: true, maxSockets: concurrency });
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
