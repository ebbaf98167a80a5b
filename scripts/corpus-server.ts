// The dev corpus's pages served on 127.0.0.1 for the browser benches (bench:popup, bench-extract-chromium):
// `/<id>.html` for each id given, anything else 404.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export async function serveCorpus(corpus: string, ids: readonly string[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const id = (req.url ?? '').slice(1).replace(/\.html$/, '');
    if (!ids.includes(id)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(gunzipSync(readFileSync(path.join(corpus, 'html', `${id}.html.gz`))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
