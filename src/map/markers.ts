/** Marker and glyph elements of the drawn map, as DOM nodes (Trusted Types: no HTML strings). */
import { categoryStyle, knownCategory } from './categories.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A 24×24 glyph of the category, white on its colour in a circle; decorative (aria-hidden). */
export function createCategoryGlyph(category: string, size = 24): SVGSVGElement {
  const style = categoryStyle(category);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', style.glyph);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/**
 * The marker element of one attraction: a pin (teardrop) in the category colour with the
 * category glyph. Leaflet's `divIcon({ html: element })` accepts it as is.
 */
export function createMarkerElement(category: string, selected = false): HTMLElement {
  const style = categoryStyle(category);
  const pin = document.createElement('span');
  pin.className = `civic-pin civic-pin--${knownCategory(category)}${selected ? ' is-selected' : ''}`;
  pin.style.setProperty('--_pin', style.color);
  pin.append(createCategoryGlyph(category, 20));
  return pin;
}
