// Test-server middleware: real HTTP answers for the loader tests (faults, slow and broken
// bodies). Routes live under /faults/ so nothing else is affected.
//
//   /faults/status/<code>            that status, with a small HTML error page
//   /faults/html                     200 with an HTML page (a login/error page, not data)
//   /faults/hang                     headers sent, body never ends (the timeout)
//   /faults/no-answer                no headers at all until the client gives up
//   /faults/slow?file=&ms=           the file after `ms` milliseconds
//   /faults/drip?file=&ms=           the file in small chunks, one every `ms` ms
//   /faults/truncated?file=          the first half of the file, then a clean end (cut mid-JSON)
//   /faults/broken?file=             Content-Length of the whole file, half of it, then the socket dies
//   /faults/big?mb=                  a valid-looking JSON body of `mb` MB, streamed, no Content-Length
//   /faults/big-declared?mb=         Content-Length of `mb` MB declared up front
//   /faults/etag?file=&key=&noetag=  ETag + Last-Modified; 304 when If-None-Match (or, with noetag, If-Modified-Since) matches
//   /faults/flaky?file=&key=&fail=n  503 for the first n requests of `key`, then the file
//   /faults/once?file=&key=&then=    the file for the first request of `key`, then status `then` (500)
//   /faults/serve?file=&type=&key=   the file with a chosen Content-Type (&raw=1: exactly that, no charset added)
//   /faults/store?key=&type= (POST)  keep the posted body; /faults/stored?key= serves it back
//   /faults/count?key=               JSON {count, conditional}: requests seen for `key`
//   /faults/accept?key=              the Accept header of the last request for `key`
//   /faults/csp-page?script=&csp=&key= an HTML page with that CSP header (+ report-uri to csp-report) loading `script` as a module
//   /faults/csp-report?key= (POST)   keep a CSP violation report; /faults/csp-reports?key= lists them (JSON)
//   /faults/reset                    forget all counters
// `file` is a path inside the repository (e.g. /data/news.json, /test/fixtures/rss.xml).
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';

const root = process.cwd();
const counters = new Map();
const accepts = new Map();
const cspReports = new Map();
const stored = new Map();

const readBody = (req) =>
  new Promise((done, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });

function count(key, conditional, accept) {
  if (!key) return;
  const entry = counters.get(key) ?? { count: 0, conditional: 0 };
  entry.count++;
  if (conditional) entry.conditional++;
  accepts.set(key, accept);
  counters.set(key, entry);
}

async function load(file) {
  const path = resolve(root, `.${file ?? ''}`);
  if (!file || !path.startsWith(root + sep)) throw new Error('bad file');
  return readFile(path);
}

const typeOf = (file) =>
  file.endsWith('.xml') ? 'application/xml; charset=utf-8' : file.endsWith('.geojson') ? 'application/geo+json' : 'application/json; charset=utf-8';

/** A stream that emits `chunks` with `ms` between them; stops when the client goes away. */
function timedStream(chunks, ms, endless = false) {
  let timer;
  let i = 0;
  return new Readable({
    read() {
      timer = setTimeout(() => {
        if (endless) this.push(' ');
        else if (i < chunks.length) this.push(chunks[i++]);
        else this.push(null);
      }, i === 0 && !endless ? 0 : ms);
    },
    destroy(err, cb) {
      clearTimeout(timer);
      cb(err);
    },
  });
}

const sleep = (ms, ctx) =>
  new Promise((done) => {
    const t = setTimeout(done, ms);
    ctx.req.once('close', () => {
      clearTimeout(t);
      done();
    });
  });

