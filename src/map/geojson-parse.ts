/**
 * How the map reads its feed: the attractions descriptor of the feed layer, with a parse
 * that keeps the page responsive however large the feed is.
 *
 * - Small bodies (under 256 KB) are parsed at once: a few milliseconds.
 * - Larger ones go to a worker when the page allows one: the library is served from the
 *   page's own origin (a script from a CDN on another origin cannot start a worker from its
 *   own URL), the CSP lets workers run, and Trusted Types (if enforced) accept the
 *   library's policy. The worker sends attractions back in slices.
 * - Otherwise (or when the worker fails to start) the body is read in slices of a few
 *   milliseconds on the main thread (`geojson-chunked.ts`, a lazy chunk).
 */
import type { AttractionsFeed, Attraction } from '../feeds/model.js';
import type { FeedDescriptor, KindParseOptions } from '../feeds/descriptor.js';
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { ownScriptUrl } from '../feeds/inert.js';
import { FeedError, type FeedProblem } from '../feeds/problem.js';

/** Bodies smaller than this are parsed at once (characters). */
export const INLINE_BELOW = 256 * 1024;

/** What the worker is asked: the body and the parse options that can cross (no functions, no signal). */
export interface WorkerRequest {
  body: string;
  options: { base?: string; maxItems?: number; contentType?: string };
}

/** What the worker answers: slices of attractions, then the feed around them, or why not. */
export type WorkerReply =
  | { type: 'slice'; attractions: Attraction[] }
  | { type: 'done'; meta: Omit<AttractionsFeed, 'attractions'>; warnings: string[] }
  | { type: 'error'; problem: FeedProblem; warnings: string[] };

/** How the last large feed was read (`worker` or `chunks`), for tests and the benchmark. */
export const parseStats: { last?: 'inline' | 'worker' | 'chunks' } = {};

/** The worker could not start here (another origin, CSP, Trusted Types): read in chunks instead. */
class NoWorker extends Error {}
/** Once the page refused a worker, it is not asked again (each refusal is a report for the site). */
let refused = false;

/** `new Worker`, refused for a script on another origin and passed through the library's Trusted Types policy. */
function OwnWorker(url: URL, options: WorkerOptions): Worker {
  if (refused || typeof Worker === 'undefined' || url.origin !== location.origin) throw new NoWorker('not on this origin');
  const trusted = ownScriptUrl(url.href);
  if (!trusted) throw new NoWorker('Trusted Types policy refused');
  try {
    return new Worker(trusted, options);
  } catch (error) {
    refused = true;
    throw new NoWorker(String(error)); // the CSP refused it (worker-src)
  }
}

function startWorker(): Worker {
  // This exact form lets Vite bundle the worker with its own copy of the parser.
  const Worker = OwnWorker as unknown as new (url: URL, options: WorkerOptions) => Worker;
  return new Worker(new URL('./geojson.worker.ts', import.meta.url), { type: 'module' });
}

function parseInWorker(body: string, options: KindParseOptions): Promise<AttractionsFeed> {
  const worker = startWorker();
  return new Promise<AttractionsFeed>((resolve, reject) => {
    const attractions: Attraction[] = [];
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'slice') {
        for (const a of data.attractions) attractions.push(a);
        return;
      }
      finish();
      const warn = options.warn ?? ((line: string) => console.warn(line));
      data.warnings.forEach(warn);
      if (data.type === 'error') reject(new FeedError(data.problem));
      else resolve({ ...data.meta, attractions });
    };
    // A worker that cannot load (CSP worker-src, a missing file) reports an error before any message.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      refused = true;
      reject(new NoWorker('failed to load'));
    };
    const { base, contentType } = options;
    const maxItems = options.maxItems ?? attractionsDescriptor.limits.maxItems;
    worker.postMessage({ body, options: { base, maxItems, contentType } } satisfies WorkerRequest);
  });
}

/** Parses an attractions feed at once, in the worker, or in slices on the main thread. */
export async function parseAttractions(body: string, options: KindParseOptions = {}): Promise<AttractionsFeed> {
  if (body.length < INLINE_BELOW) {
    parseStats.last = 'inline';
    return attractionsDescriptor.parse(body, options) as AttractionsFeed;
  }
  try {
    const feed = await parseInWorker(body, options);
    parseStats.last = 'worker';
    return feed;
  } catch (error) {
    if (!(error instanceof NoWorker)) throw error;
  }
  const { parseInChunks } = await import('./geojson-chunked.js');
  const feed = await parseInChunks(body, options);
  parseStats.last = 'chunks';
  return feed;
}

/** The attractions descriptor with the map's parse: what the map's FeedController loads with. */
export const mapAttractionsDescriptor: FeedDescriptor<'attractions'> = { ...attractionsDescriptor, parse: parseAttractions };
