import { css } from 'lit';

export const cardsStyles = css`
  :host {
    /* Cards have frames of their own: no extra dark-mode padding (light has none), so they line up with the page's headings. */
    --_host-pad: 0;
    --_card-bg: var(--civic-card-background, var(--_surface));
    --_card-gap: var(--civic-card-gap, 1.25rem);
    --_card-ratio: var(--civic-card-image-ratio, 16 / 9);
    --_chip-bg: var(--civic-card-category-background, var(--_accent));
    --_chip-color: var(--civic-card-category-color, var(--_on-accent));
    --_title-size: var(--civic-card-title-size, 1.125em);
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .cards {
    display: grid;
    gap: var(--_card-gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 36rem) {
    :host([layout='grid']) .cards,
    :host(:not([layout])) .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    :host([featured]:not([layout='list']):not([layout='compact'])) .card.featured {
      grid-column: span 2;
    }
  }
  @container (min-width: 58rem) {
    :host([layout='grid']) .cards,
    :host(:not([layout])) .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    /*
     * Featured: two columns by two rows. The image keeps the cards' aspect ratio (stretched
     * to the rows it was a 760 × 590 box at 1280 px, cropping the picture heavily); the text
     * below takes what is left.
     */
    :host([featured]:not([layout='list']):not([layout='compact'])) .card.featured {
      grid-row: span 2;
    }
    :host([featured]:not([layout='list']):not([layout='compact'])) .featured .body {
      flex: 1 1 auto;
      padding: 1.25rem 1.5rem 1.5rem;
    }
    :host([featured]:not([layout='list']):not([layout='compact'])) .featured .excerpt {
      -webkit-line-clamp: 8;
      line-clamp: 8;
      font-size: 1.0625em;
    }
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .card:has(.link:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card:hover .link {
    text-decoration: underline;
  }

  .media {
    order: -1;
    position: relative;
    aspect-ratio: var(--_card-ratio);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    color: var(--_muted);
  }
  .placeholder svg {
    width: 3rem;
    height: 3rem;
    fill: currentColor;
    opacity: 0.55;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 1rem 1.1rem 1.1rem;
    flex: 1 1 auto;
  }

  .title {
    margin: 0;
    font-size: var(--_title-size);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .link {
    color: var(--_text);
    text-decoration: none;
  }
  .link:focus-visible {
    outline: none;
  }
  /* The title link covers the whole card: one link, the whole card clickable. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .featured .title {
    font-size: calc(var(--_title-size) * 1.3);
  }

  .cats {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .cats li {
    padding: 0.1em 0.55em;
    border-radius: 3px;
    background: var(--_chip-bg);
    color: var(--_chip-color);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2rem 1rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta > span {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .meta svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
    flex: none;
  }

  .excerpt {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }

  .more {
    position: relative;
    z-index: 2;
    align-self: flex-start;
    margin-top: auto;
    padding-top: 0.25rem;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
  .more:hover {
    text-decoration: underline;
  }

  /* List: image beside the text once there is room. */
  :host([layout='list']) .card {
    flex-direction: column;
  }
  @container (min-width: 34rem) {
    :host([layout='list']) .card {
      display: grid;
      grid-template-columns: minmax(10rem, 36%) 1fr;
    }
    :host([layout='list']) .media {
      grid-row: 1;
      grid-column: 1;
      aspect-ratio: auto;
      min-height: 9rem;
    }
    :host([layout='list']) .media img,
    :host([layout='list']) .media .placeholder {
      position: absolute;
      inset: 0;
    }
    :host([layout='list']) .body {
      grid-row: 1;
      grid-column: 2;
    }
    :host([layout='list'][featured]) .card.featured {
      grid-template-columns: minmax(12rem, 50%) 1fr;
    }
  }

  /* Compact: a dense list of titles with meta, no images or excerpts. */
  :host([layout='compact']) .cards {
    gap: 0;
    border-top: 1px solid var(--_border);
  }
  :host([layout='compact']) .card {
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    box-shadow: none;
    background: transparent;
  }
  :host([layout='compact']) .body {
    padding: 0.75rem 0.25rem;
    gap: 0.25rem;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-top: var(--_card-gap);
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }

  .message {
    margin: 0;
    padding: 1.5rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }

  /* Skeletons: the card's real boxes and line heights, so the final layout does not jump.
     A bar is a line box with a thinner bar drawn inside it (transparent borders). */
  .bar {
    display: block;
    height: 1.5rem;
    border-block: 0.3rem solid transparent;
    border-radius: 6px;
    background: var(--_surface-alt);
    background-clip: padding-box;
  }
  .skeleton .title .bar {
    height: 1.3em;
  }
  .skeleton .bar.short {
    width: 60%;
  }
  .skeleton .bar.chip {
    width: 5rem;
    height: calc(0.75rem * 1.5 + 0.2em);
    border-block-width: 0;
  }
  .skeleton .meta {
    display: block;
  }
  .skeleton .meta .bar {
    display: block;
    width: 70%;
    height: calc(0.875rem * 1.5);
  }
  .skeleton .meta .bar.short {
    width: 35%;
  }
  /* Wider cards (list, compact) have fewer lines. */
  :host([layout='list']) .skeleton .grid-only,
  :host([layout='compact']) .skeleton .grid-only {
    display: none;
  }
  .skeleton .excerpt {
    display: block;
  }
  .skeleton .bar.more {
    width: 7rem;
    margin-top: auto;
    height: 1.75rem;
    border-top-width: 0.55rem;
  }
  .footer .bar.count-bar {
    width: 12rem;
    height: 44px;
    border-block-width: 12px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar,
    .skeleton .media {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card:has(.link:focus-visible) {
      outline-color: Highlight;
    }
    .link {
      color: LinkText;
    }
    .cats li {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    .placeholder,
    .skeleton .bar {
      color: GrayText;
      background: Canvas;
      border: 1px solid GrayText;
    }
  }

  /* A prerendered page read without JavaScript: "load more" cannot work there. */
  @media (scripting: none) {
    .footer .button {
      display: none;
    }
  }
`;
