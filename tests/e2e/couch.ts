// A real CouchDB-compatible server for the sync tests: PouchDB Server (in memory) on loopback, started by the
// test, with an admin user and a database, behind a TCP relay the test can cut to play "server down" and
// "network dropped" without losing the server's data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
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
  docs(): Promise<Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const auth = `Basic ${Buffer.from(`${COUCH_USER}:${COUCH_PASSWORD}`).toString('base64')}`;

export async function startCouch(): Promise<Couch> {
  const [serverPort, relayPort] = [await freePort(), await freePort()];
  // pouchdb-server writes its config and log into its working directory: a temporary one.
  const cwd = mkdtempSync(path.join(tmpdir(), 'cr-couch-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server'), '--in-memory', '--port', String(serverPort), '--host', '127.0.0.1'], { cwd, stdio: 'ignore' });
  const direct = `http://127.0.0.1:${serverPort}`;
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
  const sockets = new Set<Socket>();
  const openRelay = () =>
    new Promise<void>((resolve) => {
      relay = createServer((client) => {
        const upstream = connect(serverPort, '127.0.0.1');
        for (const s of [client, upstream]) (sockets.add(s), s.on('close', () => sockets.delete(s)), s.on('error', () => s.destroy()));
        client.pipe(upstream).pipe(client);
      });
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
    docs: async () => {
      const res = await fetch(`${direct}/clippings/_all_docs?include_docs=true`, { headers: { authorization: auth } });
      return ((await res.json()) as { rows: Array<{ doc: Record<string, unknown> }> }).rows.map((r) => r.doc);
    },
    stop: async () => {
      child.kill('SIGKILL');
      for (const s of sockets) s.destroy();
      relay?.close();
    },
  };
}
