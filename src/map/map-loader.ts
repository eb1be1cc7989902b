import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MapConsentController } from './consent.js';
import { MapVisibilityController } from './visibility.js';
import { loadLeaflet, type LeafletNS } from './leaflet.js';

/** `idle`: no map yet; `loading`: Leaflet is on its way; `ready`: drawn; `error`: it could not load. */
export type MapLoadState = 'idle' | 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly updateComplete: Promise<boolean> };

export interface MapLoaderOptions<V> {
  /** Name for the console warning, e.g. "<civic-attractions-map>". */
  name: string;
  /** True when no consent is needed: the site handles it (`consent="granted"`) or no third party is contacted. */
  preset(): boolean;
  /**
   * What the map is drawn for (tile URL, data id…), or undefined when no map is wanted now
   * (list view, no tiles, no coordinates). A different key draws the map again.
   */
  key(): string | undefined;
  /** Selector, in the render root, of the empty element the map fills. */
  container: string;
  /** Builds the view once Leaflet and its stylesheet are in the shadow root. */
  create(L: LeafletNS, container: HTMLElement): V | Promise<V>;
  destroy(view: V): void;
  /** The host changed size (shown after being hidden, full screen…). */
  resize?(view: V): void;
  /** Selector of what gets focus after a consent button (the button is gone at once). */
  focusAfterConsent: string;
  /** When loading fails after the visitor's consent, focus moves here ("Try again"). */
  focusOnError?: string;
  /** Ready, and focus is still where consent put it (e.g. tell Leaflet it has focus). */
  onReadyWithFocus?(element: HTMLElement): void;
  /** Says a text politely through the host's status line. */
  announce(text: string): void;
  /** "Map loaded", in the visitor's language: said once drawn after the visitor's consent. */
  loadedText(): string;
}

/**
 * The life cycle of a lazily loaded map, shared by the attractions map and the partnership
 * panel's mini-map: two-click consent before a third-party tile server is contacted,
 * Leaflet (and its CSS, adopted into the shadow root) loaded only once consented and on
 * screen, idle → loading → ready or error, focus kept inside the element after a consent
 * click, "map loaded" said, a retry after an error, and the view destroyed on disconnect
 * or when its key changes.
 *
 * ```ts
 * loader = new MapLoaderController(this, { key: () => this.tileUrl, create: (L, el) => …, … });
 * render() { return this.loader.pending ? placeholder(() => this.loader.consentGiven(false)) : … }
 * ```
 */
export class MapLoaderController<V> implements ReactiveController {
  private _state: MapLoadState = 'idle';
  private _view?: V;
  private drawnKey?: string;
  private starting = false;
  /** The visitor pressed a consent button: `now` moves focus, `wait` follows it until ready. */
  private focus: 'no' | 'now' | 'wait' = 'no';
  private readonly consent: MapConsentController;
  private readonly visibility: MapVisibilityController;

  constructor(
    private readonly host: Host,
    private readonly options: MapLoaderOptions<V>,
  ) {
    this.consent = new MapConsentController(host, () => options.preset());
    this.visibility = new MapVisibilityController(host, () => this._view && options.resize?.(this._view));
    host.addController(this);
  }

  get state(): MapLoadState {
    return this._state;
  }

  /** The drawn view, once `ready`. */
  get view(): V | undefined {
    return this._view;
  }

  /** True while the consent placeholder should show (nothing external loaded yet). */
  get pending(): boolean {
    return this.consent.state !== 'granted';
  }

  /** The visitor pressed "Load map" (or "always"): load, keep focus in the element, say when done. */
  consentGiven(remember: boolean) {
    this.focus = 'now';
    this.consent.grant(remember);
  }

  /** Consent from the host page's code (no focus move, nothing said). */
  grant(remember = false) {
    this.consent.grant(remember);
  }

  /** After an error: try loading again. */
  retry() {
    this.set('idle');
  }

  hostUpdated() {
    const root = this.host.renderRoot;
    if (this.focus === 'now' && !this.pending) {
      this.focus = 'wait';
      root.querySelector<HTMLElement>(this.options.focusAfterConsent)?.focus({ preventScroll: true });
    }
    if (this.focus === 'wait') this.followFocus();
    const key = this.options.key();
    // State changes wait for a microtask: never schedule an update from inside one.
    if (this._view && key !== this.drawnKey) {
      queueMicrotask(() => this.destroy());
      return;
    }
    if (key && this._state === 'idle' && !this.starting && !this.pending && this.visibility.seen && this.host.isConnected) {
      this.starting = true;
      queueMicrotask(() => void this.load().finally(() => (this.starting = false)));
    }
  }

  hostDisconnected() {
    this.destroy();
  }

  private followFocus() {
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.options.focusAfterConsent);
    const stillThere = !!target && (this.host.renderRoot as ShadowRoot).activeElement === target;
    if (this._state === 'error') {
      this.focus = 'no';
      if (stillThere && this.options.focusOnError) this.host.renderRoot.querySelector<HTMLElement>(this.options.focusOnError)?.focus();
    } else if (this._state === 'ready') {
      this.focus = 'no';
      if (stillThere) this.options.onReadyWithFocus?.(target);
      queueMicrotask(() => this.options.announce(this.options.loadedText()));
    }
  }

  private set(state: MapLoadState) {
    if (state === this._state) return;
    this._state = state;
    this.host.requestUpdate();
  }

  private destroy() {
    if (this._view) this.options.destroy(this._view);
    this._view = undefined;
    this.drawnKey = undefined;
    if (this._state !== 'error') this.set('idle');
  }

  private async load() {
    const key = this.options.key();
    this.set('loading');
    try {
      const { L, css } = await loadLeaflet();
      const root = this.host.renderRoot;
      if (root instanceof ShadowRoot && css.styleSheet && !root.adoptedStyleSheets.includes(css.styleSheet)) {
        // Leaflet's sheet first, so the element's own rules override it.
        root.adoptedStyleSheets = [css.styleSheet, ...root.adoptedStyleSheets];
      }
      await this.host.updateComplete;
      const container = root.querySelector<HTMLElement>(this.options.container);
      if (!container || !this.host.isConnected || this.options.key() !== key) return this.set('idle');
      this._view = await this.options.create(L, container);
      this.drawnKey = key;
      this.set('ready');
    } catch (error) {
      console.warn(`${this.options.name}: the map could not be loaded`, error);
      if (this._view) this.options.destroy(this._view);
      this._view = undefined;
      this.set('error');
    }
  }
}
