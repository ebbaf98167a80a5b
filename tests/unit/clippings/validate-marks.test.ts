// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateHighlight, validateProgress } from '../../../utils/clippings/validate';
import { makeHighlight } from './helpers';

const field = (run: () => unknown): string => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return (error as Error).message.replace('invalid clipping field: ', '');
  }
};

describe('validateHighlight', () => {
  it('accepts a highlight, as a fresh object with the known fields only', () => {
    const value = { ...makeHighlight({ note: '<img src=x onerror=alert(1)>' }), extra: 1 };
    const highlight = validateHighlight(value);
    expect(highlight).toEqual(makeHighlight({ note: '<img src=x onerror=alert(1)>' }));
    expect(highlight).not.toBe(value);
    expect(Object.keys(highlight)).not.toContain('extra');
  });

  it.each([
    ['highlight id', { id: '' }],
    ['highlight id', { id: 'x'.repeat(101) }],
    ['highlight color', { color: 'red' }],
    ['highlight quote', { quote: { type: 'TextQuoteSelector', exact: '   ', prefix: '', suffix: '' } }],
    ['highlight quote', { quote: { type: 'TextPositionSelector', exact: 'a', prefix: '', suffix: '' } }],
    ['highlight quote', { quote: { type: 'TextQuoteSelector', exact: 'a', prefix: 'p'.repeat(1001), suffix: '' } }],
    ['highlight position', { position: { type: 'TextPositionSelector', start: 9, end: 3 } }],
    ['highlight position', { position: { type: 'TextPositionSelector', start: -1, end: 3 } }],
    ['highlight note', { note: null }],
    ['highlight note', { note: 'n'.repeat(100_001) }],
    ['highlight time', { createdAt: Number.NaN }],
  ])('refuses a bad %s', (name, over) => expect(field(() => validateHighlight({ ...makeHighlight(), ...over }))).toBe(name));
});

describe('validateProgress', () => {
  it('accepts a fraction in 0..1 with or without an anchor', () => {
    expect(validateProgress({ fraction: 0, anchor: null, updatedAt: 1 })).toEqual({ fraction: 0, anchor: null, updatedAt: 1 });
    expect(field(() => validateProgress({ fraction: 1, anchor: { type: 'TextQuoteSelector', exact: 'p', prefix: '', suffix: '' }, updatedAt: 1 }))).toBe('accepted');
  });

  it.each([[{ fraction: Number.NaN }], [{ fraction: 1.01 }], [{ fraction: '0.5' }], [{ anchor: 'top' }], [{ updatedAt: null }]])('refuses %j', (over) =>
    expect(field(() => validateProgress({ fraction: 0.5, anchor: null, updatedAt: 1, ...over }))).toMatch(/^progress/));
});
