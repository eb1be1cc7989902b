/** The project's partnership file (`data/schema/partnership.schema.json`). */
import {
  PARTNERSHIP_STATUSES,
  type Contact,
  type CooperationArea,
  type Localized,
  type Milestone,
  type PartnerCity,
  type Partnership,
  type PartnershipFeed,
  type PartnershipStatus,
} from '../model.js';
import { runSync, type Steps } from '../steps.js';
import { ParseContext, compact, isObject, toCount, toId, toIsoDate, toLang } from '../context.js';
import { MAX_LANGUAGES, toLocalized, toPlainText } from '../text.js';
import { safeUrl, toEmail, toPhone } from '../links.js';
import { sanitizeRichText } from '../rich-text.js';
import { feedDocument } from '../environment.js';

export const isPartnershipFile = (json: unknown): json is Record<string, unknown> =>
  isObject(json) && (Array.isArray(json.partnerships) || (Array.isArray(json.cities) && 'status' in json));

const COUNTRY = /^[A-Z]{2}$/;

const num = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;

/**
 * Rich text cleaned once while parsing (so relative links resolve against the feed) and
 * kept as a small, already-sanitized HTML string; elements pass it through
 * {@link sanitizeRichText} again when they show it.
 */
function richLocalized(value: unknown, base: string | undefined): Localized | undefined {
  const clean = (html: unknown) => {
    if (typeof html !== 'string') return '';
    const holder = feedDocument().createElement('div');
    holder.append(sanitizeRichText(html, base));
    return holder.innerHTML.trim();
  };
  if (typeof value === 'string') return clean(value) || undefined;
  if (!isObject(value)) return undefined;
  const map: Record<string, string> = {};
  for (const [lang, html] of Object.entries(value).slice(0, MAX_LANGUAGES)) {
    const text = toLang(lang) ? clean(html) : '';
    if (text) map[lang] = text;
  }
  return Object.keys(map).length ? map : undefined;
}

function parseCity(raw: unknown, where: string, ctx: ParseContext): PartnerCity | undefined {
  if (!isObject(raw)) return void ctx.warn(`${where} is not an object.`);
  const id = toId(raw.id);
  const name = toLocalized(raw.name);
  const country = typeof raw.country === 'string' ? raw.country.trim().toUpperCase() : '';
  if (!id) return void ctx.warn(`${where}: "id" is missing.`);
  if (!name) return void ctx.warn(`${where}: "name" is missing.`);
  if (!COUNTRY.test(country)) return void ctx.warn(`${where}: "country" must be a two-letter code such as PL or DE.`);
  const lat = num(raw.lat, -90, 90);
  const lon = num(raw.lon, -180, 180);
  const emblem = safeUrl(raw.emblem, ctx.base);
  return compact<PartnerCity>({
    id,
    name,
    country,
    region: toLocalized(raw.region),
    population: toCount(raw.population),
    populationYear: toCount(raw.populationYear),
    website: safeUrl(raw.website, ctx.base),
    emblem,
    emblemAlt: emblem ? toLocalized(raw.emblemAlt) : undefined,
    lat: lat !== undefined && lon !== undefined ? lat : undefined,
    lon: lat !== undefined && lon !== undefined ? lon : undefined,
  });
}

/** Most areas, milestones or contacts kept per partnership (a real one has a dozen). */
const MAX_LIST = 100;

function list<T>(raw: unknown, what: string, ctx: ParseContext, parse: (v: Record<string, unknown>, i: number) => T | string): T[] {
  if (!Array.isArray(raw)) return [];
  const out: T[] = [];
  if (raw.length > MAX_LIST) ctx.warn(`a partnership has ${raw.length} ${what} entries; only the first ${MAX_LIST} are used.`);
  raw.slice(0, MAX_LIST).forEach((value, index) => {
    if (!isObject(value)) return ctx.skip(what, index, what, 'is not an object');
    const result = parse(value, index);
    if (typeof result === 'string') ctx.skip(what, index, result, 'is missing or invalid');
    else out.push(result);
  });
  return out;
}

