/**
 * `prerender(html, options)`: writes every civic-widgets element of a page back with its
 * content rendered in, as declarative shadow DOM that browsers paint at once, readable
 * without JavaScript and by search engines; in the browser the elements then take that DOM
 * over (hydration) and refresh from their feeds. Node only; the CLI
 * (`npx civic-widgets prerender`) is a thin layer over it.
 */
import { createHash } from 'node:crypto';
import { resolve, dirname } from 'node:path';
import { FeedError } from '../feeds/problem.js';
import { DEFAULT_LANGUAGE, supportedLanguage } from '../i18n/i18n.js';
import type { PrerenderedFeed, PrerenderSnapshot } from '../controllers/prerendered.js';
import { useNodeDom } from './dom.js';
import { PRERENDERED_ELEMENTS } from './elements.js';
import { applyEdits, findElements, type Edit, type FoundElement } from './page.js';
import type { ReadFeed } from './read-feed.js';
import { PageFeeds } from './page-feeds.js';
import { feedsScript, renderElement, shadowRoot } from './render.js';
import { FEEDS_ATTRIBUTE } from '../controllers/prerendered.js';
import { pageAddress, relativize } from './urls.js';

export type { FeedBody, ReadFeed } from './read-feed.js';

export interface PrerenderOptions {
  /**
   * The page's file: relative feed addresses (`src="data/news.json"`) are read from files
   * beside it, as the browser would fetch them beside the page. Default: `index.html` in the
   * current folder.
   */
  file?: string;
  /**
   * The page's public address (`https://city.example/news/`). Links, images and JSON-LD
   * then come out absolute, and a relative feed with no file beside the page is fetched
   * from there. Without it, relative addresses stay relative.
   */
  baseUrl?: string;
  /** The folder `/…` feed addresses are read from (the site's document root). Default: the page's folder. */
  root?: string;
  /** Seconds to wait for each feed (default 10). */
  timeout?: number;
  /** The time zone dates are written in (IANA name, e.g. "Europe/Warsaw"). Default: this machine's. */
  timeZone?: string;
  /** Reads every feed instead of the network and the files (a CMS hands over what it has). */
  readFeed?: ReadFeed;
}

/** What happened to one element. */
export interface PrerenderedElement {
  tag: string;
  /** The start tag as written in the page. */
  startTag: string;
  /** `rendered`; `skipped`: left as it was (no feed address, or a feed problem, see `problem`). */
  status: 'rendered' | 'skipped';
  /** The language it was rendered in. */
  lang?: string;
  /** Why it was left as it was, in one line. */
  problem?: string;
  /** Notes that did not stop it (e.g. the page's language is not one the library speaks). */
  notes: string[];
}

export interface PrerenderResult {
  /** The page with the elements rendered in; elements with problems are left exactly as they were. */
  html: string;
  elements: PrerenderedElement[];
  /** One line per element left as it was, and per note. */
  problems: string[];
  /**
   * The prerendered `<style>` elements as Content-Security-Policy sources (`'sha256-…'`): a
   * page whose policy allows no inline style adds these to `style-src`, or it shows the
   * prerendered content unstyled until the script has run.
   */
  styleHashes: string[];
}

const canonical = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
};

/** The language the element speaks in the browser, as far as the page tells (no visitor here). */
function serverLocale(found: FoundElement, notes: string[]): { lang: string; locale: string } {
  const lang = found.lang ? supportedLanguage(found.lang) : undefined;
  if (lang) return { lang, locale: canonical(found.lang!) ?? lang };
  notes.push(
    found.lang
      ? `lang="${found.lang}" is not a language civic-widgets speaks: prerendered in Polish; the browser then switches to the visitor's language`
      : `the page sets no lang: prerendered in Polish; the browser then switches to the visitor's language (set <html lang>)`,
  );
  return { lang: DEFAULT_LANGUAGE, locale: DEFAULT_LANGUAGE };
}

const attribute = (found: FoundElement, name: string) => found.attributes.find((a) => a.name === name)?.value;

const reason = (error: unknown) =>
  error instanceof FeedError ? error.problem.message.replace(/\.$/, '') : error instanceof Error ? error.message : String(error);

