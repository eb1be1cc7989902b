// Feeds that hang or fail, for the loading, error and "may be out of date" stories. A static
// Storybook has no server that can hang or answer 503, so addresses under `story-feeds/` are
// answered here in the page: `story-feeds/hang/<name>` never answers (until the element gives
// up or aborts), `story-feeds/status/<code>/<name>` answers with that HTTP status. Every other
// request goes to the network as usual. The same happens when npm test renders the stories.
import type { FeedDescriptor } from '../src/feeds/descriptor.js';
import type { FeedData, FeedKind } from '../src/feeds/model.js';
import { saveCopy } from '../src/feeds/storage.js';
import { resolveFeedUrl } from '../src/feeds/loader.js';

const PREFIX = '/story-feeds/';
const passThrough = window.fetch.bind(window);

function storyAnswer(input: RequestInfo | URL, init?: RequestInit): Promise<Response> | undefined {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  const at = url.pathname.indexOf(PREFIX);
  if (at < 0) return undefined;
  const [kind, code] = url.pathname.slice(at + PREFIX.length).split('/');
  if (kind === 'status') {
    const status = Number(code) || 500;
    return Promise.resolve(new Response(`<!doctype html><title>${status}</title><h1>Error ${status}</h1>`, { status, headers: { 'content-type': 'text/html' } }));
  }
  // Hang: settle only when the caller aborts (its timeout or a newer request).
  return new Promise((_, reject) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
  });
}

if (!(window.fetch as { storyFeeds?: boolean }).storyFeeds) {
  const storyFetch = (input: RequestInfo | URL, init?: RequestInit) => storyAnswer(input, init) ?? passThrough(input, init);
  window.fetch = Object.assign(storyFetch, { storyFeeds: true });
}

/** A feed address that never answers (the loading state). */
export const hangingFeed = (name: string) => `story-feeds/hang/${name}`;

/** A feed address answering with an HTTP error (the error state). */
export const failingFeed = (status: number, name: string) => `story-feeds/status/${status}/${name}`;

/**
 * Saves a three-day-old copy of `data` for `src`, so an element whose `src` then fails shows
 * the "may be out of date" notice over it.
 */
export function seedSavedCopy<K extends FeedKind>(descriptor: FeedDescriptor<K>, src: string, data: FeedData<K>): string {
  const url = resolveFeedUrl(src, 'pl');
  if (url) saveCopy(descriptor, url, { data, savedAt: Date.now() - 3 * 24 * 3_600_000 });
  return src;
}
