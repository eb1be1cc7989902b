import { css } from 'lit';

/**
 * Styles for {@link renderFeedStatus}: add after `themeStyles` in an element's
 * `static styles`. Uses the theme's `--_*` tokens only.
 */
export const feedStatusStyles = css`
  .feed-loading {
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
    color: var(--_muted);
  }

  .feed-error,
  .feed-stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0 0 calc(var(--_space) / 2);
    border-radius: var(--_radius);
    color: var(--_text);
  }

  .feed-error {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-inline-start-width: 6px;
    background: var(--_surface);
  }

  .feed-error__text {
    flex: 1 1 16rem;
    min-width: 0;
  }

  .feed-error__title {
    display: block;
    margin: 0 0 0.25em;
    font-weight: 700;
    font-size: 1.05em;
  }

  .feed-error__reason {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Collapsed technical details for the site owner: quiet, below the plain sentence. */
  .feed-details {
    flex: 1 0 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .feed-details summary {
    width: fit-content;
    padding-block: 0.25em;
    cursor: pointer;
  }

  .feed-details summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .feed-details p {
    margin: 0.25em 0 0;
    overflow-wrap: anywhere;
  }

  .feed-details__url {
    font-family: ui-monospace, monospace;
  }

  .feed-stale {
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    background: var(--_warning-bg);
    font-size: 0.9em;
  }

  .feed-stale__text {
    flex: 1 1 14rem;
    min-width: 0;
    margin: 0;
  }

  .feed-stale .button {
    min-height: 44px;
    padding-block: 0.2em;
  }

  @media (forced-colors: active) {
    .feed-error,
    .feed-stale {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
