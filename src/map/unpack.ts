/**
 * The page's half of `packed.ts`: rebuilding the places the parse worker packed (a lazy
 * chunk of its own, fetched only for a feed large enough to go to the worker).
 */
import type { Attraction } from '../feeds/model.js';

/** The mask of a record sent as JSON. */
export const AS_JSON = 2 ** 31;

export interface PackedAttractions {
  count: number;
  /** Per record: bit i set when field i is present (AS_JSON: the record is in `json`). */
  masks: Uint32Array;
  numbers: Float64Array;
  booleans: Uint8Array;
  /** Per localized value: 0 for a plain string, else its number of languages. */
  languages: Uint8Array;
  /** Every string, one after the other, and where each ends. */
  text: string;
  ends: Uint32Array;
  /** The strings of `d` fields and the language tags of localized values, each once; `codes` index them. */
  words: string[];
  codes: Uint32Array;
  /** Records that did not fit the schema, as JSON by their index. */
  json: [number, string][];
}

/**
 * Rebuilds packed attractions on the page, a batch at a time: `next(n)` appends the next
 * `n` records to `out` and returns false once all are there. One assignment per field, in
 * the model's order (so that equal masks give objects of one shape, and each store site
 * sees few shapes: a loop over field names would make every store a slow keyed one).
 */
export function unpacker(p: PackedAttractions, out: Attraction[]) {
  let record = 0, num = 0, bool = 0, lang = 0, str = 0, code = 0, json = 0, at = 0;
  const { masks, numbers, booleans, languages, text, ends, words, codes } = p;
  const string = () => text.slice(at, (at = ends[str++]));
  const word = () => words[codes[code++]];
  const localized = () => {
    const k = languages[lang++];
    if (k === 0) return string();
    const map: Record<string, string> = {};
    for (let j = 0; j < k; j++) {
      map[word()] = string();
    }
    return map;
  };
  return function next(n: number): boolean {
    const stop = Math.min(p.count, record + n);
    for (; record < stop; record++) {
      const m = masks[record];
      if (m === AS_JSON) {
        out.push(JSON.parse(p.json[json++][1]) as Attraction);
        continue;
      }
      const a = {} as Record<string, unknown>;
      if (m & 1) a.id = string();
      if (m & 2) a.name = localized();
      if (m & 4) a.category = word();
      if (m & 8) a.categoryName = localized();
      if (m & 16) a.lat = numbers[num++];
      if (m & 32) a.lon = numbers[num++];
      if (m & 64) a.description = localized();
      if (m & 128) a.image = string();
      if (m & 256) a.imageAlt = localized();
      if (m & 512) a.url = string();
      if (m & 1024) a.address = localized();
      if (m & 2048) a.openingHours = localized();
      if (m & 4096) a.openingHoursOsm = string();
      if (m & 8192) a.phone = string();
      if (m & 16384) a.language = word();
      if (m & 32768) a.approximate = booleans[bool++] === 1;
      out.push(a as unknown as Attraction);
    }
    return record < p.count;
  };
}
