// Small helpers for the prerender tests: a folder of files, a local feed server, the
// prerendered shadow roots of a page.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'parse5';

/** A temporary folder holding `files` (path → text or object written as JSON). */
export function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'civic-prerender-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** A feed server on loopback: `routes[path]` is `{ status, type, body, delayMs }`; every request is logged. */
export async function feedServer(routes) {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    const route = routes[new URL(request.url, 'http://x').pathname];
    if (!route) return response.writeHead(404).end('not found');
    setTimeout(() => {
      response.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/json' });
      response.end(typeof route.body === 'string' ? route.body : JSON.stringify(route.body));
    }, route.delayMs ?? 0);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

const isElement = (node) => 'tagName' in node;

/** Every element of a parse5 tree, template contents included (declarative shadow roots live there). */
export function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (!isElement(child)) continue;
    yield child;
    if (child.tagName === 'template') yield* elementsOf(child.content);
    yield* elementsOf(child);
  }
}

/** The page's civic elements with their shadow root template (parse5 nodes). */
export function prerenderedElements(html) {
  return [...elementsOf(parse(html))]
    .filter((el) => el.tagName.startsWith('civic-'))
    .map((el) => ({ el, shadow: el.childNodes.find((c) => c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode')) }));
}

/** The text of a parse5 subtree (template contents included), whitespace collapsed. */
export function textOf(node) {
  const out = [];
  const walk = (n) => {
    if (n.nodeName === '#text') out.push(n.value);
    if (n.nodeName === 'style' || n.nodeName === 'script') return;
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(node);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

export const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

/** Fails with the first difference only (pages are too long to print whole). */
export function assertSameText(actual, expected, message = 'texts differ') {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 120), i + 120));
  throw new Error(`${message} at ${i}:\n  actual:   ${around(actual)}\n  expected: ${around(expected)}`);
}
