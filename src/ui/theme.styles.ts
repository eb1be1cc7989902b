import { css } from 'lit';

/**
 * Tokens and basics every element shares. Each element reads `--civic-*` custom properties
 * from its host page and falls back to these defaults, so one set of tokens on `:root`
 * themes all four elements. Colours meet WCAG 2.1 AA contrast in light and dark schemes.
 *
 * In light mode the host is transparent and text sits on the page. Whenever the dark tokens
 * are active (`prefers-color-scheme: dark` without `theme="light"`, or `theme="dark"`), the
 * host paints its own surface (`--civic-color-surface`, rounded by `--civic-radius`, padded
 * by half of `--civic-space`): light text never lands on a light page that has no dark theme.
 * Elements whose content has frames of its own (ticker, panel, cards, map) set `--_host-pad: 0`,
 * so they line up with the page's headings in both schemes.
 *
 * @cssprop --civic-font - Font family (default: the page's font).
 * @cssprop --civic-color-text - Body text colour.
 * @cssprop --civic-color-muted - Secondary text (dates, meta).
 * @cssprop --civic-color-surface - Card and panel background.
 * @cssprop --civic-color-surface-alt - Subtle background (chips, stripes).
 * @cssprop --civic-color-border - Hairlines and borders.
 * @cssprop --civic-color-accent - Links, buttons, highlights (Sochaczew red by default).
 * @cssprop --civic-color-on-accent - Text on the accent colour.
 * @cssprop --civic-color-focus - Focus ring colour.
 * @cssprop --civic-color-danger - Errors and "breaking" marks.
 * @cssprop --civic-radius - Corner radius of cards and buttons.
 * @cssprop --civic-space - Base spacing unit.
 * @cssprop --civic-block-margin - Space above and below each element (default 1.5rem; 0 removes it).
 */
export const themeStyles = css`
  :host {
    --_font: var(--civic-font, inherit);
    --_text: var(--civic-color-text, #1d232b);
    --_muted: var(--civic-color-muted, #545c66);
    --_surface: var(--civic-color-surface, #ffffff);
    --_surface-alt: var(--civic-color-surface-alt, #f2f4f7);
    --_border: var(--civic-color-border, #d3d8de);
    --_accent: var(--civic-color-accent, #b3151d);
    --_on-accent: var(--civic-color-on-accent, #ffffff);
    --_focus: var(--civic-color-focus, #0b57d0);
    --_danger: var(--civic-color-danger, #a50e0e);
    --_warning-bg: var(--civic-color-warning-surface, #fff4d6);
    --_radius: var(--civic-radius, 8px);
    --_space: var(--civic-space, 1rem);
    --_shadow: var(--civic-shadow, 0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.06));

    display: block;
    box-sizing: border-box;
    /*
     * Stacked elements never touch. The loader's page stylesheet sets the same margin on the
     * tags before and after they upgrade (src/loader/page-styles.ts), so nothing moves then.
     */
    margin-block: var(--civic-block-margin, 1.5rem);
    /*
     * A size container has no width of its own: in a parent that sizes to its content (a flex
     * row, a column with align-items: flex-start) the element would shrink to 0 px. Fill the
     * line instead, as a block does (margins respected; the page's own width still wins).
     * A float or inline-block with no width of its own still needs one from the page.
     */
    inline-size: -webkit-fill-available;
    inline-size: -moz-available;
    inline-size: stretch;
    /* The built-in languages are left-to-right; an rtl page must not mirror dates and numbers. */
    direction: ltr;
    unicode-bidi: isolate;
    /* A page's font-size: 0 trick (inline-block gaps) must not hide every word. */
    font-size: max(1em, 12px);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  /* A prerendered element still arriving over a slow network shows once whole (its last node,
     data-civic-end, is in): the parser never paints half a layout that then moves. */
  :host(:not(:defined)) > :not([data-civic-end], :has(~ [data-civic-end])) {
    visibility: hidden;
  }
  /* A prerendered element has its content: no height reserved for it by the loader's page
     stylesheet (a ::before box on tags not yet defined; important wins over the page's). */
  :host(:not(:defined))::before {
    display: none !important;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--civic-color-text, #e8eaed);
      --_muted: var(--civic-color-muted, #b4bac2);
      --_surface: var(--civic-color-surface, #1e2329);
      --_surface-alt: var(--civic-color-surface-alt, #2a3038);
      --_border: var(--civic-color-border, #434b55);
      --_accent: var(--civic-color-accent, #ff8a8f);
      --_on-accent: var(--civic-color-on-accent, #1b0002);
      --_focus: var(--civic-color-focus, #8ab4f8);
      --_danger: var(--civic-color-danger, #ff8a80);
      --_warning-bg: var(--civic-color-warning-surface, #3d3112);
      --_shadow: var(--civic-shadow, 0 1px 2px rgb(0 0 0 / 0.4));
      background: var(--_surface);
      color: var(--_text);
      border-radius: var(--_radius);
      padding: var(--_host-pad, calc(var(--_space) / 2));
    }
  }

  :host([theme='dark']) {
    --_text: var(--civic-color-text, #e8eaed);
    --_muted: var(--civic-color-muted, #b4bac2);
    --_surface: var(--civic-color-surface, #1e2329);
    --_surface-alt: var(--civic-color-surface-alt, #2a3038);
    --_border: var(--civic-color-border, #434b55);
    --_accent: var(--civic-color-accent, #ff8a8f);
    --_on-accent: var(--civic-color-on-accent, #1b0002);
    --_focus: var(--civic-color-focus, #8ab4f8);
    --_danger: var(--civic-color-danger, #ff8a80);
    --_warning-bg: var(--civic-color-warning-surface, #3d3112);
    --_shadow: var(--civic-shadow, 0 1px 2px rgb(0 0 0 / 0.4));
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
    padding: var(--_host-pad, calc(var(--_space) / 2));
  }

  /* Not inherit: a page's * { box-sizing: content-box } reaches the host and would flow in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* A plain, clearly clickable button in the element's accent colour. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_focus: Highlight;
      --_border: CanvasText;
    }
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .button[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
