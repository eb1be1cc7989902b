import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { heading } from '../../ui/heading.js';
import { glyph, type MapAttraction } from './attractions-map-helpers.js';
import { hasHours, type HoursController } from './hours-controller.js';
import { distanceKm, distanceText } from './distance-text.js';

/** Entries per page of the list: a page of a 100,000-place feed renders as fast as a small feed. */
export const LIST_PAGE = 50;

export interface ListOptions {
  i18n: I18nController;
  /** Level of the list's heading (the element's HeadingLevelController). */
  level: number;
  /** What the filter and the search leave, in list order. */
  visible: readonly MapAttraction[];
  /** How many attractions there are before filtering (to tell "none match" from "none"). */
  total: number;
  /** The search as typed (shown in the field). */
  query: string;
  /** The search the list shows ('' when none), for the "nothing found" text. */
  appliedQuery: string;
  /** The page shown (0-based). */
  page: number;
  selected: string | null;
  /** A category's name in the page's language (the element's PlacesController). */
  label(category: string, plural?: boolean): string;
  /** The visitor's position, once they asked for it: distances and "nearest first". */
  origin?: { lat: number; lon: number };
  nearest: boolean;
  /** Opening hours in words and "open now" (loaded when a place has hours). */
  hours: HoursController;
  onLocate(): void;
  onNearest(nearest: boolean): void;
  onSelect(id: string): void;
  onQuery(text: string): void;
  /** The field got focus: a good moment to prepare the search. */
  onSearchFocus(): void;
  onPage(page: number): void;
}

/** Arrow keys, Home and End move between the entries of the page; ArrowUp from the first goes back to the search field. */
function onListKeydown(event: KeyboardEvent) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const list = event.currentTarget as HTMLElement;
  const items = [...list.querySelectorAll<HTMLButtonElement>('.item')];
  const index = items.indexOf(event.target as HTMLButtonElement);
  if (index === -1) return;
  event.preventDefault();
  if (index === 0 && event.key === 'ArrowUp') {
    list.closest('.list-wrap')?.querySelector<HTMLInputElement>('.search-input')?.focus();
    return;
  }
  const next =
    event.key === 'Home' ? 0
    : event.key === 'End' ? items.length - 1
    : Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
  items[next].focus();
}

/** ArrowDown in the search field goes to the first result. */
function onSearchKeydown(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown') return;
  const first = (event.currentTarget as HTMLElement).closest('.list-wrap')?.querySelector<HTMLElement>('.item');
  if (!first) return;
  event.preventDefault();
  first.focus();
}

function renderSearch(o: ListOptions) {
  const t = (k: string) => o.i18n.t(k);
  return html`<div class="search" role="search">
    <label class="search-label" for="search">${t('map.search.label')}</label>
    <input id="search" class="search-input" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search"
      aria-describedby="search-hint" aria-controls="list" .value=${o.query}
      @input=${(e: Event) => o.onQuery((e.target as HTMLInputElement).value)}
      @focus=${o.onSearchFocus} @keydown=${onSearchKeydown} />
    <span class="search-hint" id="search-hint">${t('map.search.hint')}</span>
  </div>`;
}

/** "Show my location" until the visitor's position is known, then the "nearest first" switch. */
function renderOrder(o: ListOptions) {
  const t = (k: string) => o.i18n.t(k);
  return html`<div class="order">
    ${o.origin
      ? html`<button type="button" class="link-button nearest" aria-pressed=${String(o.nearest)} @click=${() => o.onNearest(!o.nearest)}>
          ${t('map.list.nearest')}
        </button>`
      : html`<button type="button" class="link-button locate-list" @click=${o.onLocate}>${t('map.controls.locate')}</button>`}
  </div>`;
}

