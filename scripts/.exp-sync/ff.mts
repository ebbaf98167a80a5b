import { launchFirefox, ORIGIN, ADDON_ID, FIREFOX_E2E_BUILD } from '../../tests/e2e/firefox';
import { startCouch, COUCH_USER, COUCH_PASSWORD } from '../../tests/e2e/couch';
import { waitFor } from '../../tests/e2e/protocol-client';
const couch = await startCouch();
const ff = await launchFirefox();
try {
  const { bidi, evaluate } = ff;
  console.log(await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_E2E_BUILD } }));
  const { contexts } = await bidi.send<any>('browsingContext.getTree', { maxDepth: 0 });
  const tab = contexts[0].context;
  await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/library.html`, wait: 'complete' });
  await waitFor(async () => (await evaluate(tab, `!!document.querySelector('.cr-sync summary')`)).value, 'panel');
  await evaluate(tab, `document.querySelector('.cr-sync').open = true`);
  const url = couch.dbUrl.replace('127.0.0.1', 'localhost');
  await evaluate(tab, `(() => { const f = document.querySelector('.cr-sync form'); f.url.value = ${JSON.stringify(url)}; f.username.value = ${JSON.stringify(COUCH_USER)}; f.password.value = ${JSON.stringify(COUCH_PASSWORD)}; })()`);
  const { sharedId } = await evaluate(tab, `document.querySelector('.cr-sync form button[type=submit]')`);
  await bidi.send('input.performActions', { context: tab, actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }] });
  await new Promise((r) => setTimeout(r, 2000));
  const chrome = await bidi.send<any>('browsingContext.getTree', { 'moz:scope': 'chrome' }).catch((e) => String(e));
  console.log(JSON.stringify(chrome).slice(0, 1000));
  const win = chrome.contexts?.[0]?.context;
  if (win) {
    const r = await bidi.send<any>('script.evaluate', { target: { context: win }, expression: `JSON.stringify(PopupNotifications.panel.state + ' ' + [...document.querySelectorAll('popupnotification')].map(n => n.id + ':' + n.hidden))`, awaitPromise: true });
    console.log(JSON.stringify(r));
    const n = await bidi.send<any>('script.evaluate', { target: { context: win }, expression: `JSON.stringify(PopupNotifications._currentNotifications.map(n => n.id))`, awaitPromise: true });
    console.log(JSON.stringify(n));
    const t = await bidi.send<any>('script.evaluate', { target: { context: win }, expression: `(() => { const n = document.getElementById('addon-webext-permissions-notification'); return JSON.stringify({ text: n.textContent.replace(/\\s+/g, ' '), label: n.button.label, secondary: n.secondaryButton?.label }); })()`, awaitPromise: true });
    console.log(JSON.stringify(t));
    const c = await bidi.send<any>('script.evaluate', { target: { context: win }, expression: `document.getElementById('addon-webext-permissions-notification').button.click()`, awaitPromise: true });
    console.log(JSON.stringify(c));
    await new Promise((r) => setTimeout(r, 4000));
  }
  console.log((await evaluate(tab, `document.querySelector('.cr-sync').textContent`)).value);
} finally { ff.close(); await couch.stop(); }
