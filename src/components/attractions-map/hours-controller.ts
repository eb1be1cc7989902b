import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MapAttraction } from './attractions-map-helpers.js';
import { isReplaying, type SnapshotHost } from '../../controllers/prerendered.js';

type Hours = typeof import('./hours.js');

/** The reader once loaded: the next map (or the same one shown again) says hours in its first render. */
let loaded: Hours | undefined;

/** True when a place gives opening hours that may be in OpenStreetMap syntax. */
export const hasHours = (a: MapAttraction) => !!a.openingHoursOsm || typeof a.openingHours === 'string';

/**
 * Loads the opening-hours reader (hours.ts, a lazy chunk) the first time a place with hours
 * is shown, and re-renders the host at each new minute from then on, so "open now" stays true.
 */
export class HoursController implements ReactiveController {
  private module?: Hours;
  private loading = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** The time "open now" is judged by. */
  now = new Date();

  constructor(private readonly host: ReactiveControllerHost & SnapshotHost) {
    host.addController(this);
  }

  hostConnected() {
    if (this.module) this.tick();
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  /** The reader for a place with hours; undefined while it loads (the host re-renders then). */
  for(a: MapAttraction): Hours | undefined {
    if (!hasHours(a)) return undefined;
    // Not while a prerendered map takes the server's DOM over (nor on the server): the server
    // rendered without hours, and the first render must match it.
    if (!this.module && loaded && !isReplaying(this.host)) {
      this.module = loaded; // loaded for another map: no second render
      this.now = new Date();
      this.schedule();
    }
    if (!this.module && !this.loading) {
      this.loading = true;
      import('./hours.js').then(
        (module) => {
          this.module = loaded = module;
          this.tick();
        },
        (error: unknown) => console.warn('[civic-widgets] the opening-hours reader could not be loaded', error),
      );
    }
    return this.module;
  }

  private tick = () => {
    this.now = new Date();
    this.host.requestUpdate();
    this.schedule();
  };

  /** The next re-render at the next minute. */
  private schedule() {
    clearTimeout(this.timer);
    // Not on a server (a prerender): a render there is once, and a timer would keep Node running.
    if (isServer || typeof window === 'undefined') return;
    this.timer = setTimeout(this.tick, 60_000 - (Date.now() % 60_000) + 50);
  }
}
