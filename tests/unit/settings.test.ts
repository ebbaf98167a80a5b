// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clamp, DEFAULT_SETTINGS, normaliseSettings, stepSize } from '../../utils/settings';

describe('normaliseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces unknown ones', () => {
    const settings = normaliseSettings({ theme: 'sepia', font: 'comic', size: 24, width: 'wide', align: 'justify', extra: 1 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', size: 24, align: 'justify' });
  });

  it('clamps numbers into their ranges', () => {
    expect(normaliseSettings({ size: 400, width: 10, lineHeight: Number.NaN, letterSpacing: -1 })).toMatchObject({
      size: 32,
      width: 45,
      lineHeight: DEFAULT_SETTINGS.lineHeight,
      letterSpacing: 0,
    });
  });
});

describe('clamp and stepSize', () => {
  it('rounds to the step', () => {
    expect(clamp('lineHeight', 1.6400001)).toBe(1.6);
    expect(clamp('width', 67)).toBe(65);
  });

  it('steps text size within bounds', () => {
    expect(stepSize(DEFAULT_SETTINGS, 1).size).toBe(21);
    expect(stepSize({ ...DEFAULT_SETTINGS, size: 32 }, 1).size).toBe(32);
    expect(stepSize({ ...DEFAULT_SETTINGS, size: 14 }, -1).size).toBe(14);
  });
});
