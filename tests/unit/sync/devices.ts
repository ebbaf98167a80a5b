// Two or more "devices" for sync tests: each its own library (Dexie on fake-indexeddb) and PouchDB mirror,
// all replicating with one in-memory PouchDB "server" through PouchDB's real replication.
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { ClippingsDb } from '../../../utils/clippings/db';
import { syncCycle } from '../../../utils/sync/engine';
import type { Mirror, Remote } from '../../../utils/sync/pouch';

PouchDB.plugin(memoryAdapter).plugin(replication);

let run = 0;

export interface Device {
  /** The background's connection: its writes are queued for sync. */
  db: ClippingsDb;
  /** The sync engine's own connection (no capture) and the device's PouchDB mirror. */
  engineDb: ClippingsDb;
  mirror: Mirror;
  sync(): ReturnType<typeof syncCycle>;
  titles(): Promise<string[]>;
}

export function makeServer(): Remote & { name: string } {
  const name = `server-${++run}-${Math.random()}`;
  return Object.assign(new PouchDB(name, { adapter: 'memory' }) as Remote, { name });
}

export function makeDevice(server: Remote, label: string): Device {
  const name = `device-${label}-${++run}-${Math.random()}`;
  const db = new ClippingsDb(name);
  const engineDb = new ClippingsDb(name, { capture: false });
  const mirror = new PouchDB(`${name}-mirror`, { adapter: 'memory' }) as Mirror;
  return {
    db,
    engineDb,
    mirror,
    sync: () => syncCycle(engineDb, mirror, server),
    titles: async () => (await db.clippings.orderBy('title').toArray()).map((c) => c.title),
  };
}

/** A server and two devices syncing with it: the start of most sync tests. */
export function pairedDevices(): { server: ReturnType<typeof makeServer>; a: Device; b: Device } {
  const server = makeServer();
  return { server, a: makeDevice(server, 'a'), b: makeDevice(server, 'b') };
}
