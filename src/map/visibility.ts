import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tells whether the host has ever been on screen (IntersectionObserver, with a margin so
 * loading starts just before it scrolls in) and reports size changes of the host
 * (ResizeObserver), e.g. to call Leaflet's `invalidateSize()` after the element was created
 * hidden in a tab or accordion and then shown.
 */
export class MapVisibilityController implements ReactiveController {
  /** True once the host has intersected the viewport (stays true). */
  seen = false;
  private measured = false;
  private io?: IntersectionObserver;
  private ro?: ResizeObserver;

  constructor(
    private readonly host: Host,
    private readonly onResize: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (!this.seen) {
      this.io = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.seen = true;
          this.io?.disconnect();
          this.host.requestUpdate();
        },
        { rootMargin: '200px' },
      );
      this.io.observe(this.host);
    }
    this.ro = new ResizeObserver(() => this.onResize());
    this.ro.observe(this.host);
  }

  hostUpdated() {
    if (this.seen || this.measured) return;
    // Already on screen at the first render: no need to wait a frame for the observer.
    this.measured = true;
    const rect = this.host.getBoundingClientRect();
    const margin = 200;
    if (rect.width > 0 && rect.height > 0 && rect.top < innerHeight + margin && rect.bottom > -margin && rect.left < innerWidth + margin && rect.right > -margin) {
      this.seen = true;
      this.io?.disconnect();
      // The host's own updated() (which runs next) already sees `seen`; others get an update.
      queueMicrotask(() => this.host.requestUpdate());
    }
  }

  hostDisconnected() {
    this.io?.disconnect();
    this.ro?.disconnect();
  }
}
