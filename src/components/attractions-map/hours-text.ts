/**
 * Opening hours in words, in the visitor's language: weekday and month names and times
 * from Intl ("pon.–pt. 09:00–17:00", "Mon–Fri 9:00 AM–5:00 PM" in en-US), the few words
 * Intl has not from the locales ("daily", "closed", "public holidays"), and "open now, until
 * 18:00" / "closed now, opens Tue 10:00".
 */
import type { I18nController } from '../../controllers/i18n-controller.js';
import { dateFormat } from '../../i18n/format.js';
import { parseOpeningHours, statusAt, type HoursRule, type Schedule } from './opening-hours.js';
import type { MapAttraction } from './attractions-map-helpers.js';

/** A place's opening hours as a schedule, when the feed gives them in OpenStreetMap syntax this parser knows. */
export const scheduleOf = (a: MapAttraction): Schedule | undefined =>
  parseOpeningHours(a.openingHoursOsm ?? (typeof a.openingHours === 'string' ? a.openingHours : undefined));

/** Weekday `i` (0 = Monday) as the locale writes it short ("pon.", "Mo", "Mon"). */
const weekdayName = (locale: string, i: number) =>
  dateFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i, 12)));
const monthName = (locale: string, i: number) =>
  dateFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, i, 15, 12)));

/** A time of day (minutes; 1440 is the midnight that ends a day) as the locale writes it. */
export function timeText(locale: string, minute: number) {
  const format = dateFormat(locale, { hour: 'numeric', minute: '2-digit' });
  // Where clocks run 0–23, the midnight that ends a day reads "24:00", as on opening-hours signs.
  if (minute === 1440 && /h2[34]/.test(format.resolvedOptions().hourCycle ?? '')) return '24:00';
  return format.format(new Date(2024, 0, 1, 0, minute % 1440));
}

const span = (locale: string, name: (locale: string, i: number) => string, [from, to]: [number, number]) =>
  from === to ? name(locale, from) : `${name(locale, from)}–${name(locale, to)}`;

/** One rule in words: "maj–sie: pon.–pt. 10:00–20:00". */
export function ruleText(i18n: I18nController, rule: HoursRule): string {
  const { locale } = i18n;
  const when: string[] = [];
  if (rule.days) when.push(rule.days.map((r) => span(locale, weekdayName, r)).join(', '));
  if (rule.holidays) when.push(i18n.t('map.hours.holidays'));
  const days = when.length ? when.join(', ') : i18n.t('map.hours.daily');
  const allDay = rule.times.length === 1 && rule.times[0][0] === 0 && rule.times[0][1] === 1440;
  const times = rule.closed
    ? i18n.t('map.hours.closed')
    : allDay
      ? i18n.t('map.hours.allDay')
      : rule.times.map(([from, to]) => `${timeText(locale, from)}–${timeText(locale, to)}`).join(', ');
  const months = rule.months ? `${rule.months.map((r) => span(locale, monthName, r)).join(', ')}: ` : '';
  return `${months}${days} ${times}`;
}

/** "Open now, until 18:00" / "Closed now, opens Tue 10:00" / "Closed now"; '' when the schedule cannot tell. */
export function statusText(i18n: I18nController, schedule: Schedule, now: Date): { open: boolean; text: string } | undefined {
  const status = statusAt(schedule, now);
  if (!status) return undefined;
  const { locale } = i18n;
  const state = i18n.t(status.open ? 'map.hours.openNow' : 'map.hours.closedNow');
  const change = status.change;
  if (!change) return { open: status.open, text: state };
  const minute = change.getHours() * 60 + change.getMinutes();
  if (status.open) {
    // Closing at the midnight after today reads "until 24:00", not "until 00:00".
    const time = timeText(locale, minute === 0 ? 1440 : minute);
    return { open: true, text: `${state}, ${i18n.t('map.hours.until', { time })}` };
  }
  const time = timeText(locale, minute);
  const today = change.toDateString() === now.toDateString();
  const opens = today
    ? i18n.t('map.hours.opensAt', { time })
    : i18n.t('map.hours.opensOn', { day: weekdayName(locale, (change.getDay() + 6) % 7), time });
  return { open: false, text: `${state}, ${opens}` };
}
