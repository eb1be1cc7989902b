// The README's Embed snippet as a city's web editor would use it: pasted as is into a plain
// page with a heading and paragraphs between the elements, no CSS of the host's. Shared by
// bench/readme-page.mjs and the end-to-end tests, so both measure what README says.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TEXT, TYPES } from './serve.mjs';

/** The first ```html block of README's "## Embed" section. */
export function readmeSnippet(readme = readFileSync('README.md', 'utf8')) {
  const section = readme.slice(readme.indexOf('\n## Embed'));
  const match = /```html\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('README.md: no ```html block under "## Embed"');
  return match[1].trim();
}

/** The types Debian 12's Apache (mods-available/deflate.conf) gzips with mod_deflate enabled, as it is by default. */
const APACHE = /^text\/(html|plain|xml|css|javascript)|^application\/(x-javascript|javascript|ecmascript|rss\+xml|wasm|xml)/;

const PARAGRAPHS = [
  'Sochaczew leży nad Bzurą, w połowie drogi między Warszawą a Łowiczem. Miasto słynie z Muzeum Ziemi Sochaczewskiej i Pola Bitwy nad Bzurą oraz z kolejki wąskotorowej.',
  'Poniżej znajdziesz najnowsze wiadomości z ratusza, przewodnik po atrakcjach i informacje o współpracy z miastami partnerskimi. Treści aktualizują się same.',
  'Urząd Miejski zaprasza mieszkańców do udziału w konsultacjach społecznych. Szczegóły i terminy spotkań publikujemy na bieżąco w aktualnościach.',
];

/**
 * A whole page around `snippet`: its `<script>` lines go into `<head>` (where a page puts
 * scripts; CMSs that paste into the body are discussed in README), every other line is an
 * element with a paragraph after it. `sections: true` wraps each element in an `<h2>`
 * section, as a page with its own outline would.
 */
export function snippetPage(snippet, { lang = 'pl', sections = false, title = 'Sochaczew: miasto nad Bzurą' } = {}) {
  const lines = snippet.split('\n').map((line) => line.trim()).filter(Boolean);
  const scripts = lines.filter((line) => line.startsWith('<script'));
  const elements = lines.filter((line) => !line.startsWith('<script'));
  const body = elements
    .map((element, i) => {
      const paragraph = `<p>${PARAGRAPHS[i % PARAGRAPHS.length]}</p>`;
      return sections ? `<section>\n<h2>Część ${i + 1}</h2>\n${element}\n${paragraph}\n</section>` : `${element}\n${paragraph}`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${scripts.join('\n')}
</head>
<body>
<main>
<h1>${title}</h1>
<p>${PARAGRAPHS[0]}</p>
${body}
</main>
</body>
</html>`;
}

/**
 * Serves a snippet page at `/` (and `/?lang=de` …) with the library at `/civic-widgets/`
 * (from `libDir`) and the README's feed URLs answered from data/. `delay(kind)` slows
 * answers: kind is 'feed' (the feeds), 'script' (files of the library) or 'other'.
 * `compress` (gzip level 6 when the browser accepts it; scripts/size.mjs counts gzipped bytes):
 * `'apache'` compresses what Debian's Apache 2.4 compresses out of the box (mod_deflate's
 * deflate.conf: HTML, CSS, JavaScript, XML; JSON feeds and SVG go out as they are), `'all'`
 * every text answer (as CDNs send them, and servers set up to gzip JSON); off, nothing.
 */
export function serveSnippetSite(libDir, { snippet = readmeSnippet(), delay = () => 0, sections = false, compress = false } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const gzip = (type) => (compress === 'all' ? TEXT : APACHE).test(type) && !!compress && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const send = (type, body) => {
      const zipped = gzip(type);
      response.writeHead(200, { 'content-type': type, ...(zipped && { 'content-encoding': 'gzip', vary: 'accept-encoding' }) });
      response.end(zipped ? gzipSync(body, { level: 6 }) : body);
    };
    if (path === '/') {
      return send(TYPES['.html'], snippetPage(snippet, { lang: url.searchParams.get('lang') ?? 'pl', sections: sections || url.searchParams.has('sections') }));
    }
    let file;
    let kind = 'other';
    if (path.startsWith('/civic-widgets/')) {
      file = normalize(join(libDir, path.slice('/civic-widgets/'.length)));
      if (!file.startsWith(normalize(libDir))) file = undefined;
      kind = 'script';
    } else if (/\/images\/[\w.-]+$/.test(path)) {
      file = join('data/images', path.slice(path.lastIndexOf('/') + 1));
    } else if (path.startsWith('/wp-json/wp/v2/posts') || path === '/feeds/news.json') {
      file = 'data/news.json';
      kind = 'feed';
    } else if (path.startsWith('/feeds/')) {
      file = join('data', path.slice('/feeds/'.length));
      kind = 'feed';
    }
    if (!file || !existsSync(file) || statSync(file).isDirectory()) return response.writeHead(404).end('not found');
    setTimeout(() => send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file)), delay(kind, path));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
