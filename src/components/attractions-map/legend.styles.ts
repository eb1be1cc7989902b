import { css } from 'lit';

/** The category chips above the map. */
export const legendStyles = css`
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

`;
