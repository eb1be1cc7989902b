/**
 * The page's side of the map's parse worker, and the main-thread slices where no worker may
 * run: a lazy chunk, fetched only for a feed too large to parse at once (`geojson-parse.ts`).
 */
import type { AttractionsFeed, Attraction } from '../feeds/model.js';
import type { KindParseOptions } from '../feeds/descriptor.js';
import type { decodeBody as DecodeBody, declaredEncoding as DeclaredEncoding } from '../feeds/encoding.js';
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { ownScriptUrl } from '../feeds/inert.js';
import { FeedError } from '../feeds/problem.js';
import { parseStats, warnGuessed, warner, type WorkerReply, type WorkerRequest } from './geojson-parse.js';
import type { PackedAttractions } from './unpack.js';
import { aborted, yieldToBrowser } from './geojson-stream.js';

/** Records rebuilt per slice on the page (a few milliseconds). */
const UNPACK_SLICE = 5000;

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

/** Rebuilds the worker's packed attractions in slices, giving the page a turn between them. */
export async function unpackInSlices(packed: PackedAttractions, signal?: AbortSignal, pause = yieldToBrowser, out: Attraction[] = []): Promise<Attraction[]> {
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

/**
 * Waits for a worker's answer: the feed, rebuilt from its packed places. `send` runs once
 * the worker is ready (at once for the spare one). Rejects with NoWorker when the worker
 * could not start before it was sent anything.
 */
function answer(worker: Worker, ready: boolean, options: KindParseOptions, send: () => void): Promise<AttractionsFeed> {
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
    const go = () => {
      sent = true;
      send();
    };
    // Parts (places read while the body downloads) are rebuilt as they come, in order.
    const places: Attraction[] = [];
    let rebuilt = Promise.resolve(places);
    const rebuild = (packed: PackedAttractions) => (rebuilt = rebuilt.then(() => unpackInSlices(packed, options.signal, yieldToBrowser, places)));
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'ready') return sent || go();
      if (data.type === 'part') return void rebuild(data.packed).catch(() => {}); // an abort: said by onAbort
      detach();
      keepWorker(worker);
      if (data.type === 'done') {
        parseStats.worker = data.took;
        warnGuessed(options, data.guessed);
      }
      data.warnings.forEach(warner(options));
      if (data.type === 'error') return reject(new FeedError(data.problem));
      // Read whole in the end (the stream could not tell): its places replace the parts.
      if (data.whole) rebuilt = rebuilt.then(() => ((places.length = 0), places));
      rebuild(data.packed).then((attractions) => resolve({ ...data.meta, attractions }), reject);
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
    if (ready) go();
  });
}

const workerOptions = ({ base, contentType, maxItems }: KindParseOptions) => ({ base, contentType, maxItems: maxItems ?? attractionsDescriptor.limits.maxItems });

function parseInWorker(body: string | Uint8Array, options: KindParseOptions): Promise<AttractionsFeed> {
  if (options.signal?.aborted) return Promise.reject(aborted());
  const { worker, ready } = takeWorker();
  return answer(worker, ready, options, () => {
    // Bytes that are a whole buffer are moved to the worker; the page no longer needs them.
    const move = typeof body !== 'string' && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    worker.postMessage({ body, options: workerOptions(options) } satisfies WorkerRequest, move ? [(body as Uint8Array).buffer] : []);
  });
}

/** A large body handed to a worker while it downloads (see `streamAttractions` in geojson-parse.ts). */
export interface WorkerStream {
  chunk(bytes: Uint8Array): void;
  /** The feed; undefined when no worker could run (the caller then parses the body it has). */
  finish(): Promise<AttractionsFeed | undefined>;
  cancel(): void;
}

/**
 * Opens a worker for a body that is still downloading; undefined where no worker may run.
 * Chunks are copied to it as they come (the loader keeps the body for the other paths).
 * Messages to a worker that is still starting wait for it, in order.
 */
export function streamToWorker(options: KindParseOptions): WorkerStream | undefined {
  let taken;
  try {
    taken = takeWorker();
  } catch (error) {
    if (error instanceof NoWorker) return undefined;
    throw error;
  }
  const { worker, ready } = taken;
  const post = (message: WorkerRequest) => worker.postMessage(message);
  post({ start: workerOptions(options) });
  // The end goes once the worker said it runs (a spare one does) and the body is all there.
  let ended = false;
  let running = false;
  const end = () => running && ended && post({ end: true });
  const result = answer(worker, ready, options, () => ((running = true), end())).then(
    (feed) => ((parseStats.last = 'worker'), (parseStats.streamed = true), feed),
    (error: unknown) => {
      if (error instanceof NoWorker) return undefined;
      throw error;
    },
  );
  return {
    chunk: (bytes) => post({ chunk: bytes }),
    finish() {
      ended = true;
      end();
      return result;
    },
    cancel() {
      worker.onmessage = worker.onerror = null;
      worker.terminate();
    },
  };
}

/** Where no worker may run: the body read on the main thread as it downloads (`geojson-here.ts`, a lazy chunk). */
export async function streamHere(options: KindParseOptions, declared: (bytes: Uint8Array) => string | undefined): Promise<WorkerStream> {
  const here = (await import('./geojson-here.js')).streamHere(options, declared);
  return {
    ...here,
    finish: () => here.finish().then((feed) => (feed && Object.assign(parseStats, { last: 'chunks', streamed: true }), feed)),
  };
}

/**
 * Where no worker may run, a whole body: read a piece at a time on the main thread by the same
 * stream reader; what it cannot read is parsed whole (which also words the error).
 */
export async function parseHere(
  body: string | Uint8Array,
  options: KindParseOptions,
  encoding: { decodeBody: typeof DecodeBody; declaredEncoding: typeof DeclaredEncoding },
): Promise<AttractionsFeed> {
  const { readHere } = await import('./geojson-here.js');
  const feed = await readHere(body, options, (bytes) => encoding.declaredEncoding(bytes, options.contentType));
  Object.assign(parseStats, { last: 'chunks', streamed: false });
  if (feed) return feed;
  if (typeof body !== 'string') {
    const decoded = await encoding.decodeBody(body, options.contentType);
    warnGuessed(options, decoded.guessed);
    body = decoded.text;
  }
  return attractionsDescriptor.parse(body, options) as AttractionsFeed;
}

/**
 * A large feed in the worker, or (no worker here) read in pieces on the main thread. The feed
 * layer's encoding code comes from the caller: imported here, it would split the elements'
 * shared chunk.
 */
export async function parseLarge(
  body: string | Uint8Array,
  options: KindParseOptions,
  encoding: { decodeBody: typeof DecodeBody; declaredEncoding: typeof DeclaredEncoding },
): Promise<AttractionsFeed> {
  try {
    const feed = await parseInWorker(body, options);
    parseStats.last = 'worker';
    parseStats.streamed = false;
    return feed;
  } catch (error) {
    if (!(error instanceof NoWorker)) throw error;
  }
  return parseHere(body, options, encoding);
}
