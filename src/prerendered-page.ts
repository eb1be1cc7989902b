/**
 * Whether the page holds prerendered civic-widgets elements: a declarative shadow root is
 * there before any script defines the element. Tiny and free of Lit, so a loader can ask
 * before it decides to load the hydration support (src/hydration.ts).
 */
export const PRERENDERABLE_TAGS = ['civic-news-ticker', 'civic-article-cards', 'civic-attractions-map', 'civic-partnership-panel'] as const;

export const hasPrerenderedElements = (root: ParentNode = document): boolean =>
  [...root.querySelectorAll(PRERENDERABLE_TAGS.join(','))].some((el) => el.shadowRoot !== null);
