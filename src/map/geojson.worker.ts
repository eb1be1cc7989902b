/**
 * The map's parse worker: a large GeoJSON feed is parsed here, off the page's main thread,
 * by the feed layer's own attractions parser. Attractions go back in slices, so that
 * receiving them never blocks the page for long either. Started by `geojson-parse.ts`.
 */
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { useInertParser } from '../feeds/inert.js';
import { toProblem } from '../feeds/problem.js';
import type { WorkerReply, WorkerRequest } from './geojson-parse.js';

/** Attractions per message: each arrives on the main thread in a few milliseconds. */
const SLICE = 4000;

// A worker has no DOM: markup in names and descriptions takes the string-only path.
useInertParser(() => undefined);

const post = (reply: WorkerReply) => (self as unknown as { postMessage(message: WorkerReply): void }).postMessage(reply);

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  const warnings: string[] = [];
  try {
    const { attractions, ...meta } = attractionsDescriptor.parse(data.body, { ...data.options, warn: (line) => warnings.push(line) }) as ReturnType<
      typeof attractionsDescriptor.parseJson
    >;
    for (let i = 0; i < attractions.length; i += SLICE) post({ type: 'slice', attractions: attractions.slice(i, i + SLICE) });
    post({ type: 'done', meta, warnings });
  } catch (error) {
    post({ type: 'error', problem: toProblem(error), warnings });
  }
};
