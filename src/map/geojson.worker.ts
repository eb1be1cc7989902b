/**
 * The map's parse worker: a large GeoJSON feed is decoded and parsed here, off the page's
 * main thread, by the feed layer's own attractions parser, and goes back packed
 * (`packed.ts`: typed arrays moved, not copied). Two ways in (`geojson-worker-client.ts`):
 *
 * - the whole body at once (`body`), sent once this worker says it is ready (so bytes are
 *   only moved to a worker that runs);
 * - the body while it downloads (`start`, each `chunk`, `end`): decoded and read piece by
 *   piece (`geojson-stream.ts`), so most of the work is done when the last byte comes. What
 *   cannot be read that way (another encoding to guess, broken JSON, an unusual layout) is
 *   read whole at the end, from the chunks kept here: the answer is the same either way.
 */
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { useInertParser } from '../feeds/inert.js';
import { toProblem } from '../feeds/problem.js';
import { decodeBody, declaredEncoding } from '../feeds/encoding.js';
import type { AttractionsFeed } from '../feeds/model.js';
import { packAttractions, transferablesOf } from './packed.js';
import { BytesReader } from './geojson-stream.js';
import type { WorkerReply, WorkerRequest, WorkerOptions } from './geojson-parse.js';

// A worker has no DOM: markup in names and descriptions takes the string-only path.
useInertParser(() => undefined);

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(message: WorkerReply, transfer: Transferable[]): void }).postMessage(reply, transfer);

/** A body arriving in chunks (kept: what the stream cannot read is read whole at the end). */
interface Streamed {
  options: WorkerOptions;
  warnings: string[];
  chunks: Uint8Array[];
  size: number;
  bytes: BytesReader;
  took: number;
  /** Places already sent as parts, and the time packing them took. */
  sent: number;
  packing: number;
}
let streamed: Streamed | undefined;

/** Places sent to the page as one part while the body downloads (it rebuilds them meanwhile). */
const PART = 2000;

function sendPart(s: Streamed) {
  const t0 = performance.now();
  const places = s.bytes.reader.places;
  const packed = packAttractions(places.slice(s.sent));
  s.sent = places.length;
  post({ type: 'part', packed }, transferablesOf(packed));
  s.packing += performance.now() - t0;
}

const concat = (chunks: Uint8Array[], size: number) => {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return bytes;
};

async function whole(body: string | Uint8Array, options: WorkerOptions, warnings: string[]): Promise<{ feed: AttractionsFeed; guessed?: string; decode: number }> {
  const t0 = performance.now();
  let guessed: string | undefined;
  if (typeof body !== 'string') ({ text: body, guessed } = await decodeBody(body, options.contentType));
  const decode = performance.now() - t0;
  const feed = attractionsDescriptor.parse(body, { ...options, warn: (line) => warnings.push(line) }) as AttractionsFeed;
  return { feed, guessed, decode };
}

/** The feed's places after the `sent` ones already sent as parts (all of them when `sent` is 0). */
function reply(feed: AttractionsFeed, warnings: string[], guessed: string | undefined, decode: number, parse: number, sent = 0, packing = 0) {
  const t0 = performance.now();
  const { attractions, ...meta } = feed;
  const packed = packAttractions(sent ? attractions.slice(sent) : attractions);
  const took = { decode, parse, pack: packing + performance.now() - t0 };
  post({ type: 'done', packed, meta, warnings, guessed, took, whole: !sent }, transferablesOf(packed));
}

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  if ('start' in data) {
    const warnings: string[] = [];
    const options = data.start;
    const bytes = new BytesReader({ ...options, warn: (line) => warnings.push(line) }, (b) => declaredEncoding(b, options.contentType));
    streamed = { options, warnings, chunks: [], size: 0, bytes, took: 0, sent: 0, packing: 0 };
    return;
  }
  if ('chunk' in data) {
    if (!streamed) return;
    const s = streamed;
    const t0 = performance.now();
    s.chunks.push(data.chunk);
    s.size += data.chunk.byteLength;
    s.bytes.push(data.chunk);
    if (s.bytes.reader.places.length - s.sent >= PART) sendPart(s);
    s.took += performance.now() - t0;
    return;
  }
  const s = 'end' in data ? streamed : undefined;
  if ('end' in data) streamed = undefined;
  const warnings = s ? s.warnings : [];
  try {
    if (s) {
      const t0 = performance.now();
      const feed = s.bytes.finish();
      if (feed) return reply(feed, warnings, undefined, 0, s.took - s.packing + performance.now() - t0, s.sent, s.packing);
      warnings.length = 0; // read whole: its own warnings
    }
    const t1 = performance.now();
    const body = s ? concat(s.chunks, s.size) : (data as { body: string | Uint8Array }).body;
    const options = s ? s.options : (data as { options: WorkerOptions }).options;
    const { feed, guessed, decode } = await whole(body, options, warnings);
    reply(feed, warnings, guessed, decode, performance.now() - t1 - decode);
  } catch (error) {
    post({ type: 'error', problem: toProblem(error), warnings });
  }
};

post({ type: 'ready' });
