import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readHash, writeHash, type DeepLink } from './attractions-map-helpers.js';

/**
 * Deep links of the map (`#poi=…&cat=…&q=…`), opt-in with the `hash` attribute: read on
 * the first update and on every `hashchange`, written with `history.replaceState` (no new
 * history entry per click). Other parts of the hash are the map's own format too, so
 * nothing else is kept.
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: { enabled(): boolean; apply(link: DeepLink): void },
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The link in the address bar now, when deep links are on. */
  read(): DeepLink | undefined {
    return this.options.enabled() ? readHash(location.hash) : undefined;
  }

  /** Puts the current selection, filter and search into the address bar. */
  write(link: Parameters<typeof writeHash>[0]) {
    if (!this.options.enabled()) return;
    const hash = writeHash(link);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = new URL(location.href);
    url.hash = hash;
    history.replaceState(history.state, '', url.href);
  }

  private readonly onHashChange = () => {
    const link = this.read();
    if (link) this.options.apply(link);
  };
}
