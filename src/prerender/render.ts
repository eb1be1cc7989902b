/**
 * Renders one element with Lit's server renderer into the markup of a declarative shadow
 * root (what browsers paint at parse time) plus its light-DOM additions (the cards' JSON-LD),
 * with the snapshot the browser replays for hydration at the end of the shadow root.
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// Registering the elements (in Node, on the server DOM shim that @lit-labs/ssr brings).
import '../components/news-ticker/news-ticker.js';
import '../components/article-cards/article-cards.js';
import '../components/attractions-map/attractions-map.js';
import '../components/partnership-panel/partnership-panel.js';
import { FEEDS_ATTRIBUTE, SNAPSHOT_ATTRIBUTE, useServerHtml, withServerSnapshot, type PrerenderSnapshot } from '../controllers/prerendered.js';

useServerHtml(unsafeHTML);

export interface RenderedElement {
  /** The shadow root's markup (styles, then Lit's hydration markers and content). */
  shadow: string;
  /** Markup for the element's light DOM (may be empty). */
  light: string;
}

/** JSON that can sit inside a `<script>`: no `<` (so no `</script>`, no `<!--`). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function renderElement(tag: string, attributes: { name: string; value: string }[], snapshot: PrerenderSnapshot): RenderedElement {
  return withServerSnapshot(snapshot, () => {
    const renderer = new LitElementRenderer(tag);
    for (const { name, value } of attributes) renderer.setAttribute(name, value);
    renderer.connectedCallback();
    const renderInfo: RenderInfo = {
      elementRenderers: [LitElementRenderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
      eventTargetStack: [],
      slotStack: [],
      deferHydration: false,
    };
    const inner = collectResultSync(renderer.renderShadow(renderInfo) ?? []);
    // Only the cards add to the light DOM (their JSON-LD); renderLight() is Lit's hook for it.
    const element = renderer.element as { renderLight?: unknown } | undefined;
    const light = typeof element?.renderLight === 'function' ? collectResultSync(renderer.renderLight(renderInfo) ?? []) : '';
    // `<?>` is how Lit marks some text boundaries; parsers make it the comment `<!--?-->`,
    // written so here the page conforms. The light DOM is never hydrated: no markers there.
    return { shadow: inner.replace(/<\?>/g, '<!--?-->'), light: light.replace(/<!--\/?lit-part[^>]*-->/g, '') };
  });
}

/** The page's one copy of each feed's data, which the snapshots refer to. */
export const feedsScript = (feeds: Record<string, unknown>) => `<script type="application/json" ${FEEDS_ATTRIBUTE}>${scriptJson(feeds)}</script>`;

/** The declarative shadow root: the rendered markup, then the snapshot for the browser's first render. */
export const shadowRoot = (shadow: string, snapshot: PrerenderSnapshot) =>
  `<template shadowrootmode="open">${shadow}<script type="application/json" ${SNAPSHOT_ATTRIBUTE}>${scriptJson(snapshot)}</script>` +
  // The last node: until it is parsed, the element's styles keep the half-arrived rest hidden.
  '<span hidden data-civic-end></span></template>';
