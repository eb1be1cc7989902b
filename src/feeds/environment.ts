/**
 * Where the feed layer builds sanitized nodes, and the address relative links resolve
 * against: in a browser the page's `document`; in Node (the prerenderer, src/prerender/),
 * where there is none, a document it hands in with {@link useFeedDocument} (its `baseURI` is
 * the page's address). Parsing has its own seam (`useInertParser` in inert.ts).
 */
let installed: Document | undefined;

/** Node only (the prerenderer): the document to build nodes in, whose address is the page's. */
export function useFeedDocument(doc: Document): void {
  installed = doc;
}

/** The document sanitized nodes are built in. */
export const feedDocument = (): Document => installed ?? document;

/** The page's address, which relative URLs resolve against (`document.baseURI`; a worker's location). */
export const pageBase = (): string | undefined =>
  (installed ?? (globalThis as { document?: Document }).document)?.baseURI ?? (globalThis as { location?: Location }).location?.href;
