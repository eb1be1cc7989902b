import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isReplaying, type SnapshotHost } from '../controllers/prerendered.js';

/** Where "always load maps on this site" is remembered (localStorage is per origin). */
export const CONSENT_STORAGE_KEY = 'civic-widgets:map-consent';

/** `pending`: nothing external is loaded yet; `granted`: tiles may be requested. */
export type MapConsentState = 'pending' | 'granted';

type Host = ReactiveControllerHost & HTMLElement;

function readRemembered(): boolean {
  try {
    return localStorage.getItem(CONSENT_STORAGE_KEY) === 'granted';
  } catch {
    return false; // storage blocked (privacy mode, sandboxed iframe): ask every time
  }
}

/**
 * Two-click consent for a map whose tiles come from another server. The state is
 * `granted` when the host says so (`preset()` returns true, e.g. `consent="granted"`),
 * when the visitor chose "always load maps on this site" before (remembered in
 * localStorage for this origin, no cookie), or after {@link grant}. Every controller on
 * the page follows a remembered grant at once.
 *
 * ```ts
 * consent = new MapConsentController(this, () => this.consent === 'granted');
 * if (this.consent.state === 'granted') …
 * this.consent.grant(true); // "always load maps on this site"
 * ```
 */
export class MapConsentController implements ReactiveController {
  private granted = false;
  private static readonly all = new Set<MapConsentController>();

  constructor(
    private readonly host: Host,
    private readonly preset: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** The current state: `granted` once any source of consent says so. */
  get state(): MapConsentState {
    // A prerendered map shows the placeholder, whatever this visitor chose before: the
    // server cannot know, and the first render replays the server's.
    if (isReplaying(this.host as Host & SnapshotHost)) return 'pending'; // hosts are LitElements
    return this.granted || this.preset() || readRemembered() ? 'granted' : 'pending';
  }

  /** True when the grant comes from the visitor's remembered choice. */
  get remembered(): boolean {
    return readRemembered();
  }

  hostConnected() {
    MapConsentController.all.add(this);
  }

  hostDisconnected() {
    MapConsentController.all.delete(this);
  }

  /** The visitor agreed: load now, and with `remember` on every later visit and for every map. */
  grant(remember = false) {
    this.granted = true;
    if (remember) {
      try {
        localStorage.setItem(CONSENT_STORAGE_KEY, 'granted');
      } catch {
        /* not remembered, but granted for this element */
      }
      MapConsentController.all.forEach((c) => c.host.requestUpdate());
    }
    this.host.requestUpdate();
  }

  /** Forgets a remembered "always load" choice (for a site's privacy settings page). */
  static forget() {
    try {
      localStorage.removeItem(CONSENT_STORAGE_KEY);
    } catch {
      /* nothing stored */
    }
  }
}
