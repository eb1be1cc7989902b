/**
 * Text folded for matching what a visitor types against names: lower case, accents
 * dropped ("Kościół" → "kosciol", "Müller" → "muller"). NFD splits "ó" into "o" + accent,
 * but some letters do not decompose and are mapped by hand: Polish ł, German ß (→ "ss"),
 * and the Nordic, Croatian and Turkish letters a tourist meets on the way.
 */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};
const UNDECOMPOSED_RE = /[łßẞæœøđðþıħŀ]/g;

export const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
    .trim();
