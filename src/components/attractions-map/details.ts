import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { heading } from '../../ui/heading.js';
import { hideBrokenImage } from '../../ui/hide-broken-image.js';
import { DEFAULT_DIRECTIONS_URL } from '../../map/osm.js';
import { directionsUrl, glyph, safeUrl, telUrl, type MapAttraction } from './attractions-map-helpers.js';
import type { HoursController } from './hours-controller.js';
import { distanceKm, distanceText } from './distance-text.js';

export interface DetailsOptions {
  i18n: I18nController;
  /** Level of the place's name heading (the element's HeadingLevelController). */
  level: number;
  attraction: MapAttraction;
  /** A category's name in the page's language (the element's PlacesController). */
  label(category: string, plural?: boolean): string;
  /** Route planner template (`directions-url`). */
  directionsTemplate: string;
  /** The visitor's position, once known: the distance to the place. */
  origin?: { lat: number; lon: number };
  /** Opening hours in words and "open now" (loaded when a place has hours). */
  hours: HoursController;
  onClose(): void;
  onKeydown(event: KeyboardEvent): void;
}

/** The chosen place: category, name (focus lands here), photo, description, facts, route planner. */
export function renderDetails(o: DetailsOptions): TemplateResult {
  const { i18n, attraction: a } = o;
  const t = (k: string) => i18n.t(k);
  const pick = (value: MapAttraction['name'] | undefined) => i18n.pick(value, a.language);
  const name = pick(a.name);
  const description = pick(a.description);
  const address = pick(a.address);
  const hours = pick(a.openingHours);
  const imageAlt = pick(a.imageAlt);
  const image = safeUrl(a.image);
  const website = safeUrl(a.url);
  const tel = telUrl(a.phone);
  const directions = directionsUrl(o.directionsTemplate || DEFAULT_DIRECTIONS_URL, a, name.text);
  const km = distanceKm(o.origin, a);
  const langOf = (p: { lang?: string }) => (p.lang && p.lang !== i18n.lang ? p.lang : nothing);
  return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${o.onKeydown}>
    <div class="details-head">
      <span class="badge">${glyph(a.category, 20)} ${o.label(a.category)}</span>
      <button type="button" class="close" aria-label=${t('map.details.close')} title=${t('map.details.close')} @click=${o.onClose}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z" fill="currentColor"></path></svg>
      </button>
    </div>
    ${heading(o.level, name.text, { className: 'details-title', id: 'details-title', tabIndex: -1, lang: name.lang && name.lang !== i18n.lang ? name.lang : undefined })}
    ${image
      ? html`<img part="photo" class="photo" src=${image} alt=${imageAlt.text} lang=${langOf(imageAlt)} loading="lazy" decoding="async" @error=${hideBrokenImage} />`
      : nothing}
    ${description.text ? html`<p class="description" lang=${langOf(description)}>${description.text}</p>` : nothing}
    <dl class="facts">
      ${address.text ? html`<div><dt>${t('map.details.address')}</dt><dd lang=${langOf(address)}>${address.text}</dd></div>` : nothing}
      ${renderHours(o, hours)}
      ${km !== undefined ? html`<div><dt>${t('map.details.distance')}</dt><dd>${o.i18n.t('map.list.away', { distance: distanceText(o.i18n, km) })}</dd></div>` : nothing}
      ${tel ? html`<div><dt>${t('map.details.phone')}</dt><dd><a href=${tel}>${a.phone}</a></dd></div>` : nothing}
      ${website
        ? html`<div><dt>${t('map.details.website')}</dt><dd><a href=${website} target="_blank" rel="noopener noreferrer">${new URL(website).host}<span class="visually-hidden"> ${t('map.details.opensNewTab')}</span></a></dd></div>`
        : nothing}
    </dl>
    ${a.approximate || a.locationPrecision === 'approximate' ? html`<p class="note">${t('map.details.approximate')}</p>` : nothing}
    ${directions
      ? html`<a class="button directions" href=${directions} target="_blank" rel="noopener noreferrer">${t('map.details.directions')}<span class="visually-hidden"> ${t('map.details.opensNewTab')}</span></a>`
      : nothing}
  </section>`;
}

/**
 * Opening hours: in OpenStreetMap syntax they are said in words with "open now" / "closed
 * now"; the feed's own text (a note, or hours this parser does not read) is shown as written.
 */
function renderHours(o: DetailsOptions, text: { text: string; lang?: string }) {
  const { i18n, attraction: a } = o;
  const reader = o.hours.for(a);
  const schedule = reader?.scheduleOf(a);
  const note = text.text && text.text !== a.openingHoursOsm ? text : undefined;
  if (!schedule && !note) return nothing;
  const status = schedule && reader!.statusText(i18n, schedule, o.hours.now);
  const lang = note?.lang && note.lang !== i18n.lang ? note.lang : nothing;
  return html`<div>
    <dt>${i18n.t('map.details.openingHours')}</dt>
    <dd class="hours">
      ${status ? html`<p class="hours-status" data-open=${String(status.open)}>${status.text}</p>` : nothing}
      ${schedule ? html`<ul class="hours-rules">${schedule.rules.map((rule) => html`<li>${reader!.ruleText(i18n, rule)}</li>`)}</ul>` : nothing}
      ${note ? html`<p class="hours-note" lang=${lang}>${note.text}</p>` : nothing}
    </dd>
  </div>`;
}
