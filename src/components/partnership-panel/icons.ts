import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Inline, stroke-drawn icons (24 × 24, `currentColor`), built as Lit `svg` templates: no
 * innerHTML, no requests, and they follow forced-colors. Icons are always decorative here:
 * every one stands next to a text that says the same.
 */
const paths: Record<string, SVGTemplateResult> = {
  // Areas of cooperation
  culture: svg`<path d="M4 4h10v6a5 5 0 0 1-10 0z"/><path d="M7 8h.01M11 8h.01"/><path d="M7.5 12a2.5 2.5 0 0 0 3 0"/><path d="M14 8h6v6a5 5 0 0 1-7.5 4.3"/><path d="M16 12h.01M19 12h.01"/>`,
  tourism: svg`<path d="M12 21s-6-5.3-6-10a6 6 0 0 1 12 0c0 4.7-6 10-6 10z"/><circle cx="12" cy="11" r="2.2"/>`,
  'smart-city': svg`<path d="M3 21h18"/><path d="M5 21V10h5v11"/><path d="M10 21V5h6v16"/><path d="M16 21v-8h3v8"/><path d="M12.5 8h1M12.5 11h1M12.5 14h1M7 13h1M7 16h1"/>`,
  education: svg`<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c3 2.5 9 2.5 12 0v-5"/><path d="M22 9v6"/>`,
  sport: svg`<circle cx="12" cy="12" r="9"/><path d="M3.5 9.5c4 1 13 1 17 0M3.5 14.5c4-1 13-1 17 0M12 3c-3 5-3 13 0 18M12 3c3 5 3 13 0 18"/>`,
  economy: svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2"/><path d="M3 13h18"/>`,
  environment: svg`<path d="M5 19c0-8 5-13 14-14-1 9-6 14-14 14z"/><path d="M5 19l7-7"/>`,
  youth: svg`<circle cx="9" cy="7" r="3"/><circle cx="17" cy="9" r="2.5"/><path d="M3 20a6 6 0 0 1 12 0M14 20a4 4 0 0 1 7-2.6"/>`,
  health: svg`<path d="M12 20s-8-4.6-8-10.2A4.3 4.3 0 0 1 12 7a4.3 4.3 0 0 1 8 2.8C20 15.4 12 20 12 20z"/><path d="M9 12h6M12 9v6"/>`,
  transport: svg`<rect x="4" y="3" width="16" height="14" rx="3"/><path d="M4 11h16M8 21l1.5-4M16 21l-1.5-4"/><path d="M8 14h.01M16 14h.01"/>`,
  social: svg`<path d="M12 20s-8-4.6-8-10.2A4.3 4.3 0 0 1 12 7a4.3 4.3 0 0 1 8 2.8C20 15.4 12 20 12 20z"/>`,
  partnership: svg`<path d="M2 12l4-4 4 2 3-2 4 1 5 3"/><path d="M6 8l-4 4 6 6 2-1 2 1 2-1 2 1 4-5"/><path d="M10 10l-2 2 2 2 3-2"/>`,
  // Interface
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  dot: svg`<circle cx="12" cy="12" r="4" fill="currentColor"/>`,
  mail: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`,
  phone: svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c-3 3.5-3 14.5 0 18M12 3c3 3.5 3 14.5 0 18"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  arrow: svg`<path d="M5 12h14M13 6l6 6-6 6"/>`,
  news: svg`<rect x="3" y="4" width="15" height="16" rx="2"/><path d="M18 8h3v10a2 2 0 0 1-2 2M7 8h7M7 12h7M7 16h4"/>`,
  people: svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/><circle cx="17" cy="9" r="2.5"/><path d="M16 14.2a5 5 0 0 1 6 4.8"/>`,
  next: svg`<circle cx="12" cy="12" r="9"/><path d="M10 8l4 4-4 4"/>`,
};

/** Icon names a partnership file may use for its areas (others fall back to `partnership`). */
export const AREA_ICONS = [
  'culture',
  'tourism',
  'smart-city',
  'education',
  'sport',
  'economy',
  'environment',
  'youth',
  'health',
  'transport',
  'social',
  'partnership',
] as const;

/** A decorative inline SVG icon; unknown names give the generic partnership icon. */
export function icon(name: string | undefined, className = 'icon'): TemplateResult {
  const shape = (name && Object.hasOwn(paths, name) ? paths[name] : undefined) ?? paths.partnership;
  return html`<svg
    class=${className}
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${shape}</svg>`;
}
