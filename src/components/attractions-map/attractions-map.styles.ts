import { css } from 'lit';

export const attractionsMapStyles = css`
  :host {
    --_map-h: var(--civic-map-height, 28rem);
    --_side-w: var(--civic-map-side-width, 20rem);
  }
  @container (max-width: 36rem) {
    .layout {
      --_map-h: var(--civic-map-height, 20rem);
    }
  }

  .legend {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .legend-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 var(--_space);
  }
  .legend-title {
    font-weight: 600;
  }
  .chip-label {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    padding: 0.25rem 0.75rem 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
    user-select: none;
  }
  @container (max-width: 30rem) {
    .chip {
      gap: 0.3rem;
      padding-inline: 0.4rem 0.5rem;
    }
  }
  .chip input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .chip:has(input:checked) {
    border-color: var(--_text);
    background: var(--_surface-alt);
  }
  .chip:has(input:not(:checked)) .chip-label {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chip input:focus-visible {
    outline: none;
  }
  .chip-count {
    min-width: 1.6em;
    padding: 0 0.35em;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.85em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .glyph {
    flex: none;
  }
  /* Kept in the layout while unfiltered (hidden), so filtering never shifts the map. */
  .show-all[data-idle] {
    visibility: hidden;
  }
  .link-button {
    min-height: 44px;
    padding: 0 0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
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
  .details {
    min-width: 0;
    overflow-wrap: anywhere;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .close {
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin: -0.5rem -0.5rem 0 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
  }
  .close svg {
    width: 24px;
    height: 24px;
  }
  .close:hover {
    background: var(--_surface-alt);
  }
  .details-title {
    margin: 0.25rem 0 0.5rem;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .photo {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  .description {
    margin: 0.75rem 0;
  }
  .facts {
    display: grid;
    gap: 0.4rem;
    margin: 0.75rem 0;
  }
  .facts dt {
    font-weight: 600;
    font-size: 0.9em;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .note {
    margin: 0.5rem 0;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .list-title {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
  }
  .list-count {
    font-weight: 400;
    color: var(--_muted);
  }
  .list {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .layout.list-only .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }
  .item {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    width: 100%;
    min-height: 44px;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }
  .item:hover {
    background: var(--_surface-alt);
  }
  .item[aria-current='true'] {
    border-color: var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
    background: var(--_surface-alt);
  }
  .item-text {
    display: grid;
    min-width: 0;
  }
  .item-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .item-category {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .more {
    margin-top: 0.5rem;
    width: 100%;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
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
    /* Chosen = filled with Highlight; focus = the outline below: never the same look. */
    .chip:has(input:checked),
    .item[aria-current='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .chip:has(input:checked) *,
    .item[aria-current='true'] * {
      color: HighlightText;
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

  /* A prerendered map read without JavaScript: the filters cannot work there (the legend still
     names the categories); the list stays, the alternative to the map. */
  @media (scripting: none) {
    .chip input,
    .show-all {
      display: none;
    }
  }
`;
