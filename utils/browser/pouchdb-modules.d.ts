// PouchDB ships no types of its own; utils/sync/pouch.ts types the part of its API the sync uses.
declare module 'pouchdb-core' {
  const PouchDB: {
    new (name: string, options?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): typeof PouchDB;
  };
  export default PouchDB;
}
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-adapter-indexeddb';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-replication';
