import { describe, expect, it } from 'vitest';
import { deferPopupUi, loadPopupUi, POPUP_UI_TEMPLATE } from '../../utils/popup-ui-loader';

// popup.html as Vite writes it: the first script by hand, then the UI's tags that Vite adds to the head.
const BUILT = `<!DOCTYPE html>
<html lang="en">
  <head>
    <script src="/popup-start.js"></script>
    <title>Clean Reader</title>
    <script type="module" crossorigin src="/chunks/popup-A.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/theme-B.js">
    <link rel="stylesheet" crossorigin href="/assets/theme-C.css">
    <link rel="stylesheet" crossorigin href="/assets/popup-D.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const heads = (doc: Document) => [...doc.head.children].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? el.tagName.toLowerCase());

describe('deferPopupUi (build)', () => {
  it('moves the UI tags into a template just before the first script, which finds it when it runs', () => {
    const doc = parse(deferPopupUi(BUILT));
    expect(heads(doc)).toEqual(['template', '/popup-start.js', 'title']);
    const template = doc.getElementById(POPUP_UI_TEMPLATE) as HTMLTemplateElement;
    expect(template.parentElement).toBe(doc.head);
    expect([...template.content.children].map((el) => el.outerHTML)).toEqual([
      '<script type="module" crossorigin="" src="/chunks/popup-A.js"></script>',
      '<link rel="modulepreload" crossorigin="" href="/chunks/theme-B.js">',
      '<link rel="stylesheet" crossorigin="" href="/assets/theme-C.css">',
      '<link rel="stylesheet" crossorigin="" href="/assets/popup-D.css">',
    ]);
  });

  it('changes nothing in a page without such tags', () => {
    const html = '<html><head><script src="/x.js"></script></head><body></body></html>';
    expect(deferPopupUi(html)).toBe(html);
  });
});

describe('loadPopupUi (the first script, once the extraction is sent)', () => {
  it('adds all the UI tags to the head at once, and settles when the stylesheets have loaded or failed', async () => {
    const doc = parse(deferPopupUi(BUILT));
    let styled = false;
    const loaded = loadPopupUi(doc).then(() => (styled = true));
    expect(doc.getElementById(POPUP_UI_TEMPLATE)).toBeNull();
    expect(heads(doc)).toEqual(['/popup-start.js', 'title', '/chunks/popup-A.js', '/chunks/theme-B.js', '/assets/theme-C.css', '/assets/popup-D.css']);
    const module = doc.head.querySelector('script[type="module"]') as HTMLScriptElement;
    expect(module.ownerDocument).toBe(doc);
    const [theme, popup] = doc.head.querySelectorAll('link[rel="stylesheet"]');
    theme!.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(styled).toBe(false);
    popup!.dispatchEvent(new Event('error'));
    await loaded;
    expect(styled).toBe(true);
  });

  it('does nothing where nothing was deferred (a dev build)', async () => {
    const doc = parse(BUILT);
    await loadPopupUi(doc);
    expect(heads(doc)).toEqual(heads(parse(BUILT)));
  });
});
