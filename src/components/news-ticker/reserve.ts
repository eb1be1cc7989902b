/**
 * The ticker's height before its code has arrived, for the loader's page stylesheet (the `::before`
 * box queries the tag's own width).
 * Mirrors the loading state in news-ticker.styles.ts: a 3rem row and its borders; in narrow
 * containers the label row plus three headline lines, the time line and a border.
 * test/loader/reserve.test.ts compares the two at many widths.
 */
export const tickerReserve =
  'civic-news-ticker:not(:defined){&::before{height:calc(3rem + 2px)}@container (max-width:34rem){&::before{height:calc(4rem + 6em + 3px)}}}';
