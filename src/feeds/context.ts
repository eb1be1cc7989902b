import { feedError } from './problem.js';

/** Shared bookkeeping for the format parsers: base URL, limits, skipped items, warnings. */

/** Default most items kept from one feed; the rest are cut with a warning. */
export const DEFAULT_MAX_ITEMS = 500;

export interface ParseOptions {
  /** The feed's URL: relative links and images resolve against it. */
  base?: string;
  /** Most items to keep (default 500). */
  maxItems?: number;
  /** Where warnings go (default console.warn); tests can collect them. */
  warn?: (message: string) => void;
}

export class ParseContext {
  readonly base: string | undefined;
  readonly maxItems: number;
  skipped = 0;
  readonly warnings: string[] = [];
  private readonly sink: (message: string) => void;

  constructor(options: ParseOptions = {}) {
    this.base = options.base;
    this.maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
    this.sink = options.warn ?? ((m) => console.warn(m));
  }

  warn(message: string) {
    const line = `[civic-widgets] ${this.base ? `${this.base}: ` : ''}${message}`;
    this.warnings.push(line);
    // Do not flood the console with a hostile feed's thousand broken items.
    if (this.warnings.length <= 20) this.sink(line);
    else if (this.warnings.length === 21) this.sink(`[civic-widgets] ${this.base ?? ''}: more warnings suppressed.`);
  }

  /** Entries the feed offered in its main list (before the cap), and what they are called. */
  offered = 0;
  private entryName = 'entries';
  /** Why the first skipped entry was left out. */
  firstSkip: { index: number; field: string; reason: string } | undefined;

  /** The feed's main list of entries, capped; counted for the "none usable" error. */
  entries<T>(list: T[], what: string): T[] {
    this.offered = list.length;
    this.entryName = what;
    return this.cap(list, what);
  }

  /** Records a skipped item, naming the field that broke it. */
  skip(what: string, index: number, field: string, reason: string) {
    this.skipped++;
    this.firstSkip ??= { index, field, reason };
    this.warn(`${what} #${index + 1} skipped: "${field}" ${reason}.`);
  }

  /**
   * A feed that offered entries and kept none is broken, not empty: an `invalidFeed` error
   * saying how many there were and why the first was left out (structured for translation).
   */
  noneUsable() {
    const first = this.firstSkip;
    const why = first ? (first.index === 0 ? `the first: "${first.field}" ${first.reason}` : `e.g. #${first.index + 1}: "${first.field}" ${first.reason}`) : 'none could be read';
    const detail = `${this.offered} ${this.entryName}, none usable (${why})`;
    return feedError('invalidFeed', `The feed has ${detail}.`, {
      detail,
      unusable: { entries: this.offered, field: first?.field ?? '', reason: first?.reason ?? '' },
    });
  }

  private readonly ids = new Set<string>();

  /** Makes item ids unique within a feed (elements key their lists by id). */
  uniqueId(id: string, index: number): string {
    let unique = id;
    if (this.ids.has(unique)) unique = `${id}#${index + 1}`;
    this.ids.add(unique);
    return unique;
  }

  /** A broken feed as a whole: an `invalidFeed` error naming what is wrong. */
  invalid(detail: string) {
    return feedError('invalidFeed', `The feed has an unknown or broken format: ${detail}.`, { detail });
  }

  /** Applies the item cap to a list, warning when it cuts. */
  cap<T>(list: T[], what: string): T[] {
    if (list.length <= this.maxItems) return list;
    this.warn(`the feed has ${list.length} ${what}; only the first ${this.maxItems} are used.`);
    return list.slice(0, this.maxItems);
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A date as an ISO string, or undefined when it is not a real date. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (!text || text.length > 64) return undefined;
  // Date-only strings stay date-only ("2025-12-19") so no time zone shifts the day.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
  const time = Date.parse(withNumericZone(text));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

// RFC 822 dates from European CMSes end in zone names that Date.parse does not know.
const ZONES: Record<string, string> = {
  CET: '+0100', CEST: '+0200', MEZ: '+0100', MESZ: '+0200', WET: '+0000', WEST: '+0100',
  EET: '+0200', EEST: '+0300', BST: '+0100', UTC: '+0000', UT: '+0000', GMT: '+0000', Z: '+0000',
};
const withNumericZone = (text: string) =>
  text.replace(/\s([A-Z]{1,4})$/, (match, zone: string) => (ZONES[zone] ? ` ${ZONES[zone]}` : match));

/** A string id (numbers accepted), or undefined. */
export function toId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id && id.length <= 2048 ? id : undefined;
}

/** A non-negative finite number (view counts, population), or undefined. */
export function toCount(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
/** A BCP 47-looking language tag, or undefined. */
export const toLang = (value: unknown) =>
  typeof value === 'string' && LANG.test(value.trim()) ? value.trim().replace(/_/g, '-') : undefined;

/**
 * The item without its undefined properties, so items compare and serialize cleanly. A
 * copy, not `delete`: deleting turns an object into a slow dictionary (a 100,000-place map
 * feed took four times the memory).
 */
export function compact<T extends object>(item: T): T {
  const out = {} as T;
  for (const key in item) if (item[key] !== undefined) out[key] = item[key];
  return out;
}
