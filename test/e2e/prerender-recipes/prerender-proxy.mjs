// Prerenders the CMS's pages on their way to the visitor: CMS=http://127.0.0.1:8080 PORT=8081 node prerender-proxy.mjs
import { createServer } from 'node:http';
import { prerender } from 'civic-widgets/prerender';

const CMS = process.env.CMS ?? 'http://127.0.0.1:8080'; // where the CMS answers
const SITE = process.env.SITE ?? 'https://www.sochaczew.pl'; // its public address
const MINUTES = 5; // how long a page is kept
const cache = new Map(); // address → { until, page: Promise<{ status, headers, body }> }

// The site's own feeds are read from the CMS directly; other sites' from where they are.
const readFeed = async (url) => {
  const from = url.origin === new URL(SITE).origin ? new URL(url.pathname + url.search, CMS) : url;
  const response = await fetch(from);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { body: await response.text(), contentType: response.headers.get('content-type') ?? undefined };
};

async function load(path) {
  const page = await fetch(new URL(path, CMS), { redirect: 'manual' });
  const type = page.headers.get('content-type') ?? 'application/octet-stream';
  let body = Buffer.from(await page.arrayBuffer());
  if (page.status === 200 && type.startsWith('text/html')) {
    const { html, problems } = await prerender(body.toString('utf8'), { baseUrl: new URL(path, SITE).href, readFeed, timeZone: 'Europe/Warsaw' });
    for (const line of problems) console.warn(`${path}: ${line}`);
    body = Buffer.from(html);
  }
  const headers = { 'content-type': type };
  for (const name of ['cache-control', 'last-modified', 'location']) if (page.headers.has(name)) headers[name] = page.headers.get(name);
  return { status: page.status, headers, body };
}

createServer(async (request, response) => {
  // Only page views come here (GET, HEAD); forms, logins and the admin go to the CMS itself.
  if (request.method !== 'GET' && request.method !== 'HEAD') return response.writeHead(405, { allow: 'GET, HEAD' }).end();
  let entry = cache.get(request.url);
  if (!entry || entry.until < Date.now()) {
    if (cache.size >= 1000) cache.clear(); // made-up addresses must not fill the memory
    entry = { until: Date.now() + MINUTES * 60_000, page: load(request.url) };
    cache.set(request.url, entry); // visitors arriving meanwhile wait for the same prerender
  }
  try {
    const { status, headers, body } = await entry.page;
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    cache.delete(request.url);
    console.error(`${request.url}: ${error.message}`);
    response.writeHead(502, { 'content-type': 'text/plain' }).end('The site is not answering.');
  }
}).listen(Number(process.env.PORT ?? 8081), '127.0.0.1', function () {
  console.log(`prerendering ${CMS} on http://127.0.0.1:${this.address().port}`);
});
