// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupText, parseBackup, validateBackupClipping } from '../../../utils/clippings/backup';
import { StoreError } from '../../../utils/clippings/errors';
import { defaultMarks, type Clipping } from '../../../utils/clippings/types';
import { validateDraft } from '../../../utils/clippings/validate';
import { bound, params, timed, timeoutFor } from './config';

// Hostile and corrupt backups: parseBackup returns a backup or throws StoreError('invalid') with a
// message, and nothing else; what it returns holds only valid clippings with safe URLs.
const clipping = (i: number): Clipping => ({
  id: i + 1, key: `https://a.example/${i}`, kind: 'article', url: `https://a.example/${i}`, canonicalUrl: `https://a.example/${i}`,
  title: `T${i}`, byline: null, siteName: null, publishedTime: null, lang: 'en', dir: 'ltr', html: '<p>x</p>', text: 'x', excerpt: 'x',
  wordCount: 1, textFragmentUrl: null, savedAt: 1000 + i, tags: [], note: '', ...defaultMarks(1000 + i),
});
const GOOD = backupText([clipping(0), clipping(1), clipping(2)], '2025-01-01T00:00:00.000Z');

function typedOutcome(run: () => unknown): 'ok' | 'invalid' {
  try {
    run();
    return 'ok';
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid');
    expect((error as StoreError).message.length).toBeGreaterThan(0);
    return 'invalid';
  }
}

const anyJson = fc.jsonValue({ maxDepth: 4 });
const fieldValue = fc.oneof(anyJson, fc.constantFrom('javascript:alert(1)', ' data:text/html,x', 'https://ok.example/', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', -1, 1e309 as number, NaN, null));
const hostileClipping = fc.record({ field: fc.constantFrom(...Object.keys(clipping(0)), '__proto__', 'constructor', 'evil'), value: fieldValue })
  .map(({ field, value }) => JSON.parse(JSON.stringify({ ...clipping(0), [field]: value })) as unknown);

describe('backup import fuzz', () => {
  it('corrupt files: cut, spliced, flipped bytes', { timeout: timeoutFor(1, 5) }, () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), fc.constantFrom('cut', 'insert', 'replace', 'flip'), (i, j, junk, how) => {
        const at = i % GOOD.length;
        const text =
          how === 'cut' ? GOOD.slice(0, at)
          : how === 'insert' ? GOOD.slice(0, at) + junk + GOOD.slice(at)
          : how === 'replace' ? GOOD.slice(0, at) + junk + GOOD.slice(at + junk.length)
          : GOOD.slice(0, at) + String.fromCharCode(GOOD.charCodeAt(at) ^ (1 << (j % 7))) + GOOD.slice(at + 1);
        const { ms } = timed(() => typedOutcome(() => parseBackup(text)));
        expect(ms).toBeLessThan(bound(1_000));
      }),
      params(1),
    );
  });

  it('any JSON at all', { timeout: timeoutFor(1, 5) }, () => {
    fc.assert(fc.property(anyJson, (value) => void typedOutcome(() => parseBackup(JSON.stringify(value)))), params(1));
  });

  it('hostile clipping fields: refused, or stored with safe links and known fields only', { timeout: timeoutFor(2, 5) }, () => {
    fc.assert(
      fc.property(hostileClipping, (value) => {
        let result: Clipping | undefined;
        if (typedOutcome(() => (result = validateBackupClipping(value))) === 'invalid') return;
        expect(Object.keys(result!).sort()).toEqual(Object.keys(clipping(0)).sort());
        expect(result!.url).toMatch(/^https?:/i);
        expect(result!.canonicalUrl).toMatch(/^https?:/i);
        if (result!.textFragmentUrl !== null) expect(result!.textFragmentUrl).toMatch(/^https?:/i);
        expect([null, 'ltr', 'rtl']).toContain(result!.dir);
        expect(['article', 'selection']).toContain(result!.kind);
        expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      }),
      params(2),
    );
  });

  it('drafts from any message: a draft or StoreError(invalid), nothing else', { timeout: timeoutFor(2, 2) }, () => {
    fc.assert(fc.property(fc.oneof(anyJson, hostileClipping), (value) => void typedOutcome(() => validateDraft(value))), params(2));
  });

  it('refuses script and data links in URL fields of a backup', () => {
    for (const [field, value] of [['canonicalUrl', 'javascript:alert(1)'], ['textFragmentUrl', 'javascript:alert(1)'], ['url', 'data:text/html,x'], ['dir', '" onload="x'], ['kind', 'script']] as const) {
      const text = backupText([{ ...clipping(0), [field]: value } as Clipping]);
      expect(() => parseBackup(text), field).toThrow(StoreError);
    }
  });
});
