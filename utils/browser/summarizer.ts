/**
 * Chrome's built-in, on-device Summarizer API (Gemini Nano), feature-detected. Optional: everything here resolves to
 * "nothing" when the API is absent, unavailable or fails, and nothing leaves the device.
 * https://developer.chrome.com/docs/ai/summarizer-api
 */

export type ApiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface SummarizerOptions {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  sharedContext?: string;
  signal?: AbortSignal;
  monitor?: (m: EventTarget) => void;
}

interface SummarizerInstance {
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
  inputQuota?: number;
}

export interface SummarizerStatic {
  availability(options?: SummarizerOptions): Promise<ApiAvailability | string>;
  create(options?: SummarizerOptions): Promise<SummarizerInstance>;
}

/** What the UI does: summarise at once, offer a button (the model download needs a click), or show nothing. */
export type AiKeyPointsState = 'available' | 'downloadable' | 'none';

/**
 * Languages the API reads and writes key points in (Chrome 138: en, es, ja; Chrome 140+ adds de and fr, as its own
 * warning lists them). An article in another language gets none: Chrome aborts a request naming one (it logged an
 * error in the page's console for each Urdu article), so it is not asked.
 */
const LANGUAGES = ['de', 'en', 'es', 'fr', 'ja'];
/** Characters sent at most; longer articles are cut at a paragraph end (the model's input quota is limited). */
export const MAX_INPUT_CHARS = 12_000;

function api(scope: object): SummarizerStatic | null {
  const s = (scope as { Summarizer?: SummarizerStatic }).Summarizer;
  return s && typeof s.availability === 'function' && typeof s.create === 'function' ? s : null;
}

/**
 * The article's language as the API names it ("de" of "de-AT"), '' when the article's is not known (asked about
 * all the same), null when it is one the API does not read.
 */
function apiLanguage(lang?: string | null): string | null {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return code === '' || LANGUAGES.includes(code) ? code : null;
}

/** Options for both `availability` and `create`: the availability answer depends on them. */
function options(code: string): SummarizerOptions {
  const base: SummarizerOptions = { type: 'key-points', format: 'plain-text', length: 'medium' };
  return code ? { ...base, expectedInputLanguages: [code], outputLanguage: code } : base;
}

/**
 * Whether key points can be made here. 'downloading' counts as 'downloadable': `create()` then also needs a
 * click (user activation). Never throws.
 */
export async function aiKeyPointsState(lang?: string | null, scope: object = globalThis): Promise<AiKeyPointsState> {
  const s = api(scope);
  const code = apiLanguage(lang);
  if (!s || code === null) return 'none';
  try {
    const a = await s.availability(options(code));
    if (a === 'available') return 'available';
    if (a === 'downloadable' || a === 'downloading') return 'downloadable';
    return 'none';
  } catch {
    return 'none';
  }
}

/** The article text cut to `max` characters at a paragraph (or sentence) end. */
export function clipInput(text: string, max = MAX_INPUT_CHARS): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const para = head.lastIndexOf('\n\n');
  if (para > max / 2) return head.slice(0, para).trim();
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'));
  return (sentence > max / 2 ? head.slice(0, sentence + 1) : head).trim();
}

/** Plain-text key points ("* one\n* two", "- one", "1. one") as a list of points. */
export function parseKeyPoints(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[*\-•‣◦·]|\d{1,2}[.)])\s+/, '').replace(/\*\*/g, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * Key points of `text`, made on the device. Rejects when the API is absent or fails, or when `signal` aborts;
 * `onProgress` gets the model download's progress (0..1) when a download happens.
 */
export async function summarizeKeyPoints(
  text: string,
  { lang, title, signal, onProgress, scope = globalThis }: { lang?: string | null; title?: string; signal?: AbortSignal; onProgress?: (loaded: number) => void; scope?: object } = {},
): Promise<string[]> {
  const s = api(scope);
  if (!s) throw new Error('The Summarizer API is not available');
  const code = apiLanguage(lang);
  if (code === null) throw new Error(`The Summarizer API does not read ${lang}`);
  const summarizer = await s.create({
    ...options(code),
    ...(title ? { sharedContext: `A news or web article titled: ${title}` } : {}),
    ...(signal ? { signal } : {}),
    monitor(m) {
      m.addEventListener('downloadprogress', (e) => onProgress?.(Number((e as Event & { loaded?: number }).loaded) || 0));
    },
  });
  try {
    const out = await summarizer.summarize(clipInput(text), signal ? { signal } : undefined);
    return parseKeyPoints(String(out ?? ''));
  } finally {
    summarizer.destroy?.();
  }
}
