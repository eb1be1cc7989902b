import { fixture, html, nextFrame } from '@open-wc/testing';

/** The bundled files, loaded through the feed layer as a page would. */
export const BUNDLED = { src: '/data/partnership.json', 'news-src': '/data/news.json' };
import type { NewsItem, Partnership } from '../../../src/feeds/types.js';
import type { CivicPartnershipPanel } from '../../../src/components/partnership-panel/partnership-panel.js';
import '../../../src/components/partnership-panel/partnership-panel.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the raw JSON file, read field by field

/** data/partnership.json as the panel's property data (emblem paths made page-relative). */
export async function bundledPartnerships(): Promise<Partnership[]> {
  const file = (await (await fetch('/data/partnership.json')).json()) as Json;
  return file.partnerships.map((p: Json) => ({
    ...p,
    cities: p.cities.map((c: Json) => ({ ...c, emblem: c.emblem && `/data/${c.emblem}` })),
  }));
}

/** The reference: geodesic Sochaczew–Krefeld on WGS84 (GeographicLib/Vincenty), km. */
export const SOCHACZEW_KREFELD_KM = 947.348;

/** Waits until neither the partnership file nor the news feed is loading (at most 4 s). */
export async function settled(el: HTMLElement) {
  const deadline = Date.now() + 4000;
  while (Date.now() < deadline) {
    const busy =
      el.getAttribute('feed-state') === 'loading' ||
      !!el.shadowRoot?.querySelector('[aria-busy="true"]');
    if (!busy) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await (el as CivicPartnershipPanel).updateComplete;
  await nextFrame();
}

/** Renders a panel inside a box of `width` px with the given language and settles it. */
export async function renderPanel(
  options: {
    lang?: string;
    width?: number;
    partnerships?: unknown[];
    newsItems?: NewsItem[];
    attrs?: Record<string, string>;
    /** Wait for loading to finish (default true). */
    wait?: boolean;
  } = {},
): Promise<CivicPartnershipPanel> {
  const box = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'pl'} style="width: ${options.width ?? 1000}px"></div>`,
  );
  const el = document.createElement('civic-partnership-panel');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  if (options.partnerships) el.partnerships = options.partnerships;
  if (options.newsItems) el.newsItems = options.newsItems;
  box.append(el);
  await el.updateComplete;
  if (options.wait !== false) await settled(el);
  await nextFrame();
  return el;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
