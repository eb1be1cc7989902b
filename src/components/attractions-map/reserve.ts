/**
 * The map's loading state is as tall as the map with its data, for a guide like the bundled
 * one (data/attractions.geojson: six categories, fifteen places), so that a map further down
 * a page that gets its data while in view moves nothing (test/loader/loading-height.test.ts);
 * a guide with more categories or places still moves what follows once. The same heights
 * serve the loader's page stylesheet, before the code arrives (a `::before` box querying the
 * tag's width), and, written out again, the element's loading state (loading.styles.ts;
 * test/loader/reserve.test.ts compares the two). --s is --civic-space.
 *
 * - `--r`: rows of category chips (three in containers under 29rem, one from 60rem);
 *   mapTop is the loading line and the room for the legend (its title row, the chips, its
 *   margin), as tall as the legend it stands for.
 * - mapSide: where the list sits below the map (containers under 48rem), the list's title,
 *   search, "show my position" and fifteen entries.
 * - the frame: --m, as the map frame (attractions-map.styles.ts) while it explains the map.
 */
const mapRows = '--r:3;@container (min-width:29rem){--r:2}@container (min-width:60rem){--r:1}';
const mapTop = 'calc((var(--r) + 1) * 44px + (var(--r) - 1) * .4rem + .75 * var(--s))';
const mapSide = '--l:79.39em;@container (min-width:25rem){--l:73.39em}@container (min-width:30rem){--l:71.89em}';

export const mapReserve =
  `civic-attractions-map:not(:defined){&::before{${mapRows};--m:var(--civic-map-height,28rem);height:calc(${mapTop} + var(--m))}` +
  `@container not (min-width:48rem){&::before{${mapSide};height:calc(${mapTop} + var(--m) + var(--s) + var(--l))}}` +
  '@container (max-width:36rem){&::before{--m:max(var(--civic-map-height,20rem),22.25rem)}}' +
  '@container (max-width:27rem){&::before{--m:max(var(--civic-map-height,20rem),25.25rem)}}}';
