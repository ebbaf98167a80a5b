// Reader preferences: defaults, bounds and validation. Pure: storage lives in utils/browser/settings-store.ts.

export const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'] as const;
export const FONTS = ['serif', 'sans', 'mono', 'readable'] as const;
export const ALIGNS = ['start', 'justify'] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Align = (typeof ALIGNS)[number];

export interface ReaderSettings {
  theme: Theme;
  font: Font;
  /** Text size in CSS pixels. */
  size: number;
  /** Measure: characters per line. */
  width: number;
  lineHeight: number;
  /** Letter and word spacing in em. */
  letterSpacing: number;
  wordSpacing: number;
  align: Align;
}

interface Range {
  min: number;
  max: number;
  step: number;
}

export const RANGES: Record<'size' | 'width' | 'lineHeight' | 'letterSpacing' | 'wordSpacing', Range> = {
  size: { min: 14, max: 32, step: 1 },
  width: { min: 45, max: 90, step: 5 },
  lineHeight: { min: 1.3, max: 2.2, step: 0.1 },
  letterSpacing: { min: 0, max: 0.12, step: 0.01 },
  wordSpacing: { min: 0, max: 0.3, step: 0.05 },
};

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  size: 20,
  // 55ch is about 70 characters of prose in a serif or sans (ch is the width of "0", wider than the average letter)
  width: 55,
  lineHeight: 1.6,
  letterSpacing: 0,
  wordSpacing: 0,
  align: 'start',
};

/** Settings from storage (possibly old, partial or tampered with): unknown values fall back to defaults. */
export function normaliseSettings(raw: unknown): ReaderSettings {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const pick = <T extends string>(list: readonly T[], key: keyof ReaderSettings, fallback: T): T =>
    list.includes(value[key] as T) ? (value[key] as T) : fallback;
  const number = (key: keyof typeof RANGES) =>
    typeof value[key] === 'number' && Number.isFinite(value[key]) ? clamp(key, value[key] as number) : DEFAULT_SETTINGS[key];
  return {
    theme: pick(THEMES, 'theme', DEFAULT_SETTINGS.theme),
    font: pick(FONTS, 'font', DEFAULT_SETTINGS.font),
    size: number('size'),
    width: number('width'),
    lineHeight: number('lineHeight'),
    letterSpacing: number('letterSpacing'),
    wordSpacing: number('wordSpacing'),
    align: pick(ALIGNS, 'align', DEFAULT_SETTINGS.align),
  };
}

/** A numeric setting kept within its range and on its step. */
export function clamp(key: keyof typeof RANGES, value: number): number {
  const { min, max, step } = RANGES[key];
  const stepped = Math.round(value / step) * step;
  return Number(Math.min(max, Math.max(min, stepped)).toFixed(2));
}

/** One step bigger (+1) or smaller (−1) text, as the `+` and `-` keys do. */
export function stepSize(settings: ReaderSettings, direction: 1 | -1): ReaderSettings {
  return { ...settings, size: clamp('size', settings.size + direction * RANGES.size.step) };
}
