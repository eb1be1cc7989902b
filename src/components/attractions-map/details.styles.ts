import { css } from 'lit';

/** The details panel of the chosen place. */
export const detailsStyles = css`
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
    max-width: 36rem; /* the list view spans wide pages: no photo the size of the screen */
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  .description {
    margin: 0.75rem 0;
  }
  .description,
  .facts {
    max-width: 70ch; /* lines that read well in the wide list view */
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

  .hours p {
    margin: 0;
  }
  .hours-status {
    font-weight: 600;
  }
  .hours-status[data-open='true'] {
    color: var(--_open);
  }
  .hours-rules {
    margin: 0.25rem 0;
    padding-inline-start: 1.1rem;
  }
  .hours-note {
    font-size: 0.9em;
    color: var(--_muted);
  }
`;
