import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const PAGES_DIR = path.resolve(HERE, '../fixtures/pages');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.pdf': 'application/pdf', '.svg': 'image/svg+xml' };

export interface PageServer {
  origin: string;
  /** Requests to /trap/*: a page script or remote load that should never have happened. */
  trapHits: string[];
  /** Extra routes a test serves (path → HTML). */
  routes: Map<string, string>;
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages on 127.0.0.1 (the only host the e2e build may script). */
export async function startPageServer(): Promise<PageServer> {
  const trapHits: string[] = [];
  const routes = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/trap/')) {
      trapHits.push(url.pathname + url.search);
      res.writeHead(204).end();
      return;
    }
    const routed = routes.get(url.pathname);
    if (routed !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(routed);
      return;
    }
    const file = path.join(PAGES_DIR, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(PAGES_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    trapHits,
    routes,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
