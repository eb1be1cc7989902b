// Serves a folder on loopback for the benchmarks (a static server, no caching tricks).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

/** Content types of the files the benchmarks and end-to-end pages serve. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export const TEXT = /^(text\/|application\/(json|geo\+json|xml))|image\/svg/;

/**
 * Starts a server for `root` on a free port; resolves to { url, close }. `delayMs(path)` may
 * slow answers; `gzip` compresses text as web servers do (for figures about transfer size).
 */
export function serve(root, { delayMs = () => 0, gzip = false } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end('not found');
    setTimeout(() => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && TEXT.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        createReadStream(file).pipe(createGzip()).pipe(response);
      } else {
        response.writeHead(200, { 'content-type': type });
        createReadStream(file).pipe(response);
      }
    }, delayMs(path));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
