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
 *   come back packed (`packed.ts`) and are rebuilt in slices.
 * - Otherwise (or when the worker fails to start) the body is decoded and read in slices
 *   of a few milliseconds on the main thread (`geojson-chunked.ts`, a lazy chunk).
 */
import type { AttractionsFeed, Attraction } from '../feeds/model.js';
import type { FeedDescriptor, KindParseOptions } from '../feeds/descriptor.js';
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { ownScriptUrl } from '../feeds/inert.js';
import { FeedError, type FeedProblem } from '../feeds/problem.js';
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

/** Records rebuilt per slice on the page (a few milliseconds). */
const UNPACK_SLICE = 5000;

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

const warner = (options: KindParseOptions) => options.warn ?? ((line: string) => console.warn(line));
const warnGuessed = (options: KindParseOptions, guessed?: string) => guessed && warner(options)(guessedWarning(options.base ?? '', guessed));

/** A turn for the page between slices (`scheduler.yield` keeps this task's place in line where there is one). */
export const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

const aborted = () => new DOMException('Aborted', 'AbortError');

/** Rebuilds the worker's packed attractions in slices, giving the page a turn between them. */
export async function unpackInSlices(packed: PackedAttractions, signal?: AbortSignal, pause = yieldToBrowser): Promise<Attraction[]> {
  const out: Attraction[] = [];
  const next = (await import('./unpack.js')).unpacker(packed, out);
  while (next(UNPACK_SLICE)) {
    await pause();
    if (signal?.aborted) throw aborted();
  }
  return out;
}

/**
 * A worker that finished a parse stays this long for the next one (a refresh, another map
 * on the page): its parser is compiled and optimized by then, and it need not start again.
 */
const KEEP_MS = 30_000;
let spare: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

/** The spare worker (ready at once), or a new one (ready when it says so). */
function takeWorker(): { worker: Worker; ready: boolean } {
  const kept = spare;
  spare = undefined;
  if (kept) clearTimeout(kept.timer);
  return kept ? { worker: kept.worker, ready: true } : { worker: startWorker(), ready: false };
}

function keepWorker(worker: Worker) {
  if (spare) spare.worker.terminate();
  const timer = setTimeout(() => {
    worker.terminate();
    if (spare?.worker === worker) spare = undefined;
  }, KEEP_MS);
  spare = { worker, timer };
}

function parseInWorker(body: string | Uint8Array, options: KindParseOptions): Promise<AttractionsFeed> {
  const { worker, ready } = takeWorker();
  parseStats.reused = ready;
  void import('./unpack.js').catch(() => {}); // the unpacker (a lazy chunk), fetched while the worker parses
  return new Promise<AttractionsFeed>((resolve, reject) => {
    let sent = false;
    const detach = () => {
      worker.onmessage = worker.onerror = null;
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      detach();
      worker.terminate(); // mid-parse: nothing else stops it
      reject(aborted());
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const send = () => {
      const { base, contentType } = options;
      const maxItems = options.maxItems ?? attractionsDescriptor.limits.maxItems;
      // Bytes that are a whole buffer are moved to the worker; the page no longer needs them.
      const move = typeof body !== 'string' && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
      sent = true;
      worker.postMessage({ body, options: { base, maxItems, contentType } } satisfies WorkerRequest, move ? [(body as Uint8Array).buffer] : []);
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'ready') return send();
      detach();
      keepWorker(worker);
      if (data.type === 'done') {
        parseStats.worker = data.took;
        warnGuessed(options, data.guessed);
      }
      data.warnings.forEach(warner(options));
      if (data.type === 'error') return reject(new FeedError(data.problem));
      unpackInSlices(data.packed, options.signal).then((attractions) => resolve({ ...data.meta, attractions }), reject);
    };
    // A worker that cannot load (CSP worker-src, a missing file) reports an error before it is ready.
    worker.onerror = (event) => {
      event.preventDefault();
      detach();
      worker.terminate();
      if (sent) return reject(new Error('the parse worker stopped'));
      refused = true;
      reject(new NoWorker('failed to load'));
    };
    if (ready) send();
  });
}

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
  try {
    const feed = await parseInWorker(body, options);
    parseStats.last = 'worker';
    return parsed(feed);
  } catch (error) {
    if (!(error instanceof NoWorker)) throw error;
  }
  const { parseInChunks, decodeInSlices } = await import('./geojson-chunked.js');
  if (typeof body !== 'string') {
    const bytes = body;
    const decoded = await decodeInSlices(bytes, declaredEncoding(bytes, options.contentType), () => decodeBody(bytes, options.contentType), options.signal);
    warnGuessed(options, decoded.guessed);
    body = decoded.text;
  }
  const feed = await parseInChunks(body, options);
  parseStats.last = 'chunks';
  return parsed(feed);
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
