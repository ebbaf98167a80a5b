// An IndexedDB factory that tells when a database is created, with Chromium's report of a database it dropped: what
// utils/browser/library-mark.ts needs to notice a lost library. Pure: it wraps the factory it is given.

/** Chromium's report on an upgradeneeded event (`dataLoss`: "none" or "total"; not in the standard's types). */
export type DataLossReport = { dataLoss?: string; dataLossMessage?: string };

/**
 * An IndexedDB factory that calls `onCreated` with the event when a database it opens is created (oldVersion 0), before
 * the opener's own upgrade runs; everything else is `factory`'s. Given to Dexie (its `indexedDB` option).
 */
export function noticingFactory(factory: IDBFactory, onCreated: (report: DataLossReport) => void): IDBFactory {
  return {
    open: (name: string, version?: number) => {
      const request = factory.open(name, version);
      request.addEventListener('upgradeneeded', (event) => {
        if (event.oldVersion === 0) onCreated(event as IDBVersionChangeEvent & DataLossReport);
      });
      return request;
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
    databases: () => factory.databases(),
  };
}
