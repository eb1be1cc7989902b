/**
 * Category look of attraction markers and legend entries: a colour AND a glyph, so
 * categories never differ by colour alone. Built as DOM nodes (createElementNS), never
 * HTML strings, so it works under Trusted Types.
 */

/** The categories the bundled data and the feed schema name. Unknown ones get `other`. */
export const KNOWN_CATEGORIES = ['heritage', 'museum', 'park', 'religion', 'cemetery', 'family'] as const;

export interface CategoryStyle {
  /** Fill of the marker pin; white glyphs on it have at least 4.5:1 contrast. */
  color: string;
  /** SVG path data of a 24×24 glyph. */
  glyph: string;
}

const STYLES: Record<string, CategoryStyle> = {
  heritage: { color: '#8a4b08', glyph: 'M4 20V8h2.5v2h2V8H11v2h2V8h2.5v2h2V8H20v12h-6v-4a2 2 0 0 0-4 0v4z' },
  museum: { color: '#5b3fa8', glyph: 'M12 3 3 8v2h18V8zM5 11h2.5v6H5zm4 0h2.5v6H9zm3.5 0H15v6h-2.5zm4 0H19v6h-2.5zM3 18h18v2.5H3z' },
  park: { color: '#1e6b30', glyph: 'M12 2a6 6 0 0 0-5.8 7.4A4.5 4.5 0 0 0 7 18h4v4h2v-4h4a4.5 4.5 0 0 0 .8-8.6A6 6 0 0 0 12 2z' },
  religion: { color: '#1f57a0', glyph: 'M11 2h2v2.5h2.2v2H13V9l5 4v9h-4.5v-4a1.5 1.5 0 0 0-3 0v4H6v-9l5-4V6.5H8.8v-2H11z' },
  cemetery: { color: '#4b5563', glyph: 'M7 21V9a5 5 0 0 1 10 0v12zm4-12.5V11H9v2h2v5h2v-5h2v-2h-2V8.5z' },
  family: { color: '#b23c0a', glyph: 'M12 2c-3 0-5.2 2.6-5.2 5.8 0 3.4 2.5 6.2 5.2 6.2s5.2-2.8 5.2-6.2C17.2 4.6 15 2 12 2zm-1.2 12.8h2.4L12 16.4zM11.3 17h1.4c.2 1.6-1.2 2.6-1.2 5h-1.3c0-2.4 1.3-3.3 1.1-5z' },
  other: { color: '#37474f', glyph: 'M12 6a6 6 0 1 0 0 12 6 6 0 0 0 0-12z' },
};

/** Colour and glyph of a category (unknown categories share the neutral `other` look). */
export function categoryStyle(category: string): CategoryStyle {
  return STYLES[category] ?? STYLES.other;
}

/** `category` when it is one with its own look and translation, else `other`. */
export function knownCategory(category: string): string {
  return (KNOWN_CATEGORIES as readonly string[]).includes(category) ? category : 'other';
}

// The marker's DOM lives in markers.ts: only the drawn map (a lazy chunk) needs it.
export { createCategoryGlyph, createMarkerElement } from './markers.js';
