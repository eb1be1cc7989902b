import { css } from 'lit';

/** Layout by container width: stacked at 320 px, side by side when there is room. */
export const panelStyles = css`
  :host {
    --_panel-accent: var(--civic-panel-accent, var(--_accent));
    /* The frame (.base) already is the surface: the dark host adds no padding around it. */
    --_host-pad: 0;
    --_gap: var(--civic-panel-gap, calc(1.5 * var(--_space)));
    --_emblem: var(--civic-panel-emblem-size, 4rem);
  }

  .base {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(0.75 * var(--_space));
  }
  .base:empty {
    display: none;
  }

  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure {
    margin: 0;
  }
  ul, ol {
    padding: 0;
    list-style: none;
  }
  h1, h2, h3, h4, h5, h6 {
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    vertical-align: -0.25em;
  }

  a {
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  /* Columns: one, or two languages side by side (rows aligned through subgrid). */
  /* Each section is its own size container (not the column: containment would switch off
     the subgrid that aligns bilingual rows). */
  .section,
  .header {
    container: part / inline-size;
  }
  .column {
    display: flex;
    flex-direction: column;
  }
  .bilingual {
    display: grid;
    gap: var(--_gap);
  }
  .bilingual > .column + .column {
    border-top: 2px solid var(--_border);
    padding-top: var(--_space);
  }
  @container (min-width: 52rem) {
    .bilingual {
      grid-template-columns: 1fr 1fr;
      column-gap: 0;
      row-gap: 0;
    }
    .bilingual > .column {
      display: grid;
      grid-template-rows: subgrid;
      grid-row: span 8;
      align-content: start;
    }
    /* Equal inner widths on both sides of the dividing line. */
    .bilingual > .column:first-child {
      padding-right: calc(0.75 * var(--_space) + 1px);
    }
    .bilingual > .column + .column {
      border-top: 0;
      padding-top: 0;
      border-left: 2px solid var(--_border);
      padding-left: calc(0.75 * var(--_space) - 1px);
    }
  }
  .lang-label {
    justify-self: start;
    align-self: start;
    display: inline-block;
    width: fit-content;
    padding: 0.1em 0.6em;
    margin-bottom: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.85em;
    font-weight: 600;
  }

  /* Header */
  .header {
    padding-bottom: calc(var(--_gap) * 2 / 3);
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .title {
    font-size: 1.35em;
    margin-top: 0.15rem;
  }
  /* As wide as the sections below (a 70ch cap left it at 60 % of a wide panel, out of line). */
  .description {
    margin-top: 0.75rem;
  }
  .description > * + * {
    margin-top: 0.5rem;
  }
  .description ul,
  .description ol {
    padding-left: 1.5rem;
  }
  .description ul {
    list-style: disc;
  }
  .description ol {
    list-style: decimal;
  }

  .section {
    padding-block: calc(var(--_gap) * 2 / 3);
    border-top: 1px solid var(--_border);
  }
  .section > :is(h2, h3, h4, h5, h6) {
    font-size: 1.1em;
    margin-bottom: 0.75rem;
  }
  .note,
  .order-note {
    color: var(--_muted);
  }
  .order-note {
    font-size: 0.875em;
    margin: -0.5rem 0 0.75rem;
  }

  /* Cities */
  .pair {
    display: grid;
    gap: var(--_space);
  }
  .city {
    display: grid;
    grid-template-columns: var(--_emblem) 1fr;
    grid-template-areas: 'emblem name' 'emblem facts';
    align-items: start;
    column-gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .city:not(:has(.emblem:not([hidden]))) {
    grid-template-columns: 1fr;
    grid-template-areas: 'name' 'facts';
  }
  .emblem {
    grid-area: emblem;
    width: var(--_emblem);
    height: auto;
    max-height: calc(1.25 * var(--_emblem));
    object-fit: contain;
  }
  .city-name {
    grid-area: name;
    font-size: 1.25em;
  }
  .facts {
    grid-area: facts;
    margin-top: 0.4rem;
    display: grid;
    gap: 0.2rem;
  }
  .fact dt {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .fact dd {
    overflow-wrap: anywhere;
  }
  .link {
    display: grid;
    justify-items: center;
    text-align: center;
    gap: 0.25rem;
  }
  .diagram {
    width: 100%;
    max-width: 16rem;
    height: auto;
    color: var(--_panel-accent);
  }
  .diagram .pin {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 3;
  }
  .diagram text {
    fill: var(--_text);
    font-size: 13px;
    font-family: var(--_font);
  }
  .diagram .km {
    font-weight: 700;
    font-size: 15px;
  }
  .distance {
    font-size: 0.95em;
  }
  @container part (min-width: 38rem) {
    .pair {
      grid-template-columns: 1fr minmax(9rem, 14rem) 1fr;
      align-items: center;
    }
    .pair > .city {
      align-self: stretch;
    }
  }

  /* Status scale: a vertical list when narrow, five steps in a row when wide. */
  .status-summary {
    font-weight: 600;
    margin-bottom: 0.75rem;
  }
  .scale {
    display: grid;
    gap: 0.5rem;
    counter-reset: step;
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: 2rem 1fr;
    grid-template-areas: 'marker label' 'marker badge';
    column-gap: 0.6rem;
    align-items: center;
    min-height: 2rem;
  }
  .marker {
    grid-area: marker;
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    border: 2px solid var(--_panel-accent);
    color: var(--_panel-accent);
    background: var(--_surface);
    font-weight: 700;
    font-size: 0.9em;
  }
  .step.todo .marker {
    border-style: dashed;
    border-color: var(--_muted);
    color: var(--_muted);
  }
  .step.current .marker {
    background: var(--_panel-accent);
    color: var(--_on-accent);
    outline: 3px solid var(--_panel-accent);
    outline-offset: 2px;
  }
  .step-label {
    grid-area: label;
  }
  .step.current .step-label {
    font-weight: 700;
  }
  .step.todo .step-label {
    color: var(--_muted);
  }
  .badge {
    grid-area: badge;
    white-space: nowrap;
    justify-self: start;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .step-label {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @container part (min-width: 34rem) {
    .step-label {
      font-size: 0.9em;
    }
    .scale {
      grid-template-columns: repeat(5, 1fr);
      gap: 0.25rem;
    }
    .step {
      grid-template-columns: 1fr;
      grid-template-areas: 'marker' 'label' 'badge';
      justify-items: center;
      align-items: start;
      align-content: start;
      text-align: center;
      row-gap: 0.35rem;
    }
    /* The line joining the steps; the markers sit on it. */
    .step + .step::before {
      content: '';
      position: absolute;
      top: calc(1rem - 1px);
      right: calc(50% + 1.25rem);
      width: calc(100% - 2.5rem + 0.25rem);
      border-top: 2px solid var(--_panel-accent);
    }
    .step.todo::before {
      border-top-style: dashed !important;
      border-top-color: var(--_muted) !important;
    }
    .badge {
      justify-self: center;
    }
  }
  .status-facts {
    margin-top: var(--_space);
    display: grid;
    gap: 0.75rem;
  }
  .status-facts dt {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    font-weight: 600;
    color: var(--_text);
    font-size: 0.95em;
  }
  .status-facts .icon {
    color: var(--_panel-accent);
  }
  .status-facts dd {
    padding-left: 1.65rem;
  }

  /* Areas */
  .area-list {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .area {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .area-icon {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    border-radius: 50%;
    background: var(--_surface-alt);
    color: var(--_panel-accent);
  }
  .area-icon .icon {
    width: 1.5rem;
    height: 1.5rem;
  }
  .area-title {
    font-size: 1em;
  }
  .area-text {
    margin-top: 0.25rem;
    font-size: 0.95em;
  }

  /* Timeline */
  .milestones {
    border-left: 2px solid var(--_border);
    margin-left: 0.4rem;
    display: grid;
    gap: var(--_space);
  }
  .milestone {
    position: relative;
    padding-left: 1.1rem;
    display: grid;
    gap: 0.2rem;
    justify-items: start;
  }
  .milestone::before {
    content: '';
    position: absolute;
    left: calc(-0.4rem - 1px);
    top: 0.3rem;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    background: var(--_panel-accent);
    border: 2px solid var(--_surface);
  }
  .when {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .milestone-title {
    font-size: 1em;
  }
  .more {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 44px;
    font-weight: 600;
  }

  /* Contacts */
  .contact-groups {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  .group-title {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 1em;
    margin-bottom: 0.5rem;
  }
  .group-title .icon {
    color: var(--_panel-accent);
  }
  .contact-list {
    display: grid;
    gap: 0.6rem;
  }
  .contact {
    padding: 0.6rem 0.75rem;
    border-left: 3px solid var(--_border);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .contact-name {
    font-weight: 600;
  }
  .contact-role,
  .contact-dept {
    font-size: 0.9em;
  }
  .contact-dept {
    color: var(--_muted);
  }
  .contact-links a {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 44px;
  }

  /* Joint news */
  .news-list {
    display: grid;
    gap: 0.75rem;
  }
  .news-item {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
  }
  .news-item > .icon {
    color: var(--_panel-accent);
    margin-top: 0.15rem;
  }
  .news-item > div {
    display: grid;
  }
  .news-item a {
    font-weight: 600;
    padding-block: 0.35rem;
  }

  /* Problems */
  .problem {
    border-left: 4px solid var(--_danger);
    background: var(--_warning-bg);
    padding: 0.75rem var(--_space);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .problem-title {
    font-weight: 700;
  }

  /* While the partnership loads, the frame is as tall as a partnership like the bundled one
     will be: the heights of reserve.ts (the loader's page stylesheet), compared by a test. */
  .base.loading {
    min-height: calc(201.44em - 2.764 * (100cqi - 21.5em));
    /* Bars below the loading line, where the text will be (one line: WebKit keeps a var()
       shorthand's line breaks in its text, test/core/minify-css.test.ts compares). */
    background: linear-gradient(var(--_surface) 3em, #0000 0) content-box, repeating-linear-gradient(#0000 0 1.5em, var(--_surface-alt) 0 2.5em) content-box, var(--_surface);
  }
  @container (min-width: 49rem) {
    .base.loading {
      min-height: calc(125.44em - 0.293 * (100cqi - 49em));
    }
  }
  @container (min-width: 40rem) {
    .base {
      padding: calc(1.5 * var(--_space));
    }
    .title {
      font-size: 1.6em;
    }
  }

  @media (forced-colors: active) {
    .base,
    .city,
    .area,
    .contact {
      border: 1px solid CanvasText;
    }
    .marker,
    .step.todo .marker {
      border-color: CanvasText;
      color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
    }
    .step.current .marker {
      background: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
    .milestone::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .diagram .pin {
      fill: Canvas;
      stroke: CanvasText;
    }
    .diagram,
    .diagram text {
      color: CanvasText;
      fill: CanvasText;
    }
    .problem {
      border-color: CanvasText;
    }
  }
`;
