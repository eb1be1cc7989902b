/**
 * How the map reads its feed: the attractions descriptor of the feed layer, with a parse
 * that keeps the page responsive however large the feed is. The loader hands it the body's
 * bytes (`bytes: true`), so that a large body is decoded off the main thread too.
 *
 * - Small bodies (under 256 KB) are decoded and parsed at once: a few milliseconds.
 * - Larger ones go to a worker when the page allows one: the library is served from the
 *   page's own origin (a script from a CDN on another origin cannot start a worker from its
 *   own URL), the CSP lets workers run, and Trusted Types (if enforced) accept the
 *   library's policy. The bytes are moved to it (not copied) once it runs; the attractions
 *   come back packed (`packed.ts`) and are rebuilt in slices. The worker stays 30 s for
 *   the next parse. Its page side is `geojson-worker-client.ts`, a lazy chunk.
 * - Otherwise (or when the worker fails to start) the body is decoded and read in slices
 *   of a few milliseconds on the main thread (`geojson-chunked.ts`, a lazy chunk).
 */
import type { AttractionsFeed, Attraction } from '../feeds/model.js';
import type { FeedDescriptor, KindParseOptions } from '../feeds/descriptor.js';
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import type { FeedProblem } from '../feeds/problem.js';
import { decodeBody, declaredEncoding, guessedWarning } from '../feeds/encoding.js';
import { MAX_STORED_CHARS } from '../feeds/storage.js';
import type { PackedAttractions } from './unpack.js';

/** Bodies smaller than this are parsed at once (characters). */
export const INLINE_BELOW = 256 * 1024;

/** What the worker is asked: the body (text, or bytes it decodes) and the parse options that can cross (no functions, no signal). */
export interface WorkerRequest {
  body: string | Uint8Array;
  options: { base?: string; maxItems?: number; contentType?: string };
}

/** What the worker says: that it runs; then the packed attractions and the feed around them, or why not. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; packed: PackedAttractions; meta: Omit<AttractionsFeed, 'attractions'>; warnings: string[]; guessed?: string; took: WorkerTimes }
  | { type: 'error'; problem: FeedProblem; warnings: string[] };

/**
 * The lists of places this parse gave: each place has a unique id and a valid position
 * already (the feed layer's `parseFeature`), so the map need not check 100,000 of them again.
 */
export const parsedPlaces = new WeakSet<readonly Attraction[]>();
const parsed = (feed: AttractionsFeed) => (parsedPlaces.add(feed.attractions), feed);

/** Where the worker's time went (ms). */
export interface WorkerTimes {
  decode: number;
  parse: number;
  pack: number;
}

/** How the last large feed was read (`worker` or `chunks`) and, from a worker, where its time went and whether it was the spare one: for tests and the benchmark. */
export const parseStats: { last?: 'inline' | 'worker' | 'chunks'; worker?: WorkerTimes; reused?: boolean } = {};

export const warner = (options: KindParseOptions) => options.warn ?? ((line: string) => console.warn(line));
export const warnGuessed = (options: KindParseOptions, guessed?: string) => guessed && warner(options)(guessedWarning(options.base ?? '', guessed));

/**
 * Parses an attractions feed (its text, or its bytes as the loader gives them) at once, in
 * the worker, or in slices on the main thread.
 */
export async function parseAttractions(body: string | Uint8Array, options: KindParseOptions = {}): Promise<AttractionsFeed> {
  if (body.length < INLINE_BELOW) {
    parseStats.last = 'inline';
    if (typeof body !== 'string') {
      const decoded = await decodeBody(body, options.contentType);
      warnGuessed(options, decoded.guessed);
      body = decoded.text;
    }
    return parsed((await attractionsDescriptor.parse(body, options)) as AttractionsFeed);
  }
  const { parseLarge } = await import('./geojson-worker-client.js');
  return parsed(await parseLarge(body, options, { decodeBody, declaredEncoding }));
}

/**
 * False when a feed's copy surely exceeds what localStorage keeps: told from its first
 * places, so that 100,000 of them are not serialized (30 MB) only to be thrown away.
 */
export function storable(feed: AttractionsFeed): boolean {
  const sample = feed.attractions.slice(0, 64);
  return !sample.length || (JSON.stringify(sample).length / sample.length) * feed.attractions.length <= MAX_STORED_CHARS;
}

/** The attractions descriptor with the map's parse: what the map's FeedController loads with. */
export const mapAttractionsDescriptor: FeedDescriptor<'attractions'> = { ...attractionsDescriptor, parse: parseAttractions, bytes: true, storable };
