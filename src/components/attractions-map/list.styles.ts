import { css } from 'lit';

/** The list alternative: heading, search field, entries, pages. */
export const listStyles = css`
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
  /* Distance and "open now" on one line under the category, wrapping on narrow lists. */
  .item-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .item-hours[data-open='true'] {
    color: var(--_open);
    font-weight: 600;
  }
  .order {
    margin: 0 0 0.5rem;
  }
  .order .link-button {
    padding-inline: 0;
  }
  /* "Nearest first" is a switch: pressed, it shows a tick and loses the link look. */
  .nearest[aria-pressed='true'] {
    text-decoration: none;
    font-weight: 600;
  }
  .nearest[aria-pressed='true']::before {
    content: '✓ ';
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }

  .search {
    display: grid;
    gap: 0.15rem;
    margin: 0 0 0.5rem;
  }
  .search-label {
    font-weight: 600;
  }
  .search-input {
    width: 100%;
    min-height: 44px;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .search-hint {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .pager-range {
    font-variant-numeric: tabular-nums;
  }
  .pager .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

`;
