/**
 * The map's parse worker: a large GeoJSON feed is decoded and parsed here, off the page's
 * main thread, by the feed layer's own attractions parser, and goes back packed
 * (`packed.ts`: typed arrays moved, not copied). Started by `geojson-parse.ts`, which
 * sends the body once this worker says it is ready (so bytes are only moved to a worker
 * that runs).
 */
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { useInertParser } from '../feeds/inert.js';
import { toProblem } from '../feeds/problem.js';
import { decodeBody } from '../feeds/encoding.js';
import { packAttractions, transferablesOf } from './packed.js';
import type { WorkerReply, WorkerRequest } from './geojson-parse.js';

// A worker has no DOM: markup in names and descriptions takes the string-only path.
useInertParser(() => undefined);

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(message: WorkerReply, transfer: Transferable[]): void }).postMessage(reply, transfer);

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  const warnings: string[] = [];
  try {
    const t0 = performance.now();
    let text = data.body;
    let guessed: string | undefined;
    if (typeof text !== 'string') ({ text, guessed } = await decodeBody(text, data.options.contentType));
    const t1 = performance.now();
    const { attractions, ...meta } = attractionsDescriptor.parse(text, { ...data.options, warn: (line) => warnings.push(line) }) as ReturnType<
      typeof attractionsDescriptor.parseJson
    >;
    const t2 = performance.now();
    const packed = packAttractions(attractions);
    const took = { decode: t1 - t0, parse: t2 - t1, pack: performance.now() - t2 };
    post({ type: 'done', packed, meta, warnings, guessed, took }, transferablesOf(packed));
  } catch (error) {
    post({ type: 'error', problem: toProblem(error), warnings });
  }
};

post({ type: 'ready' });
