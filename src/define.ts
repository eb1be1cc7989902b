/**
 * Registers a custom element once. A page may load the library twice (a CMS plugin and a
 * theme each bringing a copy); the second registration must be a no-op, not an exception
 * that stops the rest of the page's scripts.
 */
import { isServer } from 'lit';
import { hydrationInstalled } from './controllers/prerendered.js';

const MARK = Symbol.for('civic-widgets.element');

export function defineOnce(tag: string, element: CustomElementConstructor): void {
  // A prerendered element must meet the hydration support before it upgrades. Bundlers order
  // chunks, not modules, so that support may run later in this same module graph: then the
  // definition waits one microtask, by which time the whole graph has run.
  const prerendered = !isServer && [...document.getElementsByTagName(tag)].some((el) => el.shadowRoot);
  if (prerendered && !hydrationInstalled()) queueMicrotask(() => define(tag, element));
  else define(tag, element);
}

function define(tag: string, element: CustomElementConstructor) {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [MARK]?: true }) | undefined;
  if (!existing) {
    customElements.define(tag, Object.assign(element, { [MARK]: true as const }));
  } else if (!existing[MARK]) {
    // Another script owns the tag: say so, instead of an element that silently never appears.
    console.warn(`[civic-widgets] <${tag}> is already defined by another script on this page; civic-widgets leaves it alone.`);
  }
}

/** Class decorator form of {@link defineOnce}: `@civicElement('civic-news-ticker')`. */
export const civicElement =
  (tag: string) =>
  (element: CustomElementConstructor): void =>
    defineOnce(tag, element);
