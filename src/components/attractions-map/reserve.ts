/**
 * The map's height before its code has arrived (see news-ticker/reserve.ts; --s is
 * --civic-space): the loading
 * state of attractions-map.styles.ts, a loading line, the map frame (--civic-map-height,
 * 28rem, 20rem in narrow containers) and, when the list sits below it (under 48rem), the
 * gap, the list heading and its line. While it explains the map the frame is at least 22.25rem
 * tall in containers under 36rem and 25.25rem under 27rem (room for the consent text).
 */
export const mapReserve =
  'civic-attractions-map:not(:defined){&::before{--m:var(--civic-map-height,28rem);height:calc(var(--s) + 1.5em + var(--m))}' +
  '@container not (min-width:48rem){&::before{height:calc(2*var(--s) + 4.575em + .5rem + var(--m))}}' +
  '@container (max-width:36rem){&::before{--m:max(var(--civic-map-height,20rem),22.25rem)}}' +
  '@container (max-width:27rem){&::before{--m:max(var(--civic-map-height,20rem),25.25rem)}}}';
