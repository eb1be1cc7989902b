/**
 * JSON capped before `JSON.parse`. The parse is one task that cannot be interrupted, and its
 * time grows with the number of values: half a million tags in one item cost a quarter of a
 * second on a fast desktop. A linear scan over the text (strings skipped with indexOf)
 * finds what a feed never needs, so the parser never sees it:
 *
 * - every list or object inside an entry (two levels below the top: an item's `tags`, a
 *   language map, a partnership's `areas`) keeps its first {@link MAX_JSON_MEMBERS} members;
 * - past {@link MAX_JSON_VALUES} values in all, the entries list ends with the last entry
 *   completed before that point (like RSS/Atom past its element limit).
 *
 * The result is still the JSON it was, shortened; nothing is added but closing brackets.
 * Text that is not well-formed JSON is handed back unchanged (the parser then says why).
 * Only bodies from {@link JSON_CAPS_FROM} up are scanned (smaller ones cannot hold enough
 * values to matter), so this module is a chunk of its own that most pages never load.
 */
import type { Steps } from './steps.js';
import type { ParseContext } from './context.js';

/** Most members kept of a list or object inside an entry (the model reads at most 200 of any). */
export const MAX_JSON_MEMBERS = 200;
/**
 * Most values (members, keys and list entries) parsed from one news or partnership file.
 * A 500-item JSON Feed has about 10,000; a WordPress REST page of 100 posts with `_embed`
 * and an SEO plugin about 60,000.
 */
export const MAX_JSON_VALUES = 150_000;
/** Characters scanned between two turns for the page. */
const CHUNK = 1 << 18;

export interface CappedJson {
  text: string;
  /** Lists or objects that were cut to {@link MAX_JSON_MEMBERS}. */
  cutLists: number;
  /** True when the entries list was ended early ({@link MAX_JSON_VALUES}). */
  cutEntries: boolean;
}

interface Open {
  /** Position of the `[` or `{`. */
  at: number;
  close: string;
  /** Commas seen directly inside (members so far, minus one). */
  commas: number;
  /** Position of the last comma directly inside, or -1. */
  lastComma: number;
}

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const BACKSLASH = 92;

/** The end (index of the closing quote) of the string opening at `at`, or -1. */
function stringEnd(text: string, at: number): number {
  let end = text.indexOf('"', at + 1);
  while (end !== -1) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/** {@link capJson} in steps (a few hundred kilobytes each). */
export function* capJsonSteps(text: string, maxMembers = MAX_JSON_MEMBERS, maxValues = MAX_JSON_VALUES): Steps<CappedJson> {
  const unchanged: CappedJson = { text, cutLists: 0, cutEntries: false };
  const stack: Open[] = [];
  const dropped: [number, number][] = []; // [from, to) ranges left out
  let skipping: Open | undefined; // the capped container whose further members are dropped
  let skipFrom = 0;
  let values = 0;
  let nextYield = CHUNK;
  for (let i = 0; i < text.length; i++) {
    if (i > nextYield) {
      nextYield = i + CHUNK;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) return unchanged;
      i = end;
      continue;
    }
    if (c === OPEN_LIST || c === OPEN_OBJECT) {
      stack.push({ at: i, close: c === OPEN_LIST ? ']' : '}', commas: 0, lastComma: -1 });
      if (!skipping) values++;
    } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
      const open = stack.pop();
      if (!open || open.close !== text[i]) return unchanged;
      if (open === skipping) {
        dropped.push([skipFrom, i]);
        skipping = undefined;
      }
      if (!stack.length) break;
    } else if (c === COMMA || c === COLON) {
      const top = stack[stack.length - 1];
      if (!top) return unchanged;
      if (c === COMMA) {
        top.commas++;
        top.lastComma = i;
        if (!skipping && stack.length > 2 && top.commas >= maxMembers) {
          skipping = top;
          skipFrom = i;
        }
      }
      if (!skipping && ++values > maxValues) return endEntries(text, stack, dropped, i);
    }
  }
  if (stack.length) return unchanged;
  return dropped.length ? { text: joinKept(text, dropped, text.length, ''), cutLists: dropped.length, cutEntries: false } : unchanged;
}

/** The text without the `dropped` ranges, up to `end`, then `suffix`. */
function joinKept(text: string, dropped: [number, number][], end: number, suffix: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const [start, to] of dropped) {
    if (start >= end) break;
    parts.push(text.slice(from, start));
    from = to;
  }
  parts.push(text.slice(from, end), suffix);
  return parts.join('');
}

/**
 * Ends the entries list (the innermost list at the top two levels: the root of a WordPress
 * response, `items` of a JSON Feed) after its last complete entry, and closes what is open.
 */
function endEntries(text: string, stack: Open[], dropped: [number, number][], at: number): CappedJson {
  let level = Math.min(1, stack.length - 1);
  if (stack[level].close !== ']' && stack[0].close === ']') level = 0;
  const entries = stack[level];
  // The entry in progress (and the comma before it) goes; an unfinished first entry leaves an empty list.
  const end = entries.lastComma !== -1 && entries.lastComma <= at ? entries.lastComma : entries.at + 1;
  const closing = stack
    .slice(0, level + 1)
    .reverse()
    .map((o) => o.close)
    .join('');
  return { text: joinKept(text, dropped, end, closing), cutLists: dropped.filter(([s]) => s < end).length, cutEntries: true };
}

/** JSON text capped before its parse, with what was left out said in the console. */
export function* cappedJson(text: string, ctx: ParseContext): Steps<string> {
  const capped = yield* capJsonSteps(text);
  if (capped.cutLists) ctx.warn(`${capped.cutLists} lists or objects inside entries have more than ${MAX_JSON_MEMBERS} members; only the first ${MAX_JSON_MEMBERS} of each were read.`);
  if (capped.cutEntries) ctx.warn(`the feed has more than ${MAX_JSON_VALUES} JSON values; only the entries before that were read.`);
  return capped.text;
}
