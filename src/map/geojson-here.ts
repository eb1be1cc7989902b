/**
 * Where no worker may run, the map's large feeds are read on the main thread by the worker's
 * own stream reader (`geojson-stream.ts`), a piece at a time with the page's turn in between:
 * a body as it downloads, or one the loader has whole (a saved copy, a body read at once). A
 * lazy chunk, fetched only on such pages. (It imports nothing from geojson-parse.ts: a lazy
 * chunk that does made the bundler split the elements' shared chunk, +0.9 KB for each page.)
 */
import type { AttractionsFeed } from '../feeds/model.js';
import type { KindParseOptions } from '../feeds/descriptor.js';
import { BytesReader, FeatureReader, aborted, tailLanguage, yieldToBrowser } from './geojson-stream.js';
import type { WorkerStream } from './geojson-worker-client.js';

/** Bytes read at a time, and the time read before the page gets a turn: few turns (each costs), none a long task. */
const HERE_BYTES = 32 * 1024;
const TURN_MS = 10;
/** The end of a whole body looked at for a language declared after the places. */
const TAIL = 4096;

const withWarn = (options: KindParseOptions): KindParseOptions => ({ ...options, warn: options.warn ?? ((line) => console.warn(line)) });

/**
 * A whole body read a piece at a time; undefined when only a parse of the whole text can tell
 * (an old encoding to guess, broken JSON, an unusual layout): the caller then parses it whole,
 * which also words the error.
 */
export async function readHere(body: string | Uint8Array, options: KindParseOptions, declared: (bytes: Uint8Array) => string | undefined): Promise<AttractionsFeed | undefined> {
  if (typeof body !== 'string') {
    const here = streamHere(options, declared, tailLanguage(new TextDecoder().decode(body.subarray(-TAIL))));
    here.chunk(body);
    return here.finish();
  }
  const reader = new FeatureReader(withWarn(options), tailLanguage(body.slice(-TAIL)));
  let turn = performance.now();
  for (let at = 0; at < body.length; at += HERE_BYTES) {
    reader.push(body.slice(at, at + HERE_BYTES));
    if (performance.now() - turn < TURN_MS) continue;
    await yieldToBrowser();
    if (options.signal?.aborted) throw aborted();
    turn = performance.now();
  }
  return reader.finish();
}

/**
 * A body read as it downloads, in turns of about 10 ms with the page's own turn between them.
 */
export function streamHere(options: KindParseOptions, declared: (bytes: Uint8Array) => string | undefined, hint?: string): WorkerStream {
  const bytes = new BytesReader(withWarn(options), declared, hint);
  // However much arrives at once (a busy page gets megabytes in one read), a few pieces at a
  // time with the page's turn in between.
  const queue: Uint8Array[] = [];
  let draining: Promise<void> | undefined;
  let running = false;
  let cancelled = false;
  // Reads what is queued (also what comes meanwhile), yielding between turns; it may end at once.
  const drain = async () => {
    running = true;
    let turn = performance.now();
    while (queue.length && !cancelled && !options.signal?.aborted) {
      bytes.push(queue.shift()!);
      if (performance.now() - turn < TURN_MS) continue;
      await yieldToBrowser();
      turn = performance.now();
    }
    running = false;
  };
  return {
    chunk(chunk) {
      for (let at = 0; at < chunk.byteLength; at += HERE_BYTES) queue.push(chunk.subarray(at, at + HERE_BYTES));
      if (!running) draining = drain();
    },
    async finish() {
      await draining;
      if (options.signal?.aborted) throw aborted();
      return bytes.finish();
    },
    cancel() {
      cancelled = true;
      queue.length = 0;
    },
  };
}
