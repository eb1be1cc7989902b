/**
 * Registers a custom element once. A page may load the library twice (a CMS plugin and a
 * theme each bringing a copy); the second registration must be a no-op, not an exception
 * that stops the rest of the page's scripts.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Class decorator form of {@link defineOnce}: `@civicElement('civic-news-ticker')`. */
export const civicElement =
  (tag: string) =>
  (element: CustomElementConstructor): void =>
    defineOnce(tag, element);
