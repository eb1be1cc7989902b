import { tickerReserve } from '../components/news-ticker/reserve.js';
import { cardsReserve } from '../components/article-cards/reserve.js';
import { mapReserve } from '../components/attractions-map/reserve.js';
import { panelReserve } from '../components/partnership-panel/reserve.js';
import { ELEMENTS } from './elements.js';

/**
 * The loader's page stylesheet, in a cascade layer so that any rule of the page wins, as it
 * wins over an element's own `:host` rules:
 * - every element's block margin (`--civic-block-margin`) before its code arrives, the same
 *   as its `:host` rule after (theme.styles.ts), so stacked elements never touch and nothing
 *   moves when they upgrade;
 * - before an element's code arrives, its tag reserves the height the element will have
 *   while its feed loads (each element's reserve.ts), from the tag's own width (a `::before`
 *   box queries its tag as a size container), with the same box rules as `:host`
 *   (theme.styles.ts); no element pads its dark scheme any more, so neither does this.
 */
export function pageStyles(): string {
  return (
    `@layer civic-widgets{:is(${Object.keys(ELEMENTS).join()}):not(:defined,[hidden]){--s:var(--civic-space,1rem);display:block;margin-block:var(--civic-block-margin,1.5rem);container-type:inline-size;font-size:max(1em,12px);` +
    'inline-size:-webkit-fill-available;inline-size:stretch;&::before{content:"";display:block}}' +
    tickerReserve +
    cardsReserve +
    mapReserve +
    panelReserve +
    '}'
  );
}
