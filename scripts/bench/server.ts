/**
 * A small static server for the built site, plus extra files (the bench's baseline pages, or a test's
 * "new version" of a file) on one origin. `extra` is read on every request, so it can change while serving.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export type BenchServer = { url: string; close(): Promise<void> };

export type ExtraFile = { body: string; type?: string };

/** Serves `outDir`, and `extra` files (path → body, HTML unless a type is given) over it. */
export function serveStatic(outDir: string, extra: Map<string, ExtraFile>): Promise<BenchServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://bench').pathname);
    const override = extra.get(pathname);
    if (override) {
      res.writeHead(200, { 'content-type': override.type ?? TYPES['.html']!, 'cache-control': 'no-cache' });
      return res.end(override.body);
    }
    let file = path.join(outDir, path.normalize(pathname));
    if (!file.startsWith(outDir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('Not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
