/**
 * Loading feeds over the real web: timeout and abort, a streamed size cap, one request
 * per URL per page (shared in flight), conditional requests against the saved copy, and
 * every failure turned into a FeedProblem. Never throws anything but FeedError/AbortError.
 */
import type { FeedData, FeedKind } from './model.js';
import type { FeedDescriptor, FeedLimits } from './descriptor.js';
import { FeedError, feedError, toProblem } from './problem.js';
import { readCopy, saveCopy, type SavedCopy } from './storage.js';
import { decodeBody, guessedWarning } from './encoding.js';
import { takeEarly } from './early.js';

/** Page-wide settings; sites and tests may change them. */
export const feedSettings = {
  /**
   * Page-wide ceiling on the bytes of any feed. Unset, each kind keeps its own default (news
   * and partnership 5 MB, the map 50 MB); set, it lowers those above it and raises none.
   */
  maxBytes: undefined as number | undefined,
  /** Page-wide ceiling on the entries kept from any feed (defaults: news and partnership 500, the map 200,000). */
  maxItems: undefined as number | undefined,
  /** A kind's own limits, replacing its defaults (raising or lowering), e.g. `{ news: { maxItems: 2000 } }`; the ceilings above still apply. */
  kinds: {} as Partial<Record<FeedKind, Partial<FeedLimits>>>,
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
 * Reads a body's bytes, stopping (and cancelling the download) past `limit` bytes. Gives them
 * joined when asked: a kind that read the chunks as they came rarely needs the copy (30 MB
 * for a large map, a long task of its own).
 */
export async function readBytes(response: Response, limit: number, onChunk?: (bytes: Uint8Array) => void): Promise<() => Uint8Array> {
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
      onChunk?.(value);
    }
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    size = buffer.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(buffer);
  }
  return () => {
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  };
}

/** Reads a body as text, stopping (and cancelling the download) past `limit` bytes. */
export async function readCapped(response: Response, limit: number): Promise<string> {
  const { text, guessed } = await decodeBody((await readBytes(response, limit))(), response.headers.get('content-type'));
  if (guessed) console.warn(guessedWarning(response.url, guessed));
  return text;
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

const positive = (n: unknown) => (typeof n === 'number' && n > 0 ? n : Infinity);

/**
 * The limits a kind's feeds are loaded with: the kind's own (`feedSettings.kinds[kind]`,
 * else the descriptor's defaults), then capped by the page-wide `maxBytes` / `maxItems`.
 */
export function limitsFor(descriptor: FeedDescriptor<FeedKind>): FeedLimits {
  const own = feedSettings.kinds?.[descriptor.kind] ?? {};
  const pick = (name: keyof FeedLimits) =>
    Math.min(Number.isFinite(positive(own[name])) ? positive(own[name]) : descriptor.limits[name], positive(feedSettings[name]));
  return { maxBytes: pick('maxBytes'), maxItems: Math.floor(pick('maxItems')) };
}

async function fetchFeed<K extends FeedKind>(descriptor: FeedDescriptor<K>, url: string, timeoutMs: number, controller: AbortController): Promise<LoadResult<K>> {
  const saved = readCopy(descriptor, url);
  const limits = limitsFor(descriptor as FeedDescriptor<FeedKind>);
  const headers: Record<string, string> = { Accept: descriptor.accept };
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
    // The CDN loader may have asked already, beside the element's code (early.ts).
    const early = takeEarly(url, descriptor.accept, feedSettings.reuseMs);
    if (early) controller.signal.addEventListener('abort', () => early[1].abort());
    try {
      response = await (early?.[0] ?? fetch(url, {
        signal: controller.signal,
        headers: isSameOrigin(url) ? headers : undefined,
        cache: 'no-cache',
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
        referrerPolicy: 'strict-origin-when-cross-origin',
      }));
    } catch (error) {
      throw networkError(error, timedOut, timeoutMs);
    }
    if (response.status === 304 && saved) {
      void response.body?.cancel().catch(() => {});
      const copy: SavedCopy<K> = { ...saved, savedAt: Date.now() };
      saveCopy(descriptor, url, copy);
      return { data: saved.data, savedAt: new Date(copy.savedAt), fromCache: true };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw feedError('http', `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`, {
        status: response.status,
        detail: String(response.status),
      });
    }
    const options = {
      base: response.url || url,
      maxItems: limits.maxItems,
      contentType: response.headers.get('content-type') ?? undefined,
      signal: controller.signal,
      sliced: true,
    };
    // A kind may read the body while it downloads (the map, in its worker).
    const stream = descriptor.bytes ? descriptor.stream?.(options) : undefined;
    let body: string | (() => Uint8Array);
    try {
      // A kind that reads bytes decodes them itself (the map, in its worker).
      body = await (descriptor.bytes ? readBytes(response, limits.maxBytes, stream && ((bytes) => stream.chunk(bytes))) : readCapped(response, limits.maxBytes));
    } catch (error) {
      stream?.cancel();
      if (error instanceof FeedError) throw error;
      throw networkError(error, timedOut, timeoutMs, true);
    }
    const data = await (stream ? stream.finish(body as () => Uint8Array) : descriptor.parse((typeof body === 'string' ? body : body()) as string, options));
    const copy: SavedCopy<K> = {
      data,
      savedAt: Date.now(),
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
    saveCopy(descriptor, url, copy);
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

/**
 * Loads a feed. Requests for the same kind and URL share one network request; a copy this
 * page fetched less than `feedSettings.reuseMs` ago is reused unless `force` is set.
 * Rejects with a FeedError (see `.problem`) or, when `signal` aborts, an AbortError.
 */
export function loadFeed<K extends FeedKind>(descriptor: FeedDescriptor<K>, url: string, options: LoadOptions): Promise<LoadResult<K>> {
  const saved = readCopy(descriptor, url);
  if (!options.force && saved?.live && Date.now() - saved.savedAt < feedSettings.reuseMs) {
    return Promise.resolve({ data: saved.data, savedAt: new Date(saved.savedAt), fromCache: true });
  }
  const id = `${descriptor.kind} ${url}`;
  let flight = inFlight.get(id) as Flight<K> | undefined;
  if (!flight) {
    const controller = new AbortController();
    const promise = fetchFeed(descriptor, url, options.timeoutMs, controller).finally(() => {
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
