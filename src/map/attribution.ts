import { html, nothing, type TemplateResult } from 'lit';
import { safeWebUrl } from '../feeds/links.js';
import { OSM_COPYRIGHT_URL, isOsmTiles } from './osm.js';

export interface AttributionOptions {
  tileUrl: string | undefined;
  /** The site's own credit (`tile-attribution`); wins over the default. */
  text: string | undefined;
  /** The site's link for it (`tile-attribution-url`); only http(s) is used. */
  url: string | undefined;
  /** "© OpenStreetMap contributors" in the visitor's language, used for OSM tiles. */
  osmText: string;
  className: string;
  /** Extra parts of the link (the panel names every link `link`). */
  linkPart?: string;
}

/**
 * The tile credit as DOM text (Leaflet's attribution control writes HTML strings, which
 * Trusted Types refuse): the site's own text, or OpenStreetMap's for OSM tiles, linked to
 * the site's URL or to OSM's copyright page. Nothing when there are no tiles or no credit.
 */
export function renderAttribution(o: AttributionOptions): TemplateResult | typeof nothing {
  if (!o.tileUrl?.trim()) return nothing;
  const osm = isOsmTiles(o.tileUrl);
  const text = o.text ?? (osm ? o.osmText : '');
  if (!text) return nothing;
  const href = safeWebUrl(o.url) ?? (o.text === undefined && osm ? OSM_COPYRIGHT_URL : undefined);
  return html`<div class=${o.className} part="attribution">
    ${href ? html`<a href=${href} part=${o.linkPart ?? nothing} target="_blank" rel="noopener noreferrer">${text}</a>` : text}
  </div>`;
}
