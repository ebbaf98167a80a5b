// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isAccessRefusal, isPdfUrl, isRestrictedUrl } from '../../utils/restricted';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://settings', 'chrome://newtab/', 'edge://extensions', 'about:newtab', 'about:blank',
    'chrome-extension://abc/popup.html', 'moz-extension://abc/x.html', 'view-source:https://a.test',
    'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/', 'https://microsoftedge.microsoft.com/addons/x',
  ])('%s is restricted', (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each(['https://news.example/a', 'http://127.0.0.1:8080/x', 'file:///home/a.html', undefined])('%s is not', (url) =>
    expect(isRestrictedUrl(url)).toBe(false));
});

describe('isAccessRefusal', () => {
  it.each([
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'Cannot access a chrome:// URL',
    'The extensions gallery cannot be scripted.',
    'Missing host permission for the tab',
  ])('"%s" is a refusal', (message) => expect(isAccessRefusal(new Error(message))).toBe(true));

  it('a script error is not', () => expect(isAccessRefusal(new Error('x is not a function'))).toBe(false));
});

describe('isPdfUrl', () => {
  it.each(['https://city.example/minutes/2024-03.pdf', 'http://127.0.0.1:8080/Report.PDF?download=0#page=2', 'file:///home/me/paper.pdf'])('%s names a PDF', (url) =>
    expect(isPdfUrl(url)).toBe(true));
  it.each(['https://news.example/pdf-reader-review', 'https://news.example/a.pdf.html', 'https://news.example/?file=a.pdf', 'view-source:https://a.example/b.pdf', 'not a url', undefined])(
    '%s does not',
    (url) => expect(isPdfUrl(url)).toBe(false),
  );
});
