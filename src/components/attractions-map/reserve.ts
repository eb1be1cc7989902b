/**
 * The map's height before its code has arrived (see news-ticker/reserve.ts; --s is
 * --civic-space): the loading
 * state of attractions-map.styles.ts, a loading line, the map frame (--civic-map-height,
 * 28rem, 20rem in narrow containers) and, when the list sits below it (under 48rem), the
 * gap, the list heading and its line. In containers under 27rem the consent text makes the
 * frame a little taller, by a length that depends on the words: approximated by one step.
 */
export const mapReserve =
  'civic-attractions-map:not(:defined){&::before{--m:var(--civic-map-height,28rem);height:calc(var(--s) + 1.5em + var(--m))}' +
  '@container not (min-width:48rem){&::before{height:calc(2*var(--s) + 4.575em + .5rem + var(--m))}}' +
  '@container (max-width:36rem){&::before{--m:var(--civic-map-height,20rem)}}' +
  '@container (max-width:27rem){&::before{--m:max(var(--civic-map-height,20rem),20.75rem)}}}';
