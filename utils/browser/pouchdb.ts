// PouchDB as the background uses it: the browser's IndexedDB for the local mirror, HTTP for the server,
// and the CouchDB replication protocol between them. Only the background imports this (not the popup).
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import type { Mirror, Remote } from '../sync/pouch';

PouchDB.plugin(httpAdapter).plugin(indexedDbAdapter).plugin(replication);

export const MIRROR_NAME = 'clean-reader-sync';

export function openMirror(): Mirror {
  return new PouchDB(MIRROR_NAME, { adapter: 'indexeddb', auto_compaction: true }) as Mirror;
}

/** The server's database; `skip_setup`: never create a database the reader did not make. */
export function openRemote(dbUrl: string, auth: { username: string; password: string }): Remote {
  return new PouchDB(dbUrl, { adapter: 'http', auth, skip_setup: true }) as Remote;
}
