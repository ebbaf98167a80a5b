// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../../utils/sanitize';
import { executableContent, executableContentInHtml } from '../xss-check';
import { bound, anyHtml, deepNesting, hugeAttributes, mutatedVector, params, timed, timeoutFor } from './config';

// The one sanitizer on random and mutated hostile HTML (jsdom: DOMPurify misbehaves on happy-dom).
// Never throws; leaves nothing executable, as a string or as the fragment the pages render; is
// stable (what is stored sanitizes to itself at render); ends within a bound.
const BOUND_MS = 2_000;

describe('sanitizer fuzz', () => {
  it('random and malformed HTML: nothing executable, stable, bounded', { timeout: timeoutFor(0.6, 50) }, () => {
    let slowest = 0;
    fc.assert(
      fc.property(anyHtml, (dirty) => {
        const { value: clean, ms } = timed(() => sanitizeHtml(dirty));
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(bound(BOUND_MS));
        expect(typeof clean).toBe('string');
        expect(executableContentInHtml(clean, document)).toEqual([]);
        // Stored HTML is sanitized again at every render. Serialising a DOM does not always
        // round-trip (`<p><p></p></p>` re-parses as siblings), so the second pass may reshape
        // structure once; it must stay inert and settle at once.
        const again = sanitizeHtml(clean);
        expect(executableContentInHtml(again, document)).toEqual([]);
        expect(sanitizeHtml(again)).toBe(again);
        expect(executableContent(sanitizeToFragment(dirty))).toEqual([]);
      }),
      params(0.6),
    );
    expect(slowest).toBeLessThan(bound(BOUND_MS));
  });

  it('mutated XSS-corpus vectors: nothing executable', { timeout: timeoutFor(1.5, 10) }, () => {
    fc.assert(
      fc.property(mutatedVector, (dirty) => {
        const clean = sanitizeHtml(dirty);
        expect(executableContentInHtml(clean, document)).toEqual([]);
        expect(executableContentInHtml(sanitizeHtml(clean), document)).toEqual([]);
      }),
      params(1.5),
    );
  });

  it('huge attribute values (up to 2 MB): bounded, nothing executable', { timeout: timeoutFor(0.01, 3_000) }, () => {
    fc.assert(
      fc.property(hugeAttributes(2_000_000), (dirty) => {
        const { value: clean, ms } = timed(() => sanitizeHtml(dirty));
        expect(ms).toBeLessThan(bound(BOUND_MS * 2));
        expect(executableContentInHtml(clean, document)).toEqual([]);
      }),
      params(0.01),
    );
  });

  it('deep nesting (up to 3000 levels): bounded, nothing executable', { timeout: timeoutFor(0.01, 1_000) }, () => {
    fc.assert(
      fc.property(deepNesting(), (dirty) => {
        const { value: clean, ms } = timed(() => sanitizeHtml(dirty));
        expect(ms).toBeLessThan(bound(BOUND_MS));
        expect(executableContentInHtml(clean, document)).toEqual([]);
      }),
      params(0.01),
    );
  });

  it('non-string input from a corrupt record is refused with a TypeError or stringified, never executed', () => {
    for (const value of [null, undefined, 42, {}, [], { toString: () => '<img src=x onerror=alert(1)>' }]) {
      let clean = '';
      try {
        clean = sanitizeHtml(value as unknown as string);
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        continue;
      }
      expect(executableContentInHtml(String(clean), document)).toEqual([]);
    }
  });
});
