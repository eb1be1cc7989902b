/**
 * A large GeoJSON read on the main thread without freezing the page: where no worker may
 * run (the library on another origin than the page, a CSP without workers), the body is
 * read in slices of a few milliseconds with the browser free in between. A scan that knows
 * strings and nesting finds each member of the top-level `features` array; members are
 * parsed in batches with the native JSON.parse and read with the feed layer's own
 * `parseFeature`, so the result is the one a single parse gives.
 */
import type { AttractionsFeed, Attraction } from '../feeds/model.js';
import type { KindParseOptions } from '../feeds/descriptor.js';
import { attractionsDescriptor } from '../feeds/kinds/attractions.js';
import { ParseContext } from '../feeds/context.js';
import { parseFeature } from '../feeds/formats/geojson.js';

/** Work per slice before the browser gets a turn (ms). */
const SLICE_MS = 8;
/** Text handed to one JSON.parse call (characters). */
const BATCH_CHARS = 256 * 1024;

const QUOTE = 34, BACKSLASH = 92, OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93, COMMA = 44, COLON = 58;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Where the `features` array and each of its members are in the text. */
interface Layout {
  /** Index of the array's `[` and its `]`. */
  open: number;
  close: number;
  /** Start and end (exclusive) of each member, two numbers per member. */
  spans: number[];
}

const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

/** Runs between slices: yields when the slice is used up, and stops when the caller aborted. */
class Slicer {
  private deadline = performance.now() + SLICE_MS;
  constructor(private readonly signal?: AbortSignal) {}
  async pause() {
    if (performance.now() < this.deadline) return;
    await yieldToBrowser();
    if (this.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    this.deadline = performance.now() + SLICE_MS;
  }
}

/**
 * Finds the top-level `"features": [...]` and its members; undefined when the text has no
 * such array (not an object, a single Feature, broken JSON): the caller then parses it whole.
 */
async function scan(text: string, slicer: Slicer): Promise<Layout | undefined> {
  let depth = 0;
  let lastString = '';
  let key = '';
  let open = -1;
  let start = -1;
  const spans: number[] = [];
  let steps = 0;
  for (let i = 0; i < text.length; i++) {
    if ((++steps & 0xfff) === 0) await slicer.pause();
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end === -1) return undefined;
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      if (depth === 1) lastString = text.slice(i + 1, end);
      if (open !== -1 && depth === 2 && start === -1) start = i;
      i = end;
      continue;
    }
    if (isSpace(c)) continue;
    if (open !== -1 && depth === 2 && start === -1 && c !== COMMA && c !== CLOSE_ARRAY) start = i;
    switch (c) {
      case COLON:
        if (depth === 1) key = lastString;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (c === OPEN_ARRAY && depth === 1 && key === 'features' && open === -1) {
          open = i;
          start = -1;
        }
        depth++;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        depth--;
        if (open !== -1 && depth === 1 && c === CLOSE_ARRAY) {
          if (start !== -1) spans.push(start, i);
          return { open, close: i, spans };
        }
        if (depth < 0) return undefined;
        break;
      case COMMA:
        if (open !== -1 && depth === 2) {
          spans.push(start, i);
          start = -1;
        } else if (depth === 1) key = '';
        break;
    }
  }
  return undefined;
}

/** The members `from`…`to` (exclusive) as values, with one JSON.parse. */
function parseMembers(text: string, spans: number[], from: number, to: number): unknown[] {
  return JSON.parse(`[${text.slice(spans[2 * from], spans[2 * to - 1])}]`) as unknown[];
}

/**
 * Reads an attractions feed in slices that leave the page responsive. Gives what
 * `attractionsDescriptor.parse` gives (the same warnings, limits and errors: a body it
 * cannot split is parsed whole by it).
 */
export async function parseInChunks(body: string, options: KindParseOptions = {}): Promise<AttractionsFeed> {
  const slicer = new Slicer(options.signal);
  const layout = await scan(body, slicer);
  if (!layout) return attractionsDescriptor.parse(body, options);
  // Everything but the features: validates the rest of the JSON, gives the feed's name and language.
  const outline = attractionsDescriptor.parse(`${body.slice(0, layout.open + 1)}${body.slice(layout.close)}`, options) as AttractionsFeed;
  const ctx = new ParseContext({ ...options, maxItems: options.maxItems ?? attractionsDescriptor.limits.maxItems });
  const count = ctx.cap(Array.from({ length: layout.spans.length / 2 }), 'features').length;
  const attractions: Attraction[] = [];
  let from = 0;
  while (from < count) {
    let to = from + 1;
    while (to < count && layout.spans[2 * to + 1] - layout.spans[2 * from] < BATCH_CHARS) to++;
    let members: unknown[];
    try {
      members = parseMembers(body, layout.spans, from, to);
    } catch {
      return attractionsDescriptor.parse(body, options); // broken JSON inside: the whole parse says where
    }
    for (let k = 0; k < members.length; k++) {
      const attraction = parseFeature(members[k], from + k, ctx, outline.language);
      if (attraction) attractions.push(attraction);
      if ((k & 63) === 63) await slicer.pause();
    }
    from = to;
    await slicer.pause();
  }
  return { ...outline, attractions, skipped: outline.skipped + ctx.skipped };
}
