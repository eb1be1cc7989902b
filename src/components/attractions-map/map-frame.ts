import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import type { MapLoadState } from '../../map/map-loader.js';
import { renderConsentPlaceholder, tileHost } from '../../map/placeholder.js';
import { renderAttribution } from '../../map/attribution.js';
import type { GestureHint } from '../../map/gestures.js';
import { isApplePlatform } from '../../map/platform.js';
import { pageBase } from '../../feeds/environment.js';

export interface MapFrameOptions {
  i18n: I18nController;
  /** Consent still to be given: the placeholder shows instead of the map. */
  pending: boolean;
  state: MapLoadState;
  tileUrl: string;
  tileAttribution?: string;
  tileAttributionUrl?: string;
  hint: GestureHint;
  /** Points sketched in the placeholder (nothing is requested for them). */
  points: readonly { lat: number; lon: number; category: string }[];
  /** The map's buttons, once it is ready. */
  controls: TemplateResult | typeof nothing;
  onConsent(remember: boolean): void;
  onRetry(): void;
}

/** The map frame: consent placeholder, then Leaflet's container with messages, buttons, credit and gesture hint. */
export function renderMapFrame(o: MapFrameOptions): TemplateResult {
  const t = (k: string, options?: Record<string, unknown>) => o.i18n.t(k, options);
  const hintText =
    o.hint === 'wheel' ? t(isApplePlatform() ? 'map.gesture.wheelMac' : 'map.gesture.wheel')
    : o.hint === 'touch' ? t('map.gesture.touch')
    : '';
  const ready = !o.pending && o.state === 'ready';
  return html`<div class="map-frame" part="map" data-state=${o.pending ? 'consent' : o.state}>
    <div class="leaflet-host" tabindex="-1"></div>
    ${o.pending
      ? renderConsentPlaceholder({
          title: t('map.consent.title'),
          text: t('map.consent.text', { host: tileHost(o.tileUrl || pageBase() || '') }),
          loadLabel: t('map.consent.load'),
          alwaysLabel: t('map.consent.always'),
          onLoad: () => o.onConsent(false),
          onAlways: () => o.onConsent(true),
          points: o.points,
          slot: 'placeholder',
        })
      : nothing}
    ${!o.pending && o.state === 'loading' ? html`<p class="map-message">${t('map.loading')}</p>` : nothing}
    ${o.state === 'error'
      ? html`<div class="map-message map-error" role="alert">
          <p>${t('map.loadError')}</p>
          <button type="button" class="button" @click=${o.onRetry}>${t('common.retry')}</button>
        </div>`
      : nothing}
    ${ready ? o.controls : nothing}
    ${ready
      ? renderAttribution({
          tileUrl: o.tileUrl,
          text: o.tileAttribution,
          url: o.tileAttributionUrl,
          osmText: t('map.attribution'),
          className: 'attribution',
        })
      : nothing}
    ${hintText ? html`<div class="gesture-hint" aria-hidden="true">${hintText}</div>` : nothing}
  </div>`;
}
