import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';

export interface ControlsOptions {
  i18n: I18nController;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** Only where the Fullscreen API is allowed (not in an iframe without allowfullscreen). */
  fullscreenEnabled: boolean;
  isFullscreen: boolean;
  onZoomIn(): void;
  onZoomOut(): void;
  onFullscreen(): void;
  onLocate(): void;
}

const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d} fill="currentColor"></path></svg>`;

const ZOOM_IN = 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z';
const ZOOM_OUT = 'M5 11h14v2H5z';
const ENTER_FULLSCREEN = 'M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z';
const EXIT_FULLSCREEN = 'M8 3v5H3v2h7V3zm8 0h-2v7h7V8h-5zM3 14v2h5v5h2v-7zm11 0v7h2v-5h5v-2z';
const LOCATE = 'M11 2h2v3.1A7 7 0 0 1 18.9 11H22v2h-3.1A7 7 0 0 1 13 18.9V22h-2v-3.1A7 7 0 0 1 5.1 13H2v-2h3.1A7 7 0 0 1 11 5.1zm1 5a5 5 0 1 0 0 10 5 5 0 0 0 0-10zm0 2.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z';

/**
 * The map's own buttons (Leaflet's controls write HTML strings, refused under Trusted
 * Types): zoom in and out (aria-disabled at the limits, so focus is not lost), full screen
 * on the element itself, and the visitor's location (asked only on this click).
 */
export function renderControls(o: ControlsOptions): TemplateResult {
  const t = (k: string) => o.i18n.t(k);
  const fullscreenLabel = t(o.isFullscreen ? 'map.controls.exitFullscreen' : 'map.controls.fullscreen');
  return html`<div class="controls" part="controls" role="group" aria-label=${t('map.controls.label')}>
    <button type="button" class="control zoom-in" aria-label=${t('map.controls.zoomIn')} title=${t('map.controls.zoomIn')}
      aria-disabled=${String(!o.canZoomIn)} @click=${() => o.canZoomIn && o.onZoomIn()}>${icon(ZOOM_IN)}</button>
    <button type="button" class="control zoom-out" aria-label=${t('map.controls.zoomOut')} title=${t('map.controls.zoomOut')}
      aria-disabled=${String(!o.canZoomOut)} @click=${() => o.canZoomOut && o.onZoomOut()}>${icon(ZOOM_OUT)}</button>
    ${o.fullscreenEnabled
      ? html`<button type="button" class="control fullscreen" aria-pressed=${String(o.isFullscreen)}
          aria-label=${fullscreenLabel} title=${fullscreenLabel} @click=${o.onFullscreen}>${icon(o.isFullscreen ? EXIT_FULLSCREEN : ENTER_FULLSCREEN)}</button>`
      : nothing}
    <button type="button" class="control locate" aria-label=${t('map.controls.locate')} title=${t('map.controls.locate')}
      @click=${o.onLocate}>${icon(LOCATE)}</button>
  </div>`;
}
