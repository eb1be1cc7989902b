/**
 * The panel's height before its code has arrived (see news-ticker/reserve.ts; --s is
 * --civic-space): its frame
 * (border and padding, larger from 40rem) around the loading line, as
 * partnership-panel.styles.ts draws it while the partnership loads.
 */
export const panelReserve =
  'civic-partnership-panel:not(:defined){&::before{height:calc(2.5*var(--s) + 1.5em + 2px)}' +
  '@container (min-width:40rem){&::before{height:calc(4*var(--s) + 1.5em + 2px)}}}';
