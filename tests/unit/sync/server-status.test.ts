// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSyncServer, SERVER_PROBLEM_TEXT } from '../../../utils/sync/server';
import { classifySyncError, redact } from '../../../utils/sync/status';

describe('parseSyncServer', () => {
  it('takes an https database URL and asks for that origin only', () => {
    expect(parseSyncServer(' https://couch.example.org:6984/clippings/ ')).toEqual({
      dbUrl: 'https://couch.example.org:6984/clippings',
      origin: 'https://couch.example.org:6984',
      originPattern: 'https://couch.example.org/*',
    });
  });

  it('allows plain http only on this computer', () => {
    expect(parseSyncServer('http://127.0.0.1:5984/clippings')).toMatchObject({ dbUrl: 'http://127.0.0.1:5984/clippings', originPattern: 'http://127.0.0.1/*' });
    expect(parseSyncServer('http://localhost:5984/db')).toMatchObject({ originPattern: 'http://localhost/*' });
    expect(parseSyncServer('http://couch.example.org/clippings')).toEqual({ problem: 'plain-http' });
    expect(parseSyncServer('http://192.168.1.10:5984/clippings')).toEqual({ problem: 'plain-http' });
  });

  it('refuses what is not a database address, or carries credentials', () => {
    expect(parseSyncServer('couch.example.org/clippings')).toEqual({ problem: 'not-a-url' });
    expect(parseSyncServer('ftp://couch.example.org/clippings')).toEqual({ problem: 'scheme' });
    // as the plain-http refusal does, it says what else is allowed
    expect(SERVER_PROBLEM_TEXT.scheme).toContain('http://');
    expect(SERVER_PROBLEM_TEXT.scheme).toContain('localhost');
    expect(parseSyncServer('https://couch.example.org/')).toEqual({ problem: 'no-database' });
    expect(parseSyncServer('https://me:secret@couch.example.org/clippings')).toEqual({ problem: 'credentials-in-url' });
  });
});

describe('classifySyncError', () => {
  it.each([
    [{ status: 401, name: 'unauthorized', reason: 'Name or password is incorrect.' }, 'credentials'],
    [{ name: 'unauthorized' }, 'credentials'],
    [{ status: 403, name: 'forbidden' }, 'forbidden'],
    [{ status: 404, name: 'not_found', reason: 'Database does not exist.' }, 'no-database'],
    [{ status: 413, name: 'document_too_large', reason: 'clip-4f1e' }, 'too-large'],
    [{ status: 413, name: 'too_large', reason: 'the request entity is too large' }, 'too-large'],
    [{ status: 507, name: 'insufficient_storage', reason: 'database quota exceeded' }, 'server-full'],
    [{ status: 500, name: 'enospc', reason: 'no space left on device' }, 'server-full'],
    [new TypeError('Failed to fetch'), 'unreachable'],
    [{ status: 0 }, 'unreachable'],
    [new Error('something odd'), 'unknown'],
  ])('%o is %s', (error, code) => expect(classifySyncError(error).code).toBe(code));

  it('never repeats credentials that a message carried in a URL', () => {
    expect(redact('GET https://reader:hunter2@couch.example.org/db failed')).toBe('GET https://couch.example.org/db failed');
    expect(classifySyncError(new Error('http://a:b@127.0.0.1:5984/x refused')).message).not.toContain('a:b');
  });
});