/** Prerenders every civic-widgets element of `html`. Never throws for a feed problem: that element is left as it was. */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const file = resolve(options.file ?? 'index.html');
  const pageUrl = pageAddress(file, options.baseUrl);
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  new Intl.DateTimeFormat('en', { timeZone }); // an unknown zone throws here, before any work
  const read = { pageDir: dirname(file), root: options.root && resolve(options.root), baseUrl: options.baseUrl, pageUrl, timeoutMs: (options.timeout ?? 10) * 1000, readFeed: options.readFeed };

  const page = findElements(html, FEEDS_ATTRIBUTE);
  const feeds = new PageFeeds(read);
  const results: PrerenderedElement[] = [];
  const edits: Edit[] = page.remove.map(({ start, end }) => ({ start, end, text: '' }));
  let renderedCount = 0;
  const styleHashes = new Set<string>();
  for (const element of page.elements) {
    const notes: string[] = [];
    const result: PrerenderedElement = { tag: element.tag, startTag: element.startTag, status: 'skipped', notes };
    results.push(result);
    const { lang, locale } = serverLocale(element, notes);
    const wanted = PRERENDERED_ELEMENTS[element.tag]
      .map(({ attribute: name, kind }) => ({ name, kind, src: attribute(element, name) ?? '' }))
      .filter(({ src }) => src.trim());
    if (!wanted.some(({ name }) => name === 'src')) {
      result.problem = 'it has no src (its data is set by a script): left as it was';
      continue;
    }
    const address = (src: string) => src.trim().replace(/\{lang\}/g, encodeURIComponent(lang));
    const failed = (name: string, src: string) => (error: unknown) => {
      throw new Error(`${name}="${src}": ${reason(error)}`);
    };
    try {
      const reads = await Promise.all(wanted.map(({ name, kind, src }) => feeds.read(kind, address(src)).catch(failed(name, src))));
      // From here to the last string synchronously: the page address of the shared DOM and
      // the server snapshot belong to this element alone.
      useNodeDom(pageUrl);
      const parsed: PrerenderedFeed[] = wanted.map(({ name, kind, src }, i) => {
        try {
          return { kind, src, savedAt: reads[i].savedAt, ...feeds.parse(kind, address(src), reads[i], notes) };
        } catch (error) {
          return failed(name, src)(error);
        }
      });
      const headingLevel = Math.min((element.headingBefore ?? 1) + 1, 6);
      const snapshot: PrerenderSnapshot = { v: 1, lang, locale, timeZone, headingLevel, feeds: parsed };
      const rendered = renderElement(element.tag, element.attributes, snapshot);
      // The browser replays the snapshot from the page's one copy of each feed.
      const shipped: PrerenderSnapshot = {
        ...snapshot,
        feeds: parsed.map(({ kind, src, savedAt, url, data }) => ({ kind, src, savedAt, ref: feeds.ref(kind, url!, data), data: undefined as never })),
      };
      const markup = shadowRoot(relativize(rendered.shadow, pageUrl), shipped) + relativize(rendered.light, pageUrl);
      for (const [, css] of rendered.shadow.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        styleHashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      }
      edits.push(...element.remove.map(({ start, end }) => ({ start, end, text: '' })));
      edits.push({ start: element.insertAt, end: element.insertAt, text: markup });
      renderedCount += 1;
      result.status = 'rendered';
      result.lang = lang;
    } catch (error) {
      result.problem = `${reason(error)}: left as it was`;
    }
  }
  const problems = results.flatMap((r) => [
    ...(r.problem ? [`${r.startTag}: ${r.problem}`] : []),
    ...r.notes.map((note) => `${r.startTag}: ${note}`),
  ]);
  // At the end of the body: the content comes first (painted before the data is even read);
  // module scripts, which define the elements, run once the whole page is parsed.
  if (renderedCount) edits.push({ start: page.bodyEnd, end: page.bodyEnd, text: feedsScript(feeds.store) });
  return { html: applyEdits(html, edits), elements: results, problems, styleHashes: [...styleHashes] };
}
