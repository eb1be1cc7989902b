import { css } from 'lit';

/** Layout, map frame and its buttons; the sections' own styles sit beside their renderers. */
export const attractionsMapStyles = css`
  :host {
    /* The map, its chips and list have frames of their own: no extra dark-mode padding (light has none). */
    --_host-pad: 0;
    --_map-h: var(--civic-map-height, 28rem);
    --_side-w: var(--civic-map-side-width, 20rem);
    /* "Open now": green with 4.5:1 on the surfaces of each scheme (and the words say it too). */
    --_open: #1a6b2f;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_open: #7fd48f;
    }
  }
  :host([theme='dark']) {
    --_open: #7fd48f;
  }
  @container (max-width: 36rem) {
    .layout {
      --_map-h: var(--civic-map-height, 20rem);
    }
  }

  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 48rem) {
    .layout:not(.list-only) {
      grid-template-columns: minmax(0, 1fr) var(--_side-w);
    }
    .layout:not(.list-only) .side {
      max-height: var(--_map-h);
      overflow: auto;
    }
  }

  .map-frame {
    position: relative;
    height: var(--_map-h);
    min-height: 14rem;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    isolation: isolate;
  }
  /* Before consent the frame grows with its explanation on narrow containers (never cut off). */
  .map-frame[data-state='consent'] {
    height: auto;
    min-height: var(--_map-h);
  }
  .map-frame[data-state='consent'] .consent {
    position: relative;
    inset: auto;
    min-height: calc(var(--_map-h) - 2px); /* the frame's border: same height as the map */
  }
  /* In narrow containers the explanation wraps to many lines: its frame has room for it in
     Arial-wide fonts in all four languages, so its height does not depend on the words and
     the loader's reserve (reserve.ts) holds it (a font as wide as DejaVu Sans can add a line). */
  @container (max-width: 36rem) {
    .map-frame[data-state='consent'] {
      --_consent-h: max(var(--_map-h), 22.25rem);
      min-height: var(--_consent-h);
    }
    .map-frame[data-state='consent'] .consent {
      min-height: calc(var(--_consent-h) - 2px);
    }
  }
  @container (max-width: 27rem) {
    .map-frame[data-state='consent'] {
      --_consent-h: max(var(--_map-h), 25.25rem);
    }
  }
  .leaflet-host {
    position: absolute;
    inset: 0;
  }
  .map-message {
    box-shadow: var(--_shadow);
  }
  .map-error {
    inset: var(--_space);
    display: grid;
    place-content: center;
    justify-items: start;
    gap: 0.5rem;
  }
  .map-error p {
    margin: 0;
  }

  .controls {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .control {
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .control svg {
    width: 24px;
    height: 24px;
  }
  .control:hover {
    background: var(--_surface-alt);
  }
  .control[aria-disabled='true'] {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .control[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 1000;
    max-width: 100%;
    padding: 0.1rem 0.4rem;
    border-top-left-radius: 4px;
    background: color-mix(in srgb, var(--_surface) 88%, transparent);
    font-size: 0.75em;
    color: var(--_text);
  }
  .attribution a {
    color: var(--_text);
  }

  .side {
    display: grid;
    grid-template-columns: minmax(0, 1fr); /* a long URL in the details must not widen the column */
    align-content: start;
    gap: var(--_space);
    min-width: 0;
  }
  :host(:fullscreen) {
    padding: var(--_space);
    overflow: auto;
    background: var(--_surface);
  }
  :host(:fullscreen) .layout {
    --_map-h: calc(100vh - 9rem);
  }

  @media (forced-colors: active) {
    /*
     * Chosen = filled with Highlight; focus = the outline below: never the same look. The
     * browser would paint its Canvas backplate behind the text (HighlightText on Canvas:
     * blank chips), so these two paint their own system colours.
     */
    .chip:has(input:checked),
    .item[aria-current='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
      box-shadow: none;
    }
    .chip:has(input:checked) *,
    .item[aria-current='true'] * {
      color: HighlightText;
    }
    .chip:has(input:checked) .chip-count {
      background: transparent;
      border-color: HighlightText;
    }
    .chip input {
      forced-color-adjust: auto;
    }
    .control,
    .close,
    .item,
    .chip {
      border: 1px solid ButtonText;
    }
    .control[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
    .glyph {
      forced-color-adjust: none;
    }
    .chip:has(input:focus-visible),
    .item:focus-visible,
    .control:focus-visible,
    .close:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 3px;
    }
  }

  /* A prerendered map read without JavaScript: the filters and the search cannot work there
     (the legend still names the categories); the list stays, the alternative to the map. */
  @media (scripting: none) {
    .chip input,
    .show-all,
    .search {
      display: none;
    }
  }
`;