export async function testServerMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/faults/')) return next();
  const q = ctx.query;
  const route = ctx.path.slice('/faults/'.length);
  ctx.set('Cache-Control', 'no-store');
  if (!['count', 'reset', 'accept', 'csp-report', 'csp-reports'].includes(route)) count(q.key, Boolean(ctx.get('if-none-match') || ctx.get('if-modified-since')), ctx.get('accept'));
  try {
    if (route.startsWith('status/')) {
      ctx.status = Number(route.slice(7)) || 500;
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${ctx.status}</title><h1>Error ${ctx.status}</h1>`;
      return;
    }
    switch (route) {
      case 'html':
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = '<!DOCTYPE html>\n<html lang="pl"><head><title>Logowanie</title></head><body><form><input name="login"></form></body></html>';
        return;
      case 'hang':
        ctx.type = 'application/json';
        ctx.body = timedStream([], 500, true);
        return;
      case 'no-answer':
        await sleep(60_000, ctx);
        ctx.status = 504;
        return;
      case 'slow': {
        const body = await load(q.file);
        await sleep(Number(q.ms) || 1000, ctx);
        ctx.type = typeOf(q.file);
        ctx.body = body;
        return;
      }
      case 'drip': {
        const body = await load(q.file);
        const chunks = [];
        for (let i = 0; i < body.length; i += 256) chunks.push(body.subarray(i, i + 256));
        ctx.type = typeOf(q.file);
        ctx.body = timedStream(chunks, Number(q.ms) || 50);
        return;
      }
      case 'truncated': {
        const body = await load(q.file);
        ctx.type = typeOf(q.file);
        ctx.body = body.subarray(0, Math.floor(body.length / 2));
        return;
      }
      case 'broken': {
        const body = await load(q.file);
        ctx.respond = false; // raw socket: promise the whole file, send half, hang up
        ctx.res.writeHead(200, { 'Content-Type': typeOf(q.file), 'Content-Length': body.length, 'Cache-Control': 'no-store' });
        ctx.res.write(body.subarray(0, Math.floor(body.length / 2)));
        setTimeout(() => ctx.res.socket?.destroy(), 50);
        return;
      }
      case 'big':
      case 'big-declared': {
        const size = Math.round((Number(q.mb) || 6) * 1024 * 1024);
        const head = Buffer.from('{"version":"https://jsonfeed.org/version/1.1","title":"big","items":[],"pad":"');
        const tail = Buffer.from('"}');
        const piece = Buffer.alloc(64 * 1024, 'x');
        const chunks = [head];
        for (let n = head.length + tail.length; n < size; n += piece.length) chunks.push(piece);
        chunks.push(tail);
        ctx.type = 'application/json';
        if (route === 'big-declared') ctx.length = chunks.reduce((s, c) => s + c.length, 0);
        ctx.body = timedStream(chunks, 1);
        return;
      }
      case 'etag': {
        const body = await load(q.file);
        const etag = `"v-${body.length}"`;
        const modified = 'Sat, 21 Mar 2026 09:00:00 GMT';
        if (!q.noetag) ctx.set('ETag', etag);
        ctx.set('Last-Modified', modified);
        ctx.set('Cache-Control', 'no-cache');
        if ((!q.noetag && ctx.get('if-none-match') === etag) || (q.noetag && ctx.get('if-modified-since') === modified)) {
          ctx.status = 304;
          return;
        }
        ctx.type = typeOf(q.file);
        ctx.body = body;
        return;
      }
      case 'flaky': {
        const seen = counters.get(q.key)?.count ?? 1;
        if (seen <= (Number(q.fail) || 1)) {
          ctx.status = 503;
          ctx.type = 'text/html';
          ctx.body = '<h1>Service Unavailable</h1>';
          return;
        }
        ctx.type = typeOf(q.file);
        ctx.body = await load(q.file);
        return;
      }
      case 'once': {
        if ((counters.get(q.key)?.count ?? 1) > 1) {
          ctx.status = Number(q.then) || 500;
          ctx.type = 'text/html';
          ctx.body = '<h1>Internal Server Error</h1>';
          return;
        }
        ctx.type = typeOf(q.file);
        ctx.body = await load(q.file);
        return;
      }
      case 'store': {
        // POST a body (a generated hostile feed); GET it back from /faults/stored?key=
        stored.set(q.key, { body: await readBody(ctx.req), type: q.type || 'application/json' });
        if (stored.size > 200) stored.delete(stored.keys().next().value);
        ctx.body = 'ok';
        return;
      }
      case 'stored': {
        const hit = stored.get(q.key);
        if (!hit) {
          ctx.status = 404;
          return;
        }
        ctx.type = hit.type;
        // `parts`: sent in that many pieces, `ms` apart (a body that takes a while to download).
        if (Number(q.parts) > 1) {
          const size = Math.ceil(hit.body.length / Number(q.parts));
          const parts = [];
          for (let i = 0; i < hit.body.length; i += size) parts.push(hit.body.subarray(i, i + size));
          ctx.body = timedStream(parts, Number(q.ms) || 20);
          return;
        }
        ctx.body = hit.body;
        return;
      }
      case 'serve':
        ctx.body = await load(q.file);
        // `raw`: the Content-Type exactly as given (Koa would add "; charset=utf-8" to JSON).
        if (q.raw) ctx.set('Content-Type', q.type);
        else ctx.type = q.type || typeOf(q.file);
        return;
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(counters.get(q.key) ?? { count: 0, conditional: 0 });
        return;
      case 'csp-page': {
        const report = `/faults/csp-report?key=${encodeURIComponent(q.key ?? '')}`;
        ctx.set('Content-Security-Policy', `${q.csp}; report-uri ${report}`);
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = `<!doctype html><title>CSP probe</title><script type="module" src="${String(q.script).replace(/[^\w./-]/g, '')}"></script>`;
        return;
      }
      case 'csp-report': {
        const list = cspReports.get(q.key) ?? [];
        list.push(String(await readBody(ctx.req)));
        cspReports.set(q.key, list);
        ctx.status = 204;
        return;
      }
      case 'csp-reports':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(cspReports.get(q.key) ?? []);
        return;
      case 'accept':
        ctx.type = 'text/plain';
        ctx.body = accepts.get(q.key) ?? '';
        return;
      case 'reset':
        counters.clear();
        ctx.body = 'ok';
        return;
      default:
        ctx.status = 404;
        ctx.body = 'unknown fault route';
    }
  } catch (error) {
    ctx.status = 400;
    ctx.body = String(error);
  }
}
