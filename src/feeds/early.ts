/**
 * Feed requests the CDN loader (src/loader/index.ts) starts beside an element's code, so
 * that a feed downloads while the code does instead of after it. The loader asks exactly as
 * fetchFeed would (the same options and `Accept`; test/loader/early-feed.test.ts compares
 * them) and leaves each request here under its URL; the first load of that URL takes it over,
 * so a page still makes one request per feed. Requests with conditional headers are not
 * needed: `cache: 'no-cache'` lets the browser's HTTP cache revalidate by itself.
 */
/** The response, what aborts it, the `Accept` it was asked with, when it started (ms). */
export type EarlyRequest = [response: Promise<Response>, abort: AbortController, accept: string, at: number];

export const EARLY = Symbol.for('civic-widgets.early');

/**
 * The request the loader started for `url` with `accept`, taken out of the list (only once).
 * One asked with another `Accept` (another kind of feed at the same address) or older than
 * `maxAgeMs` is cancelled and not used.
 */
export function takeEarly(url: string, accept: string, maxAgeMs: number): EarlyRequest | undefined {
  const list = (globalThis as { [EARLY]?: Map<string, EarlyRequest> })[EARLY];
  const early = list?.get(url);
  if (!early) return undefined;
  list!.delete(url);
  if (early[2] === accept && Date.now() - early[3] < maxAgeMs) return early;
  early[1].abort();
  return undefined;
}
