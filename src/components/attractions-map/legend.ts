import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { glyph } from './attractions-map-helpers.js';

export interface LegendOptions {
  i18n: I18nController;
  /** Categories present in the data with their counts, in display order. */
  counts: readonly [string, number][];
  /** The categories shown, or null for all. */
  active: ReadonlySet<string> | null;
  /** A category's name in the page's language (the element's PlacesController). */
  label(category: string, plural?: boolean): string;
  onToggle(category: string, checked: boolean): void;
  onShowAll(): void;
}

/** The category filter: one checkbox chip per category (glyph, name, count) and "show all". */
export function renderLegend(o: LegendOptions): TemplateResult | typeof nothing {
  if (o.counts.length < 2) return nothing;
  const { i18n, active } = o;
  return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
    <div class="legend-head">
      <span class="legend-title" id="legend-title">${i18n.t('map.categories.legend')}</span>
      <button type="button" class="link-button show-all" ?data-idle=${!active} @click=${o.onShowAll}>
        ${i18n.t('map.filter.all')}
      </button>
    </div>
    <div class="chips">
      ${o.counts.map(
        ([category, count]) => html`<label class="chip">
          <input
            type="checkbox"
            .checked=${!active || active.has(category)}
            @change=${(e: Event) => o.onToggle(category, (e.target as HTMLInputElement).checked)}
          />
          ${glyph(category)}
          <span class="chip-label">${o.label(category, true)}</span>
          <span class="chip-count">${i18n.formatNumber(count)}</span>
        </label>`,
      )}
    </div>
  </div>`;
}
