/**
 * Reads a feed for the prerenderer: an http(s) URL, or a file relative to the page (as the
 * browser would resolve the `src` against the page's address). Same limits as in the
 * browser: the size cap, a timeout, the encoding sniffed the same way.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import type { FeedDescriptor } from '../feeds/descriptor.js';
import type { FeedKind } from '../feeds/model.js';
import { limitsFor, readCapped } from '../feeds/loader.js';

export interface FeedBody {
  body: string;
  contentType?: string;
}

/**
 * A site's own way to read a feed (a CMS hands over what it already has): called with the
 * address resolved against the page's address, for every feed, instead of the network and
 * the files.
 */
export type ReadFeed = (url: URL) => Promise<FeedBody>;

export interface ReadOptions {
  /** The page's folder: relative addresses are files beside the page. */
  pageDir: string;
  /** The folder `/…` addresses are read from (default: the page's folder). */
  root?: string;
  /** The page's public address: a relative address with no file is fetched from there. */
  baseUrl?: string;
  /** The page's address (its public one, or one standing for its file). */
  pageUrl: string;
  timeoutMs: number;
  readFeed?: ReadFeed;
}

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
};

const hasScheme = (src: string) => /^[a-z][a-z\d+.-]*:/i.test(src);

/** Where an address points: a URL to fetch, or a local file. */
export function locate(src: string, options: ReadOptions): { url: URL } | { file: string } {
  const address = src.trim();
  if (address.startsWith('//')) return { url: new URL(`https:${address}`) };
  if (hasScheme(address)) return { url: new URL(address) };
  const path = decodeURIComponent(address.replace(/[?#].*$/, ''));
  const file = path.startsWith('/') ? join(options.root ?? options.pageDir, path) : resolve(options.pageDir, path);
  return { file: isAbsolute(file) ? file : resolve(file) };
}

async function fetchBody(url: URL, descriptor: FeedDescriptor<FeedKind>, timeoutMs: number): Promise<FeedBody> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`only http(s) feeds are read, not ${url.protocol}`);
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: descriptor.accept } });
  if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
  return { body: await readCapped(response, limitsFor(descriptor).maxBytes), contentType: response.headers.get('content-type') ?? undefined };
}

/** The feed's text, or an Error whose message says why not (for one line of output). */
export async function readFeedBody(src: string, descriptor: FeedDescriptor<FeedKind>, options: ReadOptions): Promise<{ body: FeedBody; url: URL | string }> {
  if (options.readFeed) {
    const url = new URL(src.trim(), options.pageUrl);
    return { body: await options.readFeed(url), url };
  }
  const where = locate(src, options);
  if ('url' in where) return { body: await fetchBody(where.url, descriptor, options.timeoutMs), url: where.url };
  const found = await stat(where.file).catch(() => undefined);
  if (!found?.isFile()) {
    if (!options.baseUrl) throw new Error(`there is no file ${where.file}`);
    const url = new URL(src.trim(), options.baseUrl);
    return { body: await fetchBody(url, descriptor, options.timeoutMs), url };
  }
  const bytes = await readFile(where.file);
  // Through a Response, so size cap and encoding sniffing are the browser path's own.
  const contentType = TYPES[extname(where.file).toLowerCase()];
  const response = new Response(bytes, { headers: contentType ? { 'content-type': contentType } : {} });
  return { body: { body: await readCapped(response, limitsFor(descriptor).maxBytes), contentType }, url: where.file };
}
