import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Map as LeafletMap } from 'leaflet';
import type { Partnership } from '../../feeds/types.js';
import { MapLoaderController } from '../../map/map-loader.js';
import { mapFrameStyles } from '../../map/map.styles.js';
import { drawnMapStyles } from '../../map/drawn-map.styles.js';
import { renderConsentPlaceholder, isOwnTileServer, tileHost } from '../../map/placeholder.js';
import { renderAttribution } from '../../map/attribution.js';
import type { Voice } from './voice.js';

/**
 * The panel's optional mini-map, loaded only when `tile-url` is set (this module is a lazy
 * chunk, so pages without a map never download it). Same rules as the attractions map:
 * two-click consent before any tile request, Leaflet loaded only once consented and on
 * screen, no HTML strings (Trusted Types safe).
 */

/** What the mini-map needs from the panel. */
export interface MiniMapHost extends ReactiveControllerHost, HTMLElement {
  tileUrl?: string;
  consent: 'ask' | 'granted';
  tileAttribution?: string;
  tileAttributionUrl?: string;
  readonly partnership: Partnership | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly hasUpdated: boolean;
}

const miniMapStyles = css`
  /* Optional mini-map (Leaflet, after consent) */
  .mini-map {
    position: relative;
    margin-top: var(--_space);
    height: var(--civic-panel-map-height, 16rem);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    isolation: isolate;
  }
  @container part (min-width: 38rem) {
    .mini-map {
      height: var(--civic-panel-map-height, 20rem);
    }
  }
  /* Before consent the frame grows with its text, so the buttons are never cut off. */
  .mini-map[data-state='consent'] {
    height: auto;
    min-height: 12rem;
  }
  .mini-map[data-state='consent'] .consent {
    position: relative;
    inset: auto;
    min-height: 12rem;
  }
  .mini-map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .mini-map-host {
    position: absolute;
    inset: 0;
  }
  .mini-map .map-message {
    border: 1px solid var(--_border);
  }
  .mini-map .mini-map-line {
    stroke: var(--_panel-accent);
  }
  .mini-map .mini-map-pin {
    stroke: var(--_panel-accent);
    fill: var(--_surface);
  }
  .mini-map .mini-map-label {
    font: inherit;
    font-weight: 700;
    font-size: 0.9em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    box-shadow: none;
  }
  .mini-map .mini-map-label::before {
    display: none;
  }
  .mini-map-attribution {
    margin: 0.25rem 0 var(--_space);
    font-size: 0.8em;
    color: var(--_muted);
    text-align: end;
  }
  .mini-map-attribution a {
    display: inline-block;
    padding-block: 0.6rem;
  }

  @media (forced-colors: active) {
    .mini-map .mini-map-pin {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mini-map .mini-map-line {
      stroke: CanvasText;
    }
  }
`;

function adopt(root: ShadowRoot, sheets: (CSSStyleSheet | undefined)[], first = false) {
  const add = sheets.filter((s): s is CSSStyleSheet => !!s && !root.adoptedStyleSheets.includes(s));
  if (add.length) root.adoptedStyleSheets = first ? [...add, ...root.adoptedStyleSheets] : [...root.adoptedStyleSheets, ...add];
}

/** The two cities, when both have coordinates. */
function mapCities(p: Partnership | undefined) {
  if (!p) return undefined;
  const [a, b] = p.cities;
  return a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined ? ([a, b] as const) : undefined;
}

export class PanelMiniMap {
  private readonly loader: MapLoaderController<LeafletMap>;
  /** Said through the frame's status line ("Map loaded") after the visitor's consent. */
  private announcement = '';
  /** The voice of the column that holds the map (names and texts). */
  private voice?: Voice;

  constructor(private readonly host: MiniMapHost) {
    this.loader = new MapLoaderController<LeafletMap>(host, {
      name: '<civic-partnership-panel>',
      preset: () => host.consent === 'granted' || isOwnTileServer(host.tileUrl),
      key: () => {
        const p = host.partnership;
        const url = host.tileUrl?.trim();
        return url && mapCities(p) ? `${p!.id}|${url}` : undefined;
      },
      container: '.mini-map-host',
      create: async (L, container) => {
        const p = host.partnership!;
        const cities = mapCities(p)!;
        const { createMiniMap } = await import('./mini-map-view.js');
        return createMiniMap({
          L,
          container,
          tileUrl: host.tileUrl!.trim(),
          cities: [cities[0], cities[1]].map((c) => ({ lat: c.lat!, lon: c.lon!, name: this.cityName(c.name, p) })) as never,
          reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        });
      },
      destroy: (map) => map.remove(),
      resize: (map) => map.invalidateSize(),
      focusAfterConsent: '.mini-map',
      announce: (text) => {
        this.announcement = text;
        host.requestUpdate();
      },
      loadedText: () => this.voice?.t('panel.map.loaded') ?? '',
    });
    if (host.renderRoot instanceof ShadowRoot) adopt(host.renderRoot, [mapFrameStyles.styleSheet, drawnMapStyles.styleSheet, miniMapStyles.styleSheet]);
  }

  private cityName(name: Partnership['cities'][0]['name'], p: Partnership) {
    return this.voice?.pick(name, p.language).text ?? (typeof name === 'string' ? name : Object.values(name)[0] ?? '');
  }

  /** The map frame: the consent placeholder, then the map; nothing without coordinates. */
  render(p: Partnership, voice: Voice): TemplateResult | typeof nothing {
    const cities = mapCities(p);
    const url = this.host.tileUrl?.trim();
    if (!cities || !url) return nothing;
    this.voice = voice;
    const t = (key: string, options?: Record<string, unknown>) => voice.t(key, options);
    const pending = this.loader.pending;
    const state = this.loader.state;
    const [from, to] = cities.map((c) => this.cityName(c.name, p));
    const named = !pending && state !== 'error'; // the error text must stay readable
    // Once consented, the frame is where focus lands after "Load map": a named picture (the
    // drawing itself is hidden from screen readers, the text above says what it shows).
    return html`<div class="mini-map" part="mini-map" data-state=${pending ? 'consent' : state}
        tabindex=${pending ? nothing : '-1'} role=${named ? 'img' : nothing}
        aria-label=${named ? t('panel.map.label', { from, to }) : nothing}>
        <div class="mini-map-host" aria-hidden="true"></div>
        ${pending
          ? renderConsentPlaceholder({
              title: t('panel.map.consentTitle'),
              text: t('panel.map.consentText', { host: tileHost(url) }),
              loadLabel: t('panel.map.load'),
              alwaysLabel: t('panel.map.always'),
              onLoad: () => this.loader.consentGiven(false),
              onAlways: () => this.loader.consentGiven(true),
              points: cities.map((c) => ({ lat: c.lat!, lon: c.lon!, category: 'partnership' })),
            })
          : nothing}
        ${!pending && state === 'loading' ? html`<p class="map-message">${t('panel.map.loading')}</p>` : nothing}
        ${state === 'error' ? html`<p class="map-message" role="alert">${t('panel.map.error')}</p>` : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${!pending && state === 'ready'
        ? renderAttribution({
            tileUrl: url,
            text: this.host.tileAttribution,
            url: this.host.tileAttributionUrl,
            osmText: voice.t('panel.map.attribution'),
            className: 'mini-map-attribution',
            linkPart: 'link',
          })
        : nothing}`;
  }
}
