// A real CouchDB-compatible server for the sync tests: PouchDB Server (in memory) on loopback, started by the
// test, with an admin user and a database, behind an HTTP relay the test can cut to play "server down" and
// "network dropped" without losing the server's data, or set to refuse writes as a CouchDB over its limits
// does (pouchdb-server has no size or storage limit of its own).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, createServer as createHttpServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const COUCH_USER = 'reader';
export const COUCH_PASSWORD = 'correct horse battery staple';

export interface Couch {
  /** The database URL through the relay, as the reader types it. */
  dbUrl: string;
  /** The same database straight on the server (for the test's own checks). */
  directUrl: string;
  /** Cuts the relay: every open connection dropped, new ones refused. */
  cut(): Promise<void>;
  /** Opens the relay again on the same port. */
  restore(): Promise<void>;
  /**
   * Answers every write (`_bulk_docs`, a PUT or DELETE of a document or checkpoint) with `status` and
   * CouchDB's JSON error body, as a server over its quota or size limit does; reads still pass. `null`
   * lets writes through again.
   */
  refuseWrites(refusal: { status: number; error: string; reason: string } | null): void;
  /** Writes refused since the relay was told to refuse them. */
  refused(): number;
  /**
   * Refuses, as CouchDB does over its `max_document_size`, a write holding a document whose JSON is over
   * `bytes`: the whole `_bulk_docs` request answered 413 `document_too_large`, naming the document. `null` lifts it.
   */
  limitDocumentSize(bytes: number | null): void;
  /** Holds every request unanswered (a server that hangs) until called with false. */
  hold(on: boolean): void;
  /** Changes the reader's password on the server (as its admin would): the old one is refused from then on. */
  changePassword(password: string): Promise<void>;
  /** The reader's password as the server now takes it (after any change). */
  password(): string;
  /** HTTP requests the relay has passed on so far (round trips a sync made). */
  requests(): number;
  /**
   * The requests passed on so far by kind (`_revs_diff`, `_bulk_docs`, `_bulk_get`, `_changes`, `_local`: the
   * checkpoints, `other`), each with the summed ms from its arrival to its answer's end (the server's time and
   * the wire's, as the browser waits for it).
   */
  traffic(): Record<string, { requests: number; ms: number }>;
  docs(): Promise<Array<Record<string, unknown>>>;
  /** How many documents the database holds (cheap enough to poll while a sync writes). */
  docCount(): Promise<number>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const basic = (password: string) => `Basic ${Buffer.from(`${COUCH_USER}:${password}`).toString('base64')}`;

export async function startCouch(): Promise<Couch> {
  const [serverPort, relayPort] = [await freePort(), await freePort()];
  // pouchdb-server writes its config and log into its working directory: a temporary one.
  const cwd = mkdtempSync(path.join(tmpdir(), 'cr-couch-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server'), '--in-memory', '--port', String(serverPort), '--host', '127.0.0.1'], { cwd, stdio: 'ignore' });
  const direct = `http://127.0.0.1:${serverPort}`;
  let password = COUCH_PASSWORD;
  let auth = basic(password);
  for (let i = 0; ; i++) {
    if (await fetch(direct).then((r) => r.ok, () => false)) break;
    if (i > 100) throw new Error('pouchdb-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // An admin (no longer an "admin party": a wrong password is refused), then the reader's database.
  await fetch(`${direct}/_config/admins/${COUCH_USER}`, { method: 'PUT', body: JSON.stringify(COUCH_PASSWORD) });
  const created = await fetch(`${direct}/clippings`, { method: 'PUT', headers: { authorization: auth } });
  if (!created.ok) throw new Error(`could not create the database: ${created.status}`);

  let relay: Server | null = null;
  let refusal: { status: number; error: string; reason: string } | null = null;
  let sizeLimit: number | null = null;
  let holding = false;
  const held: Array<() => void> = [];
  let refusedCount = 0;
  let requestCount = 0;
  const sockets = new Set<Socket>();
  const upstream = new Agent({ keepAlive: true });
  const traffic: Record<string, { requests: number; ms: number }> = {};
  const count = (req: IncomingMessage, res: ServerResponse) => {
    const kind = /\/(_revs_diff|_bulk_docs|_bulk_get|_changes|_local)\b/.exec(req.url ?? '')?.[1] ?? 'other';
    const start = performance.now();
    res.on('close', () => {
      const t = (traffic[kind] ??= { requests: 0, ms: 0 });
      t.requests++;
      t.ms += performance.now() - start;
    });
  };
  const isWrite = (method = '', url = '') => method === 'PUT' || method === 'DELETE' || (method === 'POST' && /\/_bulk_docs(\?|$)/.test(url));
  const relayed = (req: IncomingMessage, res: ServerResponse) => {
    requestCount++;
    count(req, res);
    const forward = (body?: Buffer) => {
      const out = request({ host: '127.0.0.1', port: serverPort, method: req.method, path: req.url, headers: req.headers, agent: upstream }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', () => res.destroy());
      if (body) out.end(body);
      else req.pipe(out);
    };
    if (sizeLimit === null || !isWrite(req.method, req.url)) return forward();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const parsed = body.length ? (JSON.parse(body.toString()) as { docs?: Array<{ _id: string }>; _id?: string }) : {};
      const big = (parsed.docs ?? [parsed]).find((d) => JSON.stringify(d).length > sizeLimit!);
      if (!big) return forward(body);
      refusedCount++;
      res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'document_too_large', reason: big._id }));
    });
  };
  const openRelay = () =>
    new Promise<void>((resolve) => {
      relay = createHttpServer((req, res) => {
        if (refusal && isWrite(req.method, req.url)) {
          refusedCount++;
          req.resume();
          res.writeHead(refusal.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: refusal.error, reason: refusal.reason }));
          return;
        }
        if (holding) return void held.push(() => relayed(req, res));
        relayed(req, res);
      });
      relay.on('connection', (s: Socket) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
      relay.listen(relayPort, '127.0.0.1', resolve);
    });
  await openRelay();

  return {
    dbUrl: `http://127.0.0.1:${relayPort}/clippings`,
    directUrl: `${direct}/clippings`,
    cut: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => (relay ? relay.close(resolve) : resolve(undefined)));
      relay = null;
    },
    restore: openRelay,
    refuseWrites: (next) => {
      refusal = next;
      refusedCount = 0;
    },
    refused: () => refusedCount,
    limitDocumentSize: (bytes) => {
      sizeLimit = bytes;
      refusedCount = 0;
    },
    hold: (on) => {
      holding = on;
      if (!on) for (const release of held.splice(0)) release();
    },
    changePassword: async (next) => {
      const changed = await fetch(`${direct}/_config/admins/${COUCH_USER}`, { method: 'PUT', headers: { authorization: auth }, body: JSON.stringify(next) });
      if (!changed.ok) throw new Error(`could not change the password: ${changed.status}`);
      password = next;
      auth = basic(next);
    },
    password: () => password,
    requests: () => requestCount,
    traffic: () => structuredClone(traffic),
    docs: async () => {
      const res = await fetch(`${direct}/clippings/_all_docs?include_docs=true`, { headers: { authorization: auth } });
      return ((await res.json()) as { rows: Array<{ doc: Record<string, unknown> }> }).rows.map((r) => r.doc);
    },
    docCount: async () => ((await (await fetch(`${direct}/clippings`, { headers: { authorization: auth } })).json()) as { doc_count: number }).doc_count,
    stop: async () => {
      child.kill('SIGKILL');
      for (const s of sockets) s.destroy();
      relay?.close();
      upstream.destroy();
    },
  };
}