function parsePartnership(raw: Record<string, unknown>, index: number, ctx: ParseContext, fileLang?: string): Partnership | undefined {
  const id = toId(raw.id);
  if (!id) return void ctx.skip('partnership', index, 'id', 'is missing');
  const title = toLocalized(raw.title);
  if (!title) return void ctx.skip('partnership', index, 'title', 'is missing or empty');
  const status = typeof raw.status === 'string' ? raw.status.trim().toLowerCase() : '';
  if (!PARTNERSHIP_STATUSES.includes(status as PartnershipStatus))
    return void ctx.skip('partnership', index, 'status', `must be one of ${PARTNERSHIP_STATUSES.join(', ')}`);
  if (!Array.isArray(raw.cities) || raw.cities.length !== 2)
    return void ctx.skip('partnership', index, 'cities', 'must list exactly two cities');
  const cities = raw.cities.map((c, i) => parseCity(c, `partnership #${index + 1}, cities[${i}]`, ctx));
  if (!cities[0] || !cities[1]) return void ctx.skip('partnership', index, 'cities', 'has a broken city');
  const cityIds = new Set(cities.map((c) => c!.id));
  const lang = toLang(raw.language) ?? fileLang;
  return compact<Partnership>({
    id,
    title,
    description: richLocalized(raw.description, ctx.base),
    status: status as PartnershipStatus,
    since: toIsoDate(raw.since),
    next: toLocalized(raw.next),
    cities: [cities[0], cities[1]],
    areas: list<CooperationArea>(raw.areas, 'area', ctx, (a, i) => {
      const areaTitle = toLocalized(a.title);
      if (!areaTitle) return 'title';
      const icon = typeof a.icon === 'string' && /^[a-z0-9-]{1,40}$/.test(a.icon) ? a.icon : undefined;
      return compact<CooperationArea>({ id: toId(a.id) ?? `area-${i + 1}`, icon, title: areaTitle, description: toLocalized(a.description) });
    }),
    milestones: list<Milestone>(raw.milestones, 'milestone', ctx, (m) => {
      const date = toIsoDate(m.date);
      const mTitle = toLocalized(m.title);
      if (!date) return 'date';
      if (!mTitle) return 'title';
      return compact<Milestone>({ date, title: mTitle, text: toLocalized(m.text), url: safeUrl(m.url, ctx.base) });
    }).sort((a, b) => a.date.localeCompare(b.date)),
    contacts: list<Contact>(raw.contacts, 'contact', ctx, (c) => {
      const city = toId(c.city);
      const name = toPlainText(c.name);
      if (!city || !cityIds.has(city)) return 'city';
      if (!name) return 'name';
      const email = toEmail(c.email);
      if (c.email !== undefined && !email) ctx.warn(`contact "${name}": "email" is not a plain e-mail address and was dropped.`);
      return compact<Contact>({
        city,
        name,
        role: toLocalized(c.role),
        department: toLocalized(c.department),
        email,
        phone: toPhone(c.phone),
      });
    }),
    newsTag: toLocalized(raw.newsTag),
    language: lang,
  });
}

export function* partnershipSteps(json: Record<string, unknown>, ctx: ParseContext): Steps<PartnershipFeed> {
  const fileLang = toLang(json.language);
  const raw = Array.isArray(json.partnerships) ? json.partnerships : [json];
  const partnerships: Partnership[] = [];
  const list = ctx.entries(raw, 'partnerships');
  const read = (p: unknown, index: number): void => {
    if (!isObject(p)) return ctx.skip('partnership', index, 'partnership', 'is not an object');
    const parsed = parsePartnership(p, index, ctx, fileLang);
    if (parsed) partnerships.push({ ...parsed, id: ctx.uniqueId(parsed.id, index) });
  };
  for (let i = 0; i < list.length; i++) {
    read(list[i], i);
    yield;
  }
  return compact<PartnershipFeed>({ partnerships, language: fileLang, skipped: ctx.skipped });
}

export const parsePartnershipFile = (json: Record<string, unknown>, ctx: ParseContext): PartnershipFeed => runSync(partnershipSteps(json, ctx));
