/**
 * The one model every feed format is turned into. Pure data: nothing here knows about
 * rendering, Lit or the DOM tree of a page.
 */

/** A text that is either one string (in the feed's language) or a map of language → text. */
export type Localized = string | Readonly<Record<string, string>>;

/** A headline or article, whatever format it came from (JSON Feed, WordPress, RSS, Atom). */
export interface NewsItem {
  id: string;
  /** Safe absolute or relative URL (http, https, relative); undefined when unsafe or absent. */
  url?: string;
  /** Plain text (HTML stripped, entities decoded), possibly per language. */
  title: Localized;
  /** Plain text excerpt, possibly per language. */
  excerpt?: Localized;
  /** ISO 8601 date-time string. */
  date?: string;
  author?: string;
  /** Category names, each a string or a language map (`{"pl": "Wydarzenia", "de": "Veranstaltungen"}`). */
  categories: Localized[];
  /** Safe image URL. */
  image?: string;
  imageAlt?: Localized;
  views?: number;
  /** BCP 47 language of the item, when the feed says. */
  language?: string;
  /** Marked as breaking / urgent by the feed (tag "breaking"/"pilne"/"eilmeldung" or a flag). */
  breaking?: boolean;
  /** Id of the partnership this article belongs to (JSON Feed `_civic.partnership`). */
  partnership?: string;
}

export type AttractionCategory = string;

/** A point of interest from a GeoJSON Point feature. */
export interface Attraction {
  id: string;
  name: Localized;
  /** Identifier of the category (`museum`, `park`, or the feed's own, lower-case). */
  category: AttractionCategory;
  /** The feed's own name of its category, possibly per language (`{"pl": "Zabytek", "de": "Denkmal"}`). */
  categoryName?: Localized;
  /** WGS84 latitude and longitude (converted from GeoJSON's [lon, lat]). */
  lat: number;
  lon: number;
  description?: Localized;
  image?: string;
  imageAlt?: Localized;
  url?: string;
  address?: Localized;
  openingHours?: Localized;
  /** `opening_hours` in OpenStreetMap syntax, as the feed gives it ("Tu-Su 10:00-18:00"): the map says it in words. */
  openingHoursOsm?: string;
  phone?: string;
  language?: string;
  /** True when the feed marks the position as approximate (`locationPrecision: "approximate"`). */
  approximate?: boolean;
}

/** The scale a partnership moves along, in order. */
export const PARTNERSHIP_STATUSES = ['contact', 'talks', 'intent', 'signed', 'active'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export interface PartnerCity {
  id: string;
  name: Localized;
  /** ISO 3166-1 alpha-2 code, e.g. "PL", "DE"; names come from Intl.DisplayNames. */
  country: string;
  region?: Localized;
  population?: number;
  /** Year the population figure refers to. */
  populationYear?: number;
  website?: string;
  /** Coat of arms or flag image, safe URL. */
  emblem?: string;
  emblemAlt?: Localized;
  lat?: number;
  lon?: number;
}

export interface CooperationArea {
  id: string;
  /** One of the built-in icon names (culture, tourism, smart-city, education, …). */
  icon?: string;
  title: Localized;
  description?: Localized;
}

export interface Milestone {
  date: string;
  title: Localized;
  text?: Localized;
  url?: string;
}

export interface Contact {
  /** Which city's side the contact is on (a PartnerCity id). */
  city: string;
  name: string;
  role?: Localized;
  department?: Localized;
  email?: string;
  phone?: string;
}

export interface Partnership {
  id: string;
  title: Localized;
  /** Rich text allowed: rebuilt from an allow-list (feeds/rich-text.ts) before it is shown. */
  description?: Localized;
  status: PartnershipStatus;
  since?: string;
  next?: Localized;
  cities: [PartnerCity, PartnerCity];
  areas: CooperationArea[];
  milestones: Milestone[];
  contacts: Contact[];
  /** Category or tag that marks joint news in a news feed; a language map matches any of its names. */
  newsTag?: Localized;
  language?: string;
}
