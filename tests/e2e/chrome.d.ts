// The extension APIs as code passed to `worker.evaluate` sees them in the service worker.
declare const chrome: typeof import('wxt/browser').browser;
