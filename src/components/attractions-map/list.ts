import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { categoryLabel, glyph, type MapAttraction } from './attractions-map-helpers.js';

/** How many list entries are rendered before "Show more". */
export const LIST_PAGE = 50;

export interface ListOptions {
  i18n: I18nController;
  /** What the filter leaves, in list order. */
  visible: readonly MapAttraction[];
  /** How many attractions there are before filtering (to tell "none match" from "none"). */
  total: number;
  /** How many entries are rendered. */
  limit: number;
  selected: string | null;
  onSelect(id: string): void;
  onMore(): void;
}

/** Arrow keys, Home and End move between the entries (one Tab stop for the list as a whole is not forced: every entry is a button). */
export function onListKeydown(event: KeyboardEvent) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const list = event.currentTarget as HTMLElement;
  const items = [...list.querySelectorAll<HTMLButtonElement>('.item')];
  const index = items.indexOf(event.target as HTMLButtonElement);
  if (index === -1) return;
  event.preventDefault();
  const next =
    event.key === 'Home' ? 0
    : event.key === 'End' ? items.length - 1
    : Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
  items[next].focus();
}

/** The list alternative to the map: every attraction the filter leaves, as buttons that open its details. */
export function renderList(o: ListOptions): TemplateResult {
  const { i18n, visible } = o;
  const t = (k: string, options?: Record<string, unknown>) => i18n.t(k, options);
  const shown = visible.slice(0, o.limit);
  const rest = visible.length - shown.length;
  return html`<section class="list-wrap" aria-labelledby="list-title">
    <h3 class="list-title" id="list-title">
      ${t('map.list.title')} <span class="list-count">(${t('common.attractions', { count: visible.length })})</span>
    </h3>
    ${visible.length === 0
      ? html`<p class="empty">${o.total ? t('map.filter.none') : t('map.empty')}</p>`
      : html`<ul class="list" part="list" @keydown=${onListKeydown}>
          ${shown.map((a) => {
            const name = i18n.pick(a.name, a.language);
            return html`<li>
              <button type="button" part="item" class="item" data-id=${a.id}
                aria-current=${o.selected === a.id ? 'true' : nothing} @click=${() => o.onSelect(a.id)}>
                ${glyph(a.category, 22)}
                <span class="item-text">
                  <span class="item-name" lang=${name.lang && name.lang !== i18n.lang ? name.lang : nothing}>${name.text}</span>
                  <span class="item-category">${categoryLabel(i18n, a.category)}</span>
                </span>
              </button>
            </li>`;
          })}
        </ul>`}
    ${rest > 0
      ? html`<button type="button" class="button more" @click=${o.onMore}>
          ${t('map.list.more', { count: i18n.formatNumber(rest) })}
        </button>`
      : nothing}
  </section>`;
}
