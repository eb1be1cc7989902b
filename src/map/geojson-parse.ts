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
 * - Otherwise (or when the worker fails to start) the body is decoded and read a piece at
 *   a time on the main thread by the worker's own stream reader (`geojson-stream.ts`), with
 *   the page's turn between pieces.
 */
import type { AttractionsFeed, Attraction } from '../feeds/model.js';
import type { BodyStream, FeedDescriptor, KindParseOptions } from '../feeds/descriptor.js';
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import type { FeedProblem } from '../feeds/problem.js';
import { decodeBody, declaredEncoding, guessedWarning } from '../feeds/encoding.js';
import { MAX_STORED_CHARS } from '../feeds/storage.js';
import type { PackedAttractions } from './unpack.js';

/** Bodies smaller than this are parsed at once (characters). */
export const INLINE_BELOW = 256 * 1024;

/** The parse options that can cross to the worker (no functions, no signal). */
export interface WorkerOptions {
  base?: string;
  maxItems?: number;
  contentType?: string;
}

/** What the worker is asked: a whole body (text, or bytes it decodes); or a body as it downloads: `start`, each `chunk`, `end`. */
export type WorkerRequest = { body: string | Uint8Array; options: WorkerOptions } | { start: WorkerOptions } | { chunk: Uint8Array } | { end: true };

/** What the worker says: that it runs; then the packed attractions and the feed around them, or why not. */
export type WorkerReply =
  | { type: 'ready' }
  /** Places read while the body downloads, ahead of the rest (`done` then holds the places after them, or all of them with `whole`). */
  | { type: 'part'; packed: PackedAttractions }
  | { type: 'done'; packed: PackedAttractions; meta: Omit<AttractionsFeed, 'attractions'>; warnings: string[]; guessed?: string; took: WorkerTimes; whole?: boolean }
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
export const parseStats: { last?: 'inline' | 'worker' | 'chunks'; worker?: WorkerTimes; reused?: boolean; streamed?: boolean } = {};

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

/**
 * A body read while it downloads: once 256 KB have come, a worker (where one may run, else
 * the main thread, a chunk at a time) gets them and each chunk after, and reads the places
 * as they arrive; at the end only the last pieces are left. What that cannot read is parsed
 * whole, as `parseAttractions` does.
 */
export function streamAttractions(options: KindParseOptions): BodyStream<'attractions'> {
  let held: Uint8Array[] = [];
  let size = 0;
  let remote: Promise<import('./geojson-worker-client.js').WorkerStream | undefined> | undefined;
  return {
    chunk(bytes) {
      if (remote) return void remote.then((stream) => stream?.chunk(bytes));
      held.push(bytes);
      size += bytes.byteLength;
      if (size < INLINE_BELOW) return;
      const first = held;
      held = [];
      remote = import('./geojson-worker-client.js')
        .then((client) => client.streamToWorker(options) ?? client.streamHere(options, (bytes) => declaredEncoding(bytes, options.contentType)))
        .catch(() => undefined);
      void remote.then((stream) => first.forEach((b) => stream?.chunk(b)));
    },
    async finish(body) {
      const stream = await remote;
      const feed = stream && (await stream.finish());
      return feed ? parsed(feed) : parseAttractions(body(), options);
    },
    cancel() {
      void remote?.then((stream) => stream?.cancel());
    },
  };
}

/** The attractions descriptor with the map's parse: what the map's FeedController loads with. */
export const mapAttractionsDescriptor: FeedDescriptor<'attractions'> = { ...attractionsDescriptor, parse: parseAttractions, bytes: true, storable, stream: streamAttractions };
