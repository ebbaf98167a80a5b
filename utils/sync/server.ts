// Where sync goes: a CouchDB database the reader names. Pure, so the library page and the background
// check a server address the same way.

/** A server address the extension may sync with, and the one host permission it needs for it. */
export interface SyncServer {
  /** The database URL, without credentials, query or fragment, and without a trailing slash. */
  dbUrl: string;
  /** `https://couch.example.org`: what the optional host permission is asked for. */
  origin: string;
  /** The match pattern for exactly that origin (`https://couch.example.org/*`). */
  originPattern: string;
}

export type ServerProblem = 'not-a-url' | 'scheme' | 'plain-http' | 'credentials-in-url' | 'no-database';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** What the library says for each problem with the address. */
export const SERVER_PROBLEM_TEXT: Record<ServerProblem, string> = {
  'not-a-url': 'That is not a web address. Enter the database URL, e.g. https://couch.example.org/clippings.',
  scheme: 'Only https:// addresses can be used for sync (and http:// for this computer, localhost).',
  'plain-http': 'Plain http:// would send your clippings and password unencrypted; use https:// (http:// is allowed only for this computer, localhost).',
  'credentials-in-url': 'Put the user name and password in their own fields, not in the address.',
  'no-database': 'The address needs the database name at its end, e.g. https://couch.example.org/clippings.',
};

/** Parses the address the reader typed; refuses plain http except loopback, and URLs without a database. */
export function parseSyncServer(input: string): SyncServer | { problem: ServerProblem } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'scheme' };
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return { problem: 'plain-http' };
  if (url.username || url.password) return { problem: 'credentials-in-url' };
  const path = url.pathname.replace(/\/+$/, '');
  if (!path || path === '/') return { problem: 'no-database' };
  return { dbUrl: `${url.origin}${path}`, origin: url.origin, originPattern: `${url.protocol}//${url.hostname}/*` };
}
