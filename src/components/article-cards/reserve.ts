/**
 * The cards' height before their code has arrived (see news-ticker/reserve.ts): the skeleton
 * of article-cards.styles.ts, `page-size` cards (at most 12) in 1–3 columns by the tag's own
 * width, `layout="list"` and `"compact"`. A grid card is its image (width ÷ ratio), 14.1rem
 * + 0.2em of bars and paddings, three title lines and two px of border; the footer is the
 * gap plus 44 px. `featured` is left out (its larger first card is not reserved: the loader
 * must stay small). Custom properties: --n cards, --c columns, --w card width, --h card height.
 */
const pageSizes = Array.from({ length: 11 }, (_, i) => `&[page-size="${i + 1}"]{--n:${i + 1}}`).join('');
const grid = ':is([layout=grid],:not([layout]))';

export const cardsReserve =
  `civic-article-cards:not(:defined){--n:6;--c:1;&[page-size]{--n:12}${pageSizes}` +
  '&::before{--g:var(--civic-card-gap,1.25rem);--t:var(--civic-card-title-size,1.125em);--q:var(--civic-card-image-ratio,16/9);' +
  '--w:calc((100cqi - (var(--c) - 1)*var(--g))/var(--c) - 2px);' +
  '--h:calc(var(--w)/(var(--q)) + 14.1rem + .2em + 3.9*var(--t) + 2px);' +
  'height:calc(round(up,var(--n)/var(--c),1)*(var(--h) + var(--g)) + 44px)}' +
  `@container (min-width:36rem){&${grid}::before{--c:2}}@container (min-width:58rem){&${grid}::before{--c:3}}` +
  '&[layout=list]::before{--h:calc(var(--w)/(var(--q)) + 11.2875rem + .2em + 2.6*var(--t) + 2px)}' +
  '@container (min-width:34rem){&[layout=list]::before{--h:calc(max(9rem,11.2875rem + .2em + 2.6*var(--t)) + 2px)}}' +
  '&[layout=compact]::before{height:calc(var(--n)*(3.0625rem + 2.6em + 1px) + 1px + var(--g) + 44px)}}';
