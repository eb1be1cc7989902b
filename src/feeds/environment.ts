/**
 * The DOM the feed layer parses feed markup with and builds sanitized nodes in, and the
 * address relative links resolve against. In a browser these are the page's own; the Node
 * prerenderer (src/prerender/) installs a window of its own with {@link useFeedDom}, since
 * Node has no DOM. Nothing in feeds/ reads these globals any other way.
 */
export interface FeedDom {
  DOMParser: typeof DOMParser;
  Node: typeof Node;
  CharacterData: typeof CharacterData;
  Element: typeof Element;
  Document: typeof Document;
  /** Creates the sanitized nodes; its `baseURI` is the page's address. */
  document: Document;
}

let installed: FeedDom | undefined;

/** The DOM in use: the one installed by {@link useFeedDom}, else the page's globals. */
export const feedDom = (): FeedDom => installed ?? (globalThis as unknown as FeedDom);

/** Node only (the prerenderer): gives the feed layer a DOM. */
export function useFeedDom(dom: FeedDom): void {
  installed = dom;
}

/** The page's address, which relative URLs resolve against (`document.baseURI`). */
export const pageBase = (): string => feedDom().document.baseURI;

/** Node types by number: the same in every DOM, and no global `Node` is needed to name them. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
