/**
 * Attractions packed for the trip from the parse worker to the page: a few typed arrays
 * (moved, not copied) and one string holding every text, instead of 100,000 objects that
 * the browser would copy one property at a time (structured cloning them took the page's
 * main thread ~300 ms plus as much garbage collection at 100,000 places; rebuilding them
 * from columns takes a fraction, in slices that leave the page responsive).
 *
 * Each record is a bit mask of the fields it has, in the feed model's field order; its
 * values follow in streams by type. A record that does not fit the schema (a field of
 * another type, a key the model does not have) travels as JSON instead: unpacking always
 * gives back what was packed.
 */
import type { Attraction } from '../feeds/model.js';
import { AS_JSON, type PackedAttractions } from './unpack.js';

export type { PackedAttractions } from './unpack.js';

export { unpacker } from './unpack.js';

/**
 * The model's fields in the order the feed layer writes them: s string, d string from a
 * small set (categories, language tags: sent once each, and equal strings on the page are
 * one string, quick to count and compare), L localized (a string or a language map), n
 * number, b boolean.
 */
const FIELDS = [
  ['id', 's'],
  ['name', 'L'],
  ['category', 'd'],
  ['categoryName', 'L'],
  ['lat', 'n'],
  ['lon', 'n'],
  ['description', 'L'],
  ['image', 's'],
  ['imageAlt', 'L'],
  ['url', 's'],
  ['address', 'L'],
  ['openingHours', 'L'],
  ['openingHoursOsm', 's'],
  ['phone', 's'],
  ['language', 'd'],
  ['approximate', 'b'],
] as const;
const SLOT = new Map<string, number>(FIELDS.map(([key], i) => [key, i]));


/** What `packAttractions` hands to postMessage's transfer list. */
export const transferablesOf = (p: PackedAttractions) => [p.masks.buffer, p.numbers.buffer, p.booleans.buffer, p.languages.buffer, p.ends.buffer, p.codes.buffer];

const isStringMap = (v: unknown): v is Record<string, string> => {
  if (!v || typeof v !== 'object' || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  let n = 0;
  for (const key in v) if (typeof (v as Record<string, unknown>)[key] !== 'string' || ++n > 255) return false;
  return true;
};

/** Packs attractions (in the worker). */
export function packAttractions(list: readonly Attraction[]): PackedAttractions {
  const masks = new Uint32Array(list.length);
  const numbers: number[] = [];
  const booleans: number[] = [];
  const languages: number[] = [];
  const strings: string[] = [];
  const codes: number[] = [];
  const words = new Map<string, number>();
  const word = (w: string) => {
    let code = words.get(w);
    if (code === undefined) words.set(w, (code = words.size));
    codes.push(code);
  };
  const json: [number, string][] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as unknown as Record<string, unknown>;
    // One pass over the record's keys, its values streamed as they come; a key the model does
    // not have, a value of another type or keys out of the model's order: the streams go back
    // to where they were and the record travels as JSON.
    const n = numbers.length, b = booleans.length, l = languages.length, t = strings.length, c = codes.length;
    let mask = 0;
    let last = -1;
    for (const key in a) {
      const v = a[key];
      if (v === undefined) continue;
      const slot = SLOT.get(key);
      if (slot === undefined || slot <= last || !put(FIELDS[slot][1], v)) {
        mask = AS_JSON;
        break;
      }
      last = slot;
      mask |= 1 << slot;
    }
    masks[i] = mask >>> 0;
    if (mask === AS_JSON) {
      numbers.length = n;
      booleans.length = b;
      languages.length = l;
      strings.length = t;
      codes.length = c;
      json.push([i, JSON.stringify(a)]);
    }
  }
  function put(kind: string, v: unknown): boolean {
    if (kind === 's' || kind === 'd') {
      if (typeof v !== 'string') return false;
      if (kind === 's') strings.push(v);
      else word(v);
    } else if (kind === 'n') {
      if (typeof v !== 'number') return false;
      numbers.push(v);
    } else if (kind === 'b') {
      if (typeof v !== 'boolean') return false;
      booleans.push(v ? 1 : 0);
    } else if (typeof v === 'string') {
      languages.push(0);
      strings.push(v);
    } else if (isStringMap(v)) {
      const keys = Object.keys(v);
      languages.push(keys.length);
      for (const key of keys) {
        word(key);
        strings.push(v[key]);
      }
    } else return false;
    return true;
  }
  const ends = new Uint32Array(strings.length);
  let end = 0;
  for (let i = 0; i < strings.length; i++) ends[i] = end += strings[i].length;
  return {
    count: list.length,
    masks,
    numbers: Float64Array.from(numbers),
    booleans: Uint8Array.from(booleans),
    languages: Uint8Array.from(languages),
    text: strings.join(''),
    ends,
    words: [...words.keys()],
    codes: Uint32Array.from(codes),
    json,
  };
}