function renderItem(o: ListOptions, a: MapAttraction) {
  const { i18n } = o;
  const name = i18n.pick(a.name, a.language);
  const km = distanceKm(o.origin, a);
  const reader = o.hours.for(a);
  const schedule = reader?.scheduleOf(a);
  const status = schedule && reader!.statusText(i18n, schedule, o.hours.now);
  // The hours reader is on its way (a lazy chunk): the room of its line is kept, so the list does not shift when it comes.
  const room = !reader && hasHours(a);
  return html`<li>
    <button type="button" part="item" class="item" data-id=${a.id}
      aria-current=${o.selected === a.id ? 'true' : nothing} @click=${() => o.onSelect(a.id)}>
      ${glyph(a.category, 22)}
      <span class="item-text">
        <span class="item-name" lang=${name.lang && name.lang !== i18n.lang ? name.lang : nothing}>${name.text}</span>
        <span class="item-category">${o.label(a.category)}</span>
        ${km !== undefined || status || room
          ? html`<span class="item-facts">
              ${km !== undefined ? html`<span class="item-distance">${i18n.t('map.list.away', { distance: distanceText(i18n, km) })}</span>` : nothing}
              ${status ? html`<span class="item-hours" data-open=${String(status.open)}>${i18n.t(status.open ? 'map.hours.openNow' : 'map.hours.closedNow')}</span>` : room ? html`<span aria-hidden="true">\u00a0</span>` : nothing}
            </span>`
          : nothing}
      </span>
    </button>
  </li>`;
}

function renderPager(o: ListOptions, pages: number) {
  const { i18n, page } = o;
  const first = page * LIST_PAGE + 1;
  const last = Math.min(o.visible.length, (page + 1) * LIST_PAGE);
  const range = i18n.t('map.list.range', {
    from: i18n.formatNumber(first),
    to: i18n.formatNumber(last),
    total: i18n.formatNumber(o.visible.length),
  });
  // aria-disabled, not disabled: focus stays on a button that reaches the first or last page.
  return html`<nav class="pager" aria-label=${i18n.t('map.list.pages')}>
    <button type="button" class="button pager-prev" aria-disabled=${String(page === 0)}
      @click=${() => page > 0 && o.onPage(page - 1)}>${i18n.t('map.list.previous')}</button>
    <span class="pager-range">${range}</span>
    <button type="button" class="button pager-next" aria-disabled=${String(page >= pages - 1)}
      @click=${() => page < pages - 1 && o.onPage(page + 1)}>${i18n.t('map.list.next')}</button>
  </nav>`;
}

/**
 * The list alternative to the map, with the search above it: every attraction the filter
 * and the search leave, a page at a time, as buttons that open its details.
 */
export function renderList(o: ListOptions): TemplateResult {
  const { i18n, visible } = o;
  const t = (k: string, options?: Record<string, unknown>) => i18n.t(k, options);
  const pages = Math.max(1, Math.ceil(visible.length / LIST_PAGE));
  const page = Math.min(o.page, pages - 1);
  const shown = visible.slice(page * LIST_PAGE, (page + 1) * LIST_PAGE);
  const count =
    visible.length === o.total
      ? i18n.formatNumber(o.total)
      : t('map.list.count', { shown: i18n.formatNumber(visible.length), total: i18n.formatNumber(o.total) });
  const empty = !o.total ? t('map.empty') : o.appliedQuery ? t('map.search.none', { query: o.appliedQuery }) : t('map.filter.none');
  return html`<section class="list-wrap" aria-labelledby="list-title">
    ${heading(o.level, html`${t('map.list.title')} <span class="list-count">(${count})</span>`, { className: 'list-title', id: 'list-title' })}
    ${o.total > 1 ? renderSearch(o) : nothing} ${o.total > 1 ? renderOrder(o) : nothing}
    ${visible.length === 0
      ? html`<p class="empty" id="list">${empty}</p>`
      : html`<ul class="list" id="list" part="list" @keydown=${onListKeydown}>
          ${shown.map((a) => renderItem(o, a))}
        </ul>`}
    ${pages > 1 ? renderPager({ ...o, page }, pages) : nothing}
  </section>`;
}
