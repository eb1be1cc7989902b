/**
 * civic-widgets' CDN entry, `dist/civic-widgets.js`: the one script a page includes. It is a
 * small loader. It reserves each element's height before its code has arrived (a page
 * stylesheet, see page-styles.ts) and fetches an element's code, with its words, only when
 * its tag is on the page: at start, when a tag is added later (a CMS, a framework,
 * `innerHTML`, inside open shadow roots too), or as soon as a script creates one with
 * `document.createElement` (frameworks set properties before they insert: those are kept).
 * Chunks load relative to this file, so the library may live on another origin (a CDN).
 * Bundlers use the package entry (src/index.ts) or the per-element entries instead.
 */
import { ELEMENTS } from './elements.js';
import { pageStyles } from './page-styles.js';
import type { EarlyRequest } from '../feeds/early.js';

/**
 * Where the feed requests started here wait for src/feeds/early.ts (its EARLY); being there
 * also says that a loader runs on this page: a second copy of the loader (a theme and a
 * plugin each bringing one) leaves it to the first.
 */
const EARLY = Symbol.for('civic-widgets.early');
const scope = globalThis as typeof globalThis & { [EARLY]?: Map<string, EarlyRequest> };
const OPTIONS = { childList: true, subtree: true };
const TAGS = Object.keys(ELEMENTS);

/**
 * Runs once, before the first element module is imported. On a prerendered page (tags that
 * arrive with declarative shadow roots, `civic-widgets prerender`) Lit's hydration support
 * must load before any element module; other pages never fetch it.
 */
const prepare = () =>
  [...document.querySelectorAll(TAGS.join())].some((el) => el.shadowRoot && !customElements.get(el.localName))
    ? import('../hydration.js')
    : 0;

if (!scope[EARLY]) start(TAGS);

function start(waiting: string[]) {
  const early = (scope[EARLY] = new Map());
  let prepared: unknown;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageStyles());
    document.adoptedStyleSheets.push(sheet);
  } catch {
    // No constructable stylesheets or no array to push to (Safari before 16.4, Chromium before
    // 99): elements load, without reserved heights.
  }

  const need = (el: Element) => {
    const tag = el.localName;
    const [load, , accept] = ELEMENTS[tag]!;
    // The feed downloads beside the code: asked as src/feeds/loader.ts asks (`mode: 'cors'` and
    // `redirect: 'follow'` are fetch's defaults; a `{lang}` address waits for the element's
    // language), taken over there (src/feeds/early.ts).
    const src = el.getAttribute('src');
    if (src && !src.includes('{') && !customElements.get(tag)) {
      try {
        const url = new URL(src.trim(), document.baseURI);
        if (!early.has(url.href)) {
          const abort = new AbortController();
          const response = fetch(url, {
            signal: abort.signal,
            headers: url.origin === location.origin ? { Accept: accept } : {},
            cache: 'no-cache',
            credentials: 'omit',
            referrerPolicy: 'strict-origin-when-cross-origin',
          });
          response.catch(() => {}); // the element reports it
          early.set(url.href, [response, abort, accept, Date.now()]);
        }
      } catch {
        // not a URL: the element says so
      }
    }
    if (waiting.includes(tag)) {
      waiting = waiting.filter((name) => name !== tag);
      Promise.resolve((prepared ??= prepare())).then(load).catch((error: unknown) => {
        waiting.push(tag); // tried again when the next such tag appears
        console.error(error); // names the file that could not be fetched
      });
    }
  };

  // A tag more than a screen below the window waits until the visitor comes that near: what
  // is seen first does not share the phone's network and processor with it (its loading state
  // is as tall as its data will be, so arriving in view moves nothing). `loading="eager"`
  // loads it at once.
  const nearby = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          nearby.unobserve(entry.target);
          need(entry.target);
        }
      }
    },
    { rootMargin: '0px 0px 100%' },
  );
  const found = (el: Element) =>
    el.getAttribute('loading') === 'eager' || el.getBoundingClientRect().top < 2 * innerHeight ? need(el) : nearby.observe(el);

  // Looks at an element (or a root) and everything inside it. Open shadow roots are watched
  // like the document: a page built of components may hold tags there (they load, though the
  // page stylesheet, and so the reserved height, is the document's only). The observer stays
  // for the page's life: a tag may arrive at any time.
  const look = (node: ParentNode) => {
    for (const el of [node, ...node.querySelectorAll('*')] as Element[]) {
      if (el.localName in ELEMENTS) found(el);
      else if (el.shadowRoot) {
        observer.observe(el.shadowRoot, OPTIONS);
        look(el.shadowRoot);
      }
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) look(node);
  });

  // A framework creates an element, sets its properties, then inserts it. Before the element's
  // code has arrived, React would turn properties the element does not have yet into
  // attributes (`items="[object Object]"`): a stand-in prototype answers `in` for them until
  // the upgrade replaces it, and what is set becomes an own property, which Lit takes over.
  const create = document.createElement;
  document.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
    const el = create.apply(this, args);
    const entry = ELEMENTS[el.localName];
    if (entry && !customElements.get(el.localName)) {
      const names = entry[1].split(' ');
      Object.setPrototypeOf(el, new Proxy(HTMLElement.prototype, { has: (target, key) => key in target || names.includes(key as string) }));
      need(el);
    }
    return el;
  } as Document['createElement'];

  observer.observe(document, OPTIONS);
  look(document);
}
