/**
 * Loading feeds over the real web: timeout and abort, a streamed size cap, one request
 * per URL per page (shared in flight), conditional requests against the saved copy, and
 * every failure turned into a FeedProblem. Never throws anything but FeedError/AbortError.
 */
import type { FeedData, FeedKind } from './model.js';
import { parserFor } from './parsers.js';
import { FeedError, feedError, toProblem } from './problem.js';
import { readCopy, saveCopy, type SavedCopy } from './storage.js';

/** Page-wide defaults; tests and integrators may change them. */
export const feedSettings = {
  /** Largest response accepted, in bytes (5 MB). */
  maxBytes: 5 * 1024 * 1024,
  /** Most items kept from one feed. */
  maxItems: 500,
  /** A copy fetched by this page is reused without a request for this long (ms). */
  reuseMs: 60_000,
  /** First retry delay after a failure (ms); doubles each time. */
  retryBaseMs: 5_000,
  /** Longest retry delay (ms). */
  retryMaxMs: 5 * 60_000,
};

export interface LoadOptions {
  /** Timeout for the whole request, body included (ms). */
  timeoutMs: number;
  /** Abort from the caller (element disconnected, src changed). */
  signal?: AbortSignal;
  /** Ignore a recent in-memory copy and ask the network (refresh, retry). */
  force?: boolean;
}

export interface LoadResult<K extends FeedKind> {
  data: FeedData<K>;
  /** When the data was fetched from the network. */
  savedAt: Date;
  /** True when the data is a saved copy (304 Not Modified, or reused from memory). */
  fromCache: boolean;
}

const isSameOrigin = (url: string) => {
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false;
  }
};

const humanBytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`);

function tooLarge(limit: number) {
  return feedError('tooLarge', `The feed is larger than the limit of ${humanBytes(limit)}; it was not loaded.`, {
    limit,
    detail: humanBytes(limit),
  });
}

/**
 * The text encoding of a body: a BOM, then the Content-Type charset, then an XML
 * declaration (older Polish and German CMSes still serve ISO-8859-2 / windows-1250 RSS),
 * else UTF-8.
 */
function sniffEncoding(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  for (const label of [declared, xml]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).encoding;
    } catch {
      /* unknown label: try the next */
    }
  }
  return 'utf-8';
}

/** Reads a body as text (its encoding sniffed), stopping (and cancelling the download) past `limit` bytes. */
export async function readCapped(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge(limit);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    size = buffer.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(buffer);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder(sniffEncoding(bytes, response.headers.get('content-type'))).decode(bytes);
}

interface Flight<K extends FeedKind> {
  promise: Promise<LoadResult<K>>;
  controller: AbortController;
  users: number;
}
const inFlight = new Map<string, Flight<FeedKind>>();

/** Settles with `promise`, or rejects with an AbortError when `signal` aborts first. */
function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort();
    return Promise.reject(new DOMException('Aborted', 'AbortError'));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', abort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', abort);
        reject(e);
      },
    );
  });
}

async function fetchFeed<K extends FeedKind>(kind: K, url: string, timeoutMs: number, controller: AbortController): Promise<LoadResult<K>> {
  const saved = readCopy(kind, url);
  const headers: Record<string, string> = { Accept: acceptFor(kind) };
  // Conditional headers are not CORS-safelisted: cross-origin they would force a preflight,
  // so there the browser's own HTTP cache revalidates instead (cache: 'no-cache').
  if (saved && isSameOrigin(url)) {
    if (saved.etag) headers['If-None-Match'] = saved.etag;
    else if (saved.lastModified) headers['If-Modified-Since'] = saved.lastModified;
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: isSameOrigin(url) ? headers : undefined,
        cache: 'no-cache',
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
        referrerPolicy: 'strict-origin-when-cross-origin',
      });
    } catch (error) {
      throw networkError(error, timedOut, timeoutMs);
    }
    if (response.status === 304 && saved) {
      void response.body?.cancel().catch(() => {});
      const copy: SavedCopy<K> = { ...saved, savedAt: Date.now() };
      saveCopy(kind, url, copy);
      return { data: saved.data, savedAt: new Date(copy.savedAt), fromCache: true };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw feedError('http', `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`, {
        status: response.status,
        detail: String(response.status),
      });
    }
    let body: string;
    try {
      body = await readCapped(response, feedSettings.maxBytes);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      throw networkError(error, timedOut, timeoutMs, true);
    }
    const parse = parserFor(kind);
    if (!parse) throw feedError('unknown', `No parser for "${kind}" feeds: import its parse-${kind} module.`);
    const data = await parse(body, {
      base: response.url || url,
      maxItems: feedSettings.maxItems,
      contentType: response.headers.get('content-type') ?? undefined,
    });
    const copy: SavedCopy<K> = {
      data,
      savedAt: Date.now(),
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
    saveCopy(kind, url, copy);
    return { data, savedAt: new Date(copy.savedAt), fromCache: false };
  } finally {
    clearTimeout(timer);
  }
}

function networkError(error: unknown, timedOut: boolean, timeoutMs: number, whileReading = false): FeedError {
  if (error instanceof FeedError) return error;
  const seconds = Math.round(timeoutMs / 100) / 10;
  if (timedOut)
    return feedError('timeout', `The server did not answer within ${seconds} s.`, { seconds, detail: String(seconds) });
  if (error instanceof DOMException && error.name === 'AbortError') throw error;
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return feedError('offline', 'The browser is offline.');
  return feedError(
    'network',
    whileReading
      ? 'The connection broke while the feed was downloading.'
      : 'The feed could not be reached: the server is down, the address is wrong, or it is on another domain that does not allow CORS (Access-Control-Allow-Origin).',
    { detail: whileReading ? 'interrupted' : 'unreachable' },
  );
}

function acceptFor(kind: FeedKind) {
  if (kind === 'news') return 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5';
  if (kind === 'attractions') return 'application/geo+json, application/json;q=0.9, */*;q=0.5';
  return 'application/json, */*;q=0.5';
}

/**
 * Loads a feed. Requests for the same kind and URL share one network request; a copy this
 * page fetched less than `feedSettings.reuseMs` ago is reused unless `force` is set.
 * Rejects with a FeedError (see `.problem`) or, when `signal` aborts, an AbortError.
 */
export function loadFeed<K extends FeedKind>(kind: K, url: string, options: LoadOptions): Promise<LoadResult<K>> {
  const saved = readCopy(kind, url);
  if (!options.force && saved?.live && Date.now() - saved.savedAt < feedSettings.reuseMs) {
    return Promise.resolve({ data: saved.data, savedAt: new Date(saved.savedAt), fromCache: true });
  }
  const id = `${kind} ${url}`;
  let flight = inFlight.get(id) as Flight<K> | undefined;
  if (!flight) {
    const controller = new AbortController();
    const promise = fetchFeed(kind, url, options.timeoutMs, controller).finally(() => {
      if (inFlight.get(id) === (flight as Flight<FeedKind>)) inFlight.delete(id);
    });
    promise.catch(() => {}); // handled by every user; never an unhandled rejection
    flight = { promise, controller, users: 0 };
    inFlight.set(id, flight as Flight<FeedKind>);
  }
  const current = flight;
  current.users++;
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    current.users--;
    if (current.users <= 0) {
      current.controller.abort();
      if (inFlight.get(id) === (current as Flight<FeedKind>)) inFlight.delete(id);
    }
  };
  return withSignal(current.promise, options.signal, leave).then(
    (result) => {
      left = true;
      current.users--;
      return result;
    },
    (error) => {
      if (!left) {
        left = true;
        current.users--;
      }
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw error instanceof FeedError ? error : new FeedError(toProblem(error));
    },
  );
}

/** True for the AbortError a cancelled load rejects with (not a feed problem). */
export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Resolves a feed address: `{lang}` replaced, relative URLs against the document. */
export function resolveFeedUrl(src: string | null | undefined, lang: string): string | undefined {
  if (typeof src !== 'string' || !src.trim()) return undefined;
  try {
    const url = new URL(src.trim().replace(/\{lang\}/g, encodeURIComponent(lang)), document.baseURI);
    return url.href;
  } catch {
    return undefined;
  }
}
