import { css } from 'lit';

export const tickerStyles = css`
  :host {
    --_ticker-bg: var(--civic-ticker-background, var(--_surface));
    /* The frame (.base) already is the surface: the dark host adds no padding around it. */
    --_host-pad: 0;
    --_ticker-label-bg: var(--civic-ticker-label-background, var(--_accent));
    --_ticker-label-color: var(--civic-ticker-label-color, var(--_on-accent));
    --_ticker-gap: var(--civic-ticker-gap, 2.5rem);
    --_breaking: var(--civic-ticker-breaking-color, var(--_danger));
  }

  .base {
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-areas: 'label viewport controls';
    /* Every state (loading, headlines, empty) keeps the same height: nothing below jumps. */
    grid-template-rows: minmax(3rem, auto);
    align-items: stretch;
    background: var(--_ticker-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .label {
    grid-area: label;
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0.5rem 0.9rem;
    background: var(--_ticker-label-bg);
    color: var(--_ticker-label-color);
    font-weight: 700;
    font-size: 0.95em;
    white-space: nowrap;
  }

  .viewport {
    grid-area: viewport;
    position: relative;
    display: flex;
    align-items: center;
    min-width: 0;
    /* clip, not hidden: a focused link must not scroll the strip (we align it ourselves). */
    overflow: clip;
    overflow-clip-margin: 4px;
    padding-inline: 0.75rem;
  }

  /* Headlines fade in and out at the edges of the moving strip (mask: composited, no layout). */
  .viewport.moving {
    mask-image: linear-gradient(
      to right,
      transparent,
      #000 0.75rem,
      #000 calc(100% - 0.75rem),
      transparent
    );
  }

  .track {
    display: flex;
    flex: none;
    gap: var(--_ticker-gap);
    will-change: transform;
  }
  .static .track {
    flex: 1 1 auto;
    will-change: auto;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .list {
    display: flex;
    flex: none;
    gap: var(--_ticker-gap);
    align-items: center;
    white-space: nowrap;
  }
  .static .list {
    flex: 1 1 auto;
    flex-wrap: wrap;
    row-gap: 0.35rem;
    column-gap: 1.5rem;
    padding-block: 0.5rem;
    white-space: normal;
  }

  .item {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5em;
    position: relative;
  }
  /* A small dot between headlines (drawn, not text, so screen readers say nothing). */
  .list:not(.step) .item + .item::before,
  .copy .item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_ticker-gap) / -2 - 3px);
    top: 50%;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: var(--_muted);
    transform: translateY(-50%);
  }
  .static .item + .item::before {
    inset-inline-start: -0.75rem;
  }
  /* The still list wraps inside a headline too (narrow screens, larger text spacing). */
  .static .item {
    flex-wrap: wrap;
    min-width: 0;
  }
  .static .headline {
    overflow-wrap: anywhere;
  }

  .headline {
    color: var(--_text);
    font-weight: 600;
    text-decoration: none;
  }
  a.headline:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  a.headline:focus-visible {
    outline-offset: 1px;
    border-radius: 2px;
  }

  time {
    color: var(--_muted);
    font-size: 0.875em;
    white-space: nowrap;
  }

  .breaking .headline {
    color: var(--_breaking);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    align-self: center;
    padding: 0.05em 0.45em;
    border: 1px solid var(--_breaking);
    border-radius: 999px;
    color: var(--_breaking);
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    white-space: nowrap;
  }
  .badge svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }

  /* Step mode: one headline at a time. */
  .step-list {
    display: block;
    min-width: 0;
    flex: 1 1 auto;
    white-space: normal;
  }
  .step-list .item {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.6em;
    row-gap: 0;
    padding-block: 0.5rem;
  }
  .step-list .headline {
    overflow-wrap: anywhere;
  }

  .controls {
    grid-area: controls;
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem;
    border-inline-start: 1px solid var(--_border);
  }
  .controls .button {
    min-height: 40px;
    min-width: 40px;
    padding: 0.25em 0.6em;
    border-width: 1px;
  }
  .controls .position {
    color: var(--_muted);
    font-size: 0.875em;
    padding-inline: 0.25rem;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .button svg {
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
    flex: none;
  }

  .message {
    grid-area: viewport;
    margin: 0;
    padding: 0.6rem 0.9rem;
    color: var(--_muted);
  }
  .message.status {
    padding: 0.4rem;
  }
  .message .feed-error {
    margin: 0;
    padding: 0.5rem 0.75rem;
  }
  .stale {
    grid-column: 1 / -1;
    padding: 0.4rem 0.6rem 0;
    border-top: 1px solid var(--_border);
  }

  .skeleton {
    display: flex;
    gap: 1.5rem;
    align-items: center;
    width: 100%;
  }
  .skeleton span {
    display: block;
    height: 0.9em;
    border-radius: 4px;
    background: var(--_surface-alt);
    flex: 0 1 16rem;
  }

  /* Narrow containers: label and buttons on top, headlines below at full width. */
  @container (max-width: 34rem) {
    .base {
      grid-template-columns: 1fr auto;
      grid-template-areas:
        'label controls'
        'viewport viewport';
      grid-template-rows: minmax(3rem, auto) minmax(3rem, auto);
    }
    .label {
      justify-self: start;
      border-end-end-radius: var(--_radius);
    }
    .controls {
      border-inline-start: 0;
    }
    .controls .text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .viewport,
    .message {
      border-top: 1px solid var(--_border);
    }
    /* Room for a two-line headline, so the page below does not jump from step to step. */
    .viewport.step {
      min-height: calc(4 * 1.5em + 1rem + 1px); /* three headline lines, the time line, the top border */
    }
    .step-list .item {
      align-content: flex-start;
    }
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .label {
      background: Canvas;
      color: CanvasText;
      border-inline-end: 1px solid CanvasText;
    }
    .headline,
    .breaking .headline {
      color: LinkText;
    }
    .badge {
      border-color: CanvasText;
      color: CanvasText;
    }
    .list:not(.step) .item + .item::before,
    .copy .item::before {
      background: CanvasText;
    }
    .skeleton span {
      background: GrayText;
    }
  }

  /* A prerendered ticker read without JavaScript: nothing moves, so every headline is shown,
     wrapped like the still list. */
  @media (scripting: none) {
    .track {
      flex: 1 1 auto;
      will-change: auto;
    }
    /* A list of headlines, each with its dot at its first line (the first one too). */
    .list {
      flex: 1 1 auto;
      flex-wrap: wrap;
      row-gap: 0.6rem;
      column-gap: 1.5rem;
      padding-block: 0.5rem;
      padding-inline-start: 1rem;
      white-space: normal;
    }
    .item {
      flex-wrap: wrap;
      min-width: 0;
    }
    .list:not(.step) .item::before,
    .list:not(.step) .item + .item::before {
      content: '';
      position: absolute;
      inset-inline-start: -0.75rem;
      top: 0.5lh;
      width: 6px;
      height: 6px;
      border-radius: 50%;
      background: var(--_muted);
      transform: translateY(-50%);
    }
    .headline {
      overflow-wrap: anywhere;
    }
  }
  @media (scripting: none) and (forced-colors: active) {
    .list:not(.step) .item::before,
    .list:not(.step) .item + .item::before {
      background: CanvasText;
    }
  }
  /* A prerendered ticker before its script runs, in a narrow container: the height of the
     stepping headline it becomes, so the page does not move then. */
  @container (max-width: 34rem) {
    :host(:not(:defined)) .viewport {
      min-height: calc(4 * 1.5em + 1rem + 1px);
    }
  }
`;
