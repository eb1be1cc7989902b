import { css } from 'lit';

/**
 * The loading state's room for the legend and, below the map, for the list: the heights of
 * reserve.ts, which the loader's page stylesheet gives the tag before the code arrives (kept
 * apart: importing them here would tie the loader to a shared chunk; test/loader/reserve.test.ts
 * compares the two).
 */
export const loadingStyles = css`
  .reserve-top {
    --_rows: 3;
    min-height: calc((var(--_rows) + 1) * 44px + (var(--_rows) - 1) * 0.4rem + 0.75 * var(--_space));
  }
  /* Bars where the list's entries will be, so the room reads as content to come. */
  .reserve-side {
    height: 79.39em;
    background: repeating-linear-gradient(transparent 0 1.5em, var(--_surface-alt) 0 3.75em);
  }
  @container (min-width: 25rem) {
    .reserve-side {
      height: 73.39em;
    }
  }
  @container (min-width: 29rem) {
    .reserve-top {
      --_rows: 2;
    }
  }
  @container (min-width: 30rem) {
    .reserve-side {
      height: 71.89em;
    }
  }
  @container (min-width: 48rem) {
    .layout:not(.list-only) .reserve-side {
      height: 0;
    }
  }
  @container (min-width: 60rem) {
    .reserve-top {
      --_rows: 1;
    }
  }
`;
