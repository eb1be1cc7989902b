import type { Map as LeafletMap } from 'leaflet';

/** Which hint to show: `wheel` (use ctrl/⌘ + scroll), `touch` (use two fingers), or none. */
export type GestureHint = 'wheel' | 'touch' | null;

export { isApplePlatform } from './platform.js';

/**
 * Keeps a Leaflet map from hijacking the page's scrolling (cooperative gestures):
 * - mouse wheel scrolls the page; ctrl/⌘ + wheel (and trackpad pinch) zooms the map;
 * - one finger scrolls the page; two fingers pan and pinch the map;
 * - a mouse drags the map as usual.
 * Listeners sit on the map container itself (inside the shadow root), so nothing depends
 * on `document` seeing the real event target. Create the map with
 * `scrollWheelZoom: false, dragging: false` and hand it here.
 */
export class GestureGuard {
  private wheelDelta = 0;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private readonly controller = new AbortController();

  constructor(
    private readonly map: LeafletMap,
    private readonly container: HTMLElement,
    private readonly onHint: (hint: GestureHint) => void,
  ) {
    const options = { signal: this.controller.signal };
    container.addEventListener('wheel', this.onWheel, { ...options, passive: false });
    container.addEventListener('pointerover', this.onPointerOver, options);
    container.addEventListener('touchstart', this.onTouchStart, { ...options, passive: true });
    container.addEventListener('touchmove', this.onTouchMove, { ...options, passive: true });
  }

  /** Removes every listener and the hint. */
  destroy() {
    this.controller.abort();
    clearTimeout(this.hintTimer);
  }

  private hint(kind: GestureHint) {
    this.onHint(kind);
    clearTimeout(this.hintTimer);
    if (kind) this.hintTimer = setTimeout(() => this.onHint(null), 1500);
  }

  private onWheel = (event: WheelEvent) => {
    if (!(event.ctrlKey || event.metaKey)) {
      this.hint('wheel'); // the page scrolls: no preventDefault
      return;
    }
    event.preventDefault(); // ctrl + wheel would zoom the whole page
    this.hint(null);
    this.wheelDelta += event.deltaMode === 1 ? event.deltaY * 20 : event.deltaY;
    if (Math.abs(this.wheelDelta) < 40) return;
    const step = this.wheelDelta < 0 ? 1 : -1;
    this.wheelDelta = 0;
    const rect = this.container.getBoundingClientRect();
    const point: [number, number] = [event.clientX - rect.left, event.clientY - rect.top];
    const zoom = Math.max(this.map.getMinZoom(), Math.min(this.map.getMaxZoom(), this.map.getZoom() + step));
    if (zoom !== this.map.getZoom()) this.map.setZoomAround(point, zoom);
  };

  private onPointerOver = (event: PointerEvent) => {
    // Mice drag the map; touch dragging stays off so one finger scrolls the page
    // (Leaflet's touch-action follows its dragging handler).
    if (event.pointerType === 'mouse') this.map.dragging.enable();
  };

  private onTouchStart = (event: TouchEvent) => {
    if (this.map.dragging.enabled()) this.map.dragging.disable();
    if (event.touches.length > 1) this.hint(null);
  };

  private onTouchMove = (event: TouchEvent) => {
    if (event.touches.length === 1) this.hint('touch');
  };
}
