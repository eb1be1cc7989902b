import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Map as LeafletMap } from 'leaflet';
import { safeUrl } from '../../feeds/text.js';
import type { Partnership } from '../../feeds/types.js';
import { MapConsentController } from '../../map/consent.js';
import { loadLeaflet } from '../../map/leaflet.js';
import { mapStyles } from '../../map/map.styles.js';
import { renderConsentPlaceholder, isOwnTileServer, tileHost } from '../../map/placeholder.js';
import { MapVisibilityController } from '../../map/visibility.js';
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

const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';

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
    margin-top: 0.25rem;
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

export class PanelMiniMap implements ReactiveController {
  private readonly consent: MapConsentController;
  private readonly visibility: MapVisibilityController;
  private state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private map?: LeafletMap;
  /** What the map was drawn for (partnership, tiles): a change draws it again. */
  private key?: string;
  private starting = false;
  /** The visitor pressed a consent button: focus moves to the map frame (the button is gone). */
  private focusFrame = false;
  /** Said through the frame's status line ("Map loaded") after the visitor's consent. */
  private announcement = '';

  constructor(private readonly host: MiniMapHost) {
    this.consent = new MapConsentController(host, () => host.consent === 'granted' || isOwnTileServer(host.tileUrl));
    this.visibility = new MapVisibilityController(host, () => this.map?.invalidateSize());
    host.addController(this);
    if (host.renderRoot instanceof ShadowRoot) adopt(host.renderRoot, [mapStyles.styleSheet, miniMapStyles.styleSheet]);
  }

  hostUpdated() {
    if (this.focusFrame && this.consent.state === 'granted') {
      this.focusFrame = false;
      this.host.renderRoot.querySelector<HTMLElement>('.mini-map')?.focus({ preventScroll: true });
    }
    const p = this.host.partnership;
    const url = this.host.tileUrl?.trim();
    const key = url && mapCities(p) ? `${p!.id}|${url}` : undefined;
    // State changes wait for a microtask: never schedule an update from inside one.
    if (this.map && key !== this.key) {
      queueMicrotask(() => this.destroy());
      return;
    }
    if (key && this.state === 'idle' && !this.starting && this.consent.state === 'granted' && this.visibility.seen && this.host.isConnected) {
      this.starting = true;
      queueMicrotask(() => void this.load(key).finally(() => (this.starting = false)));
    }
  }

  hostDisconnected() {
    this.destroy();
  }

  private set(state: PanelMiniMap['state']) {
    this.state = state;
    this.host.requestUpdate();
  }

  private destroy() {
    this.map?.remove();
    this.map = undefined;
    this.key = undefined;
    if (this.state !== 'idle') this.set('idle');
  }

  private async load(key: string) {
    this.set('loading');
    try {
      const { L, css: leafletCss } = await loadLeaflet();
      const root = this.host.renderRoot;
      if (root instanceof ShadowRoot) adopt(root, [leafletCss.styleSheet], true); // the panel's rules win
      await this.host.updateComplete;
      const container = root.querySelector<HTMLElement>('.mini-map-host');
      const p = this.host.partnership;
      const cities = mapCities(p);
      if (!container || !cities || !this.host.isConnected) return this.set('idle');
      const { createMiniMap } = await import('./mini-map-view.js');
      this.map = createMiniMap({
        L,
        container,
        tileUrl: this.host.tileUrl!.trim(),
        cities: [cities[0], cities[1]].map((c) => ({ lat: c.lat!, lon: c.lon!, name: this.cityName(c.name, p!) })) as never,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      });
      this.key = key;
      if (this.announcePending) {
        this.announcePending = false;
        this.announcement = this.voice?.t('panel.map.loaded') ?? '';
      }
      this.set('ready');
    } catch (error) {
      console.warn('<civic-partnership-panel>: the mini-map could not be loaded', error);
      this.map?.remove();
      this.map = undefined;
      this.set('error');
    }
  }

  private announcePending = false;

  private onConsent(remember: boolean) {
    this.focusFrame = true;
    this.announcePending = true;
    this.consent.grant(remember);
  }

  private voice?: Voice;
  private cityName(name: Partnership['cities'][0]['name'], p: Partnership) {
    return this.voice?.pick(name, p.language).text ?? (typeof name === 'string' ? name : Object.values(name)[0] ?? '');
  }

  private renderAttribution(voice: Voice) {
    const url = this.host.tileUrl?.trim() ?? '';
    const isOsm = /(^|\.)openstreetmap\.org$/i.test(tileHost(url));
    const text = this.host.tileAttribution ?? (isOsm ? voice.t('panel.map.attribution') : '');
    if (!text) return nothing;
    const href = safeUrl(this.host.tileAttributionUrl) ?? (this.host.tileAttribution === undefined && isOsm ? OSM_COPYRIGHT_URL : undefined);
    return html`<p class="mini-map-attribution" part="attribution">
      ${href ? html`<a href=${href} part="link" target="_blank" rel="noopener noreferrer">${text}</a>` : text}
    </p>`;
  }

  /** The map frame: the consent placeholder, then the map; nothing without coordinates. */
  render(p: Partnership, voice: Voice): TemplateResult | typeof nothing {
    const cities = mapCities(p);
    const url = this.host.tileUrl?.trim();
    if (!cities || !url) return nothing;
    this.voice = voice;
    const t = (key: string, options?: Record<string, unknown>) => voice.t(key, options);
    const pending = this.consent.state !== 'granted';
    const [from, to] = cities.map((c) => this.cityName(c.name, p));
    const named = !pending && this.state !== 'error'; // the error text must stay readable
    // Once consented, the frame is where focus lands after "Load map": a named picture (the
    // drawing itself is hidden from screen readers, the text above says what it shows).
    return html`<div class="mini-map" part="mini-map" data-state=${pending ? 'consent' : this.state}
        tabindex=${pending ? nothing : '-1'} role=${named ? 'img' : nothing}
        aria-label=${named ? t('panel.map.label', { from, to }) : nothing}>
        <div class="mini-map-host" aria-hidden="true"></div>
        ${pending
          ? renderConsentPlaceholder({
              title: t('panel.map.consentTitle'),
              text: t('panel.map.consentText', { host: tileHost(url) }),
              loadLabel: t('panel.map.load'),
              alwaysLabel: t('panel.map.always'),
              onLoad: () => this.onConsent(false),
              onAlways: () => this.onConsent(true),
              points: cities.map((c) => ({ lat: c.lat!, lon: c.lon!, category: 'partnership' })),
            })
          : nothing}
        ${!pending && this.state === 'loading' ? html`<p class="map-message">${t('panel.map.loading')}</p>` : nothing}
        ${this.state === 'error' ? html`<p class="map-message" role="alert">${t('panel.map.error')}</p>` : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${!pending && this.state === 'ready' ? this.renderAttribution(voice) : nothing}`;
  }
}
