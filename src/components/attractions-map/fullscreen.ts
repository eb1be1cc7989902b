import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Full screen on the element itself (map, list and details together), where the page
 * allows it. `active` follows the browser, also when the visitor leaves with Escape.
 */
export class FullscreenController implements ReactiveController {
  active = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  /** False in an iframe without `allowfullscreen` (and in headless browsers). */
  get enabled() {
    return !isServer && document.fullscreenEnabled; // the prerenderer has no document
  }

  hostConnected() {
    document.addEventListener('fullscreenchange', this.sync);
  }

  hostDisconnected() {
    document.removeEventListener('fullscreenchange', this.sync);
  }

  async toggle() {
    try {
      if (document.fullscreenElement === this.host) await document.exitFullscreen();
      else await this.host.requestFullscreen();
    } catch {
      /* refused: the button simply does nothing */
    }
  }

  private readonly sync = () => {
    const active = document.fullscreenElement === this.host;
    if (active === this.active) return;
    this.active = active;
    this.host.requestUpdate();
    this.host.updateComplete.then(this.onChange);
  };
}
