import {
  PARTNERSHIP_STATUSES,
  type Contact,
  type CooperationArea,
  type Localized,
  type Milestone,
  type PartnerCity,
  type Partnership,
  type PartnershipStatus,
} from '../../feeds/types.js';
import { safeUrl } from './safe.js';

/**
 * A defensive copy of partnership data handed to the panel (the `.partnerships` property or
 * a feed): keeps what can be shown, drops malformed entries and unsafe links, and returns
 * undefined when the core (id, title, status, two named cities) is missing. Never throws.
 */

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function localized(v: unknown): Localized | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (!isObject(v)) return undefined;
  const entries = Object.entries(v).filter(([, text]) => typeof text === 'string' && text.trim());
  return entries.length ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
}

const isDate = (v: unknown): v is string =>
  typeof v === 'string' && !Number.isNaN(new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T12:00:00Z` : v).getTime());

const list = <T>(v: unknown, read: (item: unknown) => T | undefined): T[] =>
  Array.isArray(v) ? v.map(read).filter((x): x is T => x !== undefined) : [];

/** A city as the panel shows it; `populationYear` is an optional extra of the file format. */
export type PanelCity = PartnerCity & { populationYear?: number };

function city(v: unknown): PanelCity | undefined {
  if (!isObject(v)) return undefined;
  const name = localized(v.name);
  const id = str(v.id);
  if (!name || !id) return undefined;
  const lat = num(v.lat);
  const lon = num(v.lon);
  const coords = lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const population = num(v.population);
  return {
    id,
    name,
    country: typeof v.country === 'string' && /^[A-Za-z]{2}$/.test(v.country) ? v.country.toUpperCase() : '',
    region: localized(v.region),
    population: population !== undefined && population >= 0 ? population : undefined,
    populationYear: num(v.populationYear),
    website: safeUrl(v.website),
    emblem: safeUrl(v.emblem),
    emblemAlt: localized(v.emblemAlt),
    lat: coords ? lat : undefined,
    lon: coords ? lon : undefined,
  };
}

function area(v: unknown): CooperationArea | undefined {
  if (!isObject(v)) return undefined;
  const title = localized(v.title);
  if (!title) return undefined;
  return { id: str(v.id) ?? '', icon: str(v.icon), title, description: localized(v.description) };
}

function milestone(v: unknown): Milestone | undefined {
  if (!isObject(v)) return undefined;
  const title = localized(v.title);
  if (!title || !isDate(v.date)) return undefined;
  return { date: v.date, title, text: localized(v.text), url: safeUrl(v.url) };
}

function contact(v: unknown): Contact | undefined {
  if (!isObject(v)) return undefined;
  const name = str(v.name);
  if (!name) return undefined;
  return {
    city: str(v.city) ?? '',
    name,
    role: localized(v.role),
    department: localized(v.department),
    email: str(v.email),
    phone: str(v.phone),
  };
}

/** The panel's view of a partnership, or undefined when it cannot be shown. */
export type PanelPartnership = Omit<Partnership, 'cities'> & { cities: [PanelCity, PanelCity] };

export function normalizePartnership(v: unknown): PanelPartnership | undefined {
  if (!isObject(v)) return undefined;
  const id = str(v.id);
  const title = localized(v.title);
  const status = PARTNERSHIP_STATUSES.includes(v.status as PartnershipStatus)
    ? (v.status as PartnershipStatus)
    : undefined;
  const cities = Array.isArray(v.cities) ? v.cities.map(city) : [];
  if (!id || !title || !status || cities.length !== 2 || !cities[0] || !cities[1]) return undefined;
  return {
    id,
    title,
    description: localized(v.description),
    status,
    since: isDate(v.since) ? v.since : undefined,
    next: localized(v.next),
    cities: [cities[0], cities[1]],
    areas: list(v.areas, area),
    milestones: list(v.milestones, milestone),
    contacts: list(v.contacts, contact),
    newsTag: str(v.newsTag),
    language: str(v.language),
  };
}
