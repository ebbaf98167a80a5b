// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatDate, formatDateTime, hostOf, isoDate, isoDay } from '../../utils/format';
import { formatBytes } from '../../utils/format-bytes';

describe('format', () => {
  it('writes sizes with one decimal below 100 of a unit and none above', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MB');
  });

  it('names a page by its host without www, and keeps text that is no URL as it is', () => {
    expect(hostOf('https://www.news.example/a?b')).toBe('news.example');
    expect(hostOf('not a url')).toBe('not a url');
  });

  it('gives no date for none or one that does not parse', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('someday')).toBeNull();
    expect(formatDate('2024-03-12T10:00:00Z')).toMatch(/2024/);
  });

  it('writes a moment as the date is written, followed by its time to the minute', () => {
    const at = Date.UTC(2024, 2, 12, 10, 7, 42);
    const written = formatDateTime(at);
    expect(written.startsWith(formatDate(new Date(at).toISOString())!)).toBe(true);
    expect(written).toMatch(/\d:07/);
    expect(written).not.toContain('42');
  });
});

describe('isoDate and escapeHtml', () => {
  it('writes a parsable date or milliseconds as ISO, and nothing for what does not parse', () => {
    expect(isoDate(' 2024-03-12T10:00:00Z ')).toBe('2024-03-12T10:00:00.000Z');
    expect(isoDate(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoDate('')).toBeNull();
    expect(isoDate('next week')).toBeNull();
    expect(isoDate(9e15)).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });

  it('writes the UTC day of a date, and nothing for what does not parse', () => {
    expect(isoDay('2024-03-12T23:30:00-05:00')).toBe('2024-03-13');
    expect(isoDay(0)).toBe('1970-01-01');
    expect(isoDay('next week')).toBeNull();
    expect(isoDay(null)).toBeNull();
  });

  it('escapes the five characters that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
