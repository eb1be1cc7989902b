import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the visitor is, as the browser said on their click. */
export interface VisitorPosition {
  lat: number;
  lon: number;
  /** Radius of uncertainty in metres. */
  accuracy: number;
}

/** What the visitor hears while and after asking (keys of the `map.controls` locale section). */
export type LocateStatus = 'locating' | 'located' | 'locateError' | 'locateDenied';

/**
 * The visitor's position, asked for only when they press "show my location" (never on
 * load: the browser's permission prompt must answer a click). The host is told each step
 * to say it, and re-renders with the position once known.
 */
export class VisitorLocationController implements ReactiveController {
  /** The last position the browser gave, if any. */
  position?: VisitorPosition;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onStatus: (status: LocateStatus, position?: VisitorPosition) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** Asks the browser (it may prompt the visitor); low accuracy is enough for distances. */
  locate() {
    if (!('geolocation' in navigator)) return this.onStatus('locateError');
    this.onStatus('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.position = { lat: coords.latitude, lon: coords.longitude, accuracy: coords.accuracy };
        this.onStatus('located', this.position);
        this.host.requestUpdate();
      },
      (error) => this.onStatus(error.code === error.PERMISSION_DENIED ? 'locateDenied' : 'locateError'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  }
}
