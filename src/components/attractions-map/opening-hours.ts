/**
 * OpenStreetMap `opening_hours` (https://wiki.openstreetmap.org/wiki/Key:opening_hours),
 * the common subset that tourist places use: `24/7`; rules separated by `;` (a later rule
 * replaces earlier ones for its days) or `,` before a new day selector (adds to them) or
 * `||`; month ranges (`May-Aug`); weekdays and ranges (`Mo-Fr`, `Sa,Su`, `Su-Tu`), `PH`
 * (public holidays: shown, but not evaluated: the holidays of the place are unknown);
 * times (`09:00-12:00,13:00-17:00`, past midnight `22:00-02:00`); `off` / `closed`. Anything
 * else (sunrise, week numbers, dates, comments, open ends) gives undefined, and the map
 * shows the text as it is. Pure data code: no DOM, no Intl.
 */

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** One rule: when it applies (months, weekdays) and what it says (times, or closed). */
export interface HoursRule {
  /** Month ranges, 0 = January, inclusive; a range may wrap (Nov–Feb). None: every month. */
  months?: [number, number][];
  /** Weekday ranges, 0 = Monday, inclusive, may wrap (Su–Tu). None (and no `holidays`): every day. */
  days?: [number, number][];
  /** The rule names public holidays (`PH`). */
  holidays?: boolean;
  /** Opening intervals in minutes from midnight; `end` past 1440 runs into the next day. Empty with `closed`. */
  times: [number, number][];
  closed: boolean;
  /** Added to the rule before (`,` before a day selector) instead of replacing it. */
  additional: boolean;
}

export interface Schedule {
  rules: HoursRule[];
}

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)';
const MONTH = `(?:${MONTHS.join('|')})`;
const DAYS_RE = new RegExp(`^(${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*)(?=\\s|$)`);
const MONTHS_RE = new RegExp(`^(${MONTH}(?:-${MONTH})?(?:,${MONTH}(?:-${MONTH})?)*)(?=\\s|$)`);
const TIME = '(?:[01]?\\d|2[0-4]):[0-5]\\d';
const TIMES_RE = new RegExp(`^(${TIME}-${TIME}(?:,${TIME}-${TIME})*)(?=\\s|$)`);
/** `,` after a time or `off` and before a new selector starts an additional rule ("Mo-Fr 09:00-17:00, Sa 10:00-14:00"). */
const ADDITIONAL = new RegExp(`(?<=\\d|off|closed|open),\\s*(?=(?:${DAY}|${MONTH})(?![a-z]))`);

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

function ranges(spec: string, names: readonly string[]): [number, number][] | undefined {
  const out: [number, number][] = [];
  for (const part of spec.split(',')) {
    const [from, to = from] = part.split('-').map((name) => names.indexOf(name));
    if (from < 0 || to < 0) return undefined;
    out.push([from, to]);
  }
  return out;
}

function parseRule(text: string, additional: boolean): HoursRule | undefined {
  let rest = text.trim();
  if (rest === '24/7') return { times: [[0, 1440]], closed: false, additional };
  const rule: HoursRule = { times: [], closed: false, additional };
  const take = (re: RegExp) => {
    const match = re.exec(rest);
    if (!match) return undefined;
    rest = rest.slice(match[0].length).trimStart();
    return match[1];
  };
  const months = take(MONTHS_RE);
  if (months) rule.months = ranges(months, MONTHS);
  const days = take(DAYS_RE);
  if (days) {
    const parts = days.split(',');
    rule.holidays = parts.includes('PH') || undefined;
    const weekdays = parts.filter((p) => !p.includes('PH'));
    if (parts.some((p) => p.includes('PH') && p !== 'PH')) return undefined; // "Mo-PH" is not a range
    if (weekdays.length) rule.days = ranges(weekdays.join(','), WEEKDAYS);
  }
  const times = take(TIMES_RE);
  if (times) {
    for (const span of times.split(',')) {
      const [from, to] = span.split('-').map(minutes);
      if (from >= 1440) return undefined;
      rule.times.push([from, to <= from ? to + 1440 : to]); // "22:00-02:00" ends tomorrow
    }
  }
  const modifier = /^(off|closed|open)$/.exec(rest)?.[1];
  if (modifier) rest = '';
  if (rest) return undefined; // something this parser does not know: never guess
  if (!months && !days && !times && !modifier) return undefined;
  if (modifier === 'off' || modifier === 'closed') {
    rule.closed = true;
    rule.times = [];
  } else if (!times) {
    rule.times = [[0, 1440]]; // "Mo-Fr" alone, or "Mo-Fr open": all day
  }
  return rule;
}

/** The schedule of an `opening_hours` value, or undefined when it uses more than this subset. */
export function parseOpeningHours(value: unknown): Schedule | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 500) return undefined;
  const rules: HoursRule[] = [];
  for (const part of text.split(/\s*(?:;|\|\|)\s*/)) {
    if (!part) continue;
    const pieces = part.split(ADDITIONAL);
    for (let i = 0; i < pieces.length; i++) {
      const rule = parseRule(pieces[i], i > 0);
      if (!rule) return undefined;
      rules.push(rule);
    }
  }
  return rules.length ? { rules } : undefined;
}

const inRanges = (value: number, list: [number, number][]) =>
  list.some(([from, to]) => (from <= to ? value >= from && value <= to : value >= from || value <= to));

/** Monday = 0 … Sunday = 6. */
const weekday = (date: Date) => (date.getDay() + 6) % 7;

/** True when the schedule can say open or closed: some rule is about weekdays, not only holidays. */
export const canTell = (schedule: Schedule) => schedule.rules.some((r) => !r.holidays || r.days);

/** Opening intervals of one calendar day (minutes; an end past 1440 runs into the next day). */
export function intervalsOn(schedule: Schedule, date: Date): [number, number][] {
  let day: [number, number][] = [];
  for (const rule of schedule.rules) {
    if (rule.months && !inRanges(date.getMonth(), rule.months)) continue;
    if (rule.days ? !inRanges(weekday(date), rule.days) : rule.holidays) continue; // holidays unknown
    day = rule.additional ? [...day, ...rule.times] : rule.closed ? [] : [...rule.times];
  }
  return day.sort((a, b) => a[0] - b[0]);
}

export interface HoursStatus {
  open: boolean;
  /** When it closes (if open) or opens next (within a week); undefined: not within a week, or never closes. */
  change?: Date;
}

const at = (date: Date, dayOffset: number, minute: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + dayOffset, 0, minute);

/**
 * Open or closed at `now` (the visitor's clock: places and visitors share a time zone on a
 * city's map), with the next change. Undefined when the schedule only speaks of holidays.
 */
export function statusAt(schedule: Schedule, now: Date): HoursStatus | undefined {
  if (!canTell(schedule)) return undefined;
  const minute = now.getHours() * 60 + now.getMinutes();
  // Intervals from yesterday to a week ahead, in minutes from today's midnight.
  const spans: [number, number][] = [];
  for (let d = -1; d <= 7; d++) {
    for (const [from, to] of intervalsOn(schedule, at(now, d, 0))) spans.push([from + d * 1440, to + d * 1440]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Touching or overlapping intervals are one opening ("Mo-Su 00:00-24:00" never closes).
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  const current = merged.find(([from, to]) => from <= minute && minute < to);
  if (current) return { open: true, change: current[1] >= 8 * 1440 ? undefined : at(now, 0, current[1]) };
  const next = merged.find(([from]) => from > minute);
  return { open: false, change: next ? at(now, 0, next[0]) : undefined };
}
