import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { heading } from '../../ui/heading.js';
import { hideBrokenImage } from '../../ui/hide-broken-image.js';
import { DEFAULT_DIRECTIONS_URL } from '../../map/osm.js';
import { categoryLabel, directionsUrl, glyph, safeUrl, telUrl, type MapAttraction } from './attractions-map-helpers.js';

export interface DetailsOptions {
  i18n: I18nController;
  /** Level of the place's name heading (the element's HeadingLevelController). */
  level: number;
  attraction: MapAttraction;
  /** Route planner template (`directions-url`). */
  directionsTemplate: string;
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
  const langOf = (p: { lang?: string }) => (p.lang && p.lang !== i18n.lang ? p.lang : nothing);
  return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${o.onKeydown}>
    <div class="details-head">
      <span class="badge">${glyph(a.category, 20)} ${categoryLabel(i18n, a.category)}</span>
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
      ${hours.text ? html`<div><dt>${t('map.details.openingHours')}</dt><dd lang=${langOf(hours)}>${hours.text}</dd></div>` : nothing}
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
