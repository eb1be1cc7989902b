/** Atom 1.0 (RFC 4287) and the older Atom 0.3 that some blogs and agencies still serve. */
import type { NewsFeed, NewsItem } from '../model.js';
import type { Steps } from '../steps.js';
import { ParseContext, toId, toLang } from '../context.js';
import { toLocalized, toPlainText } from '../text.js';
import { safeUrl } from '../links.js';
import { compact, cut, hasBreakingTag, toCategories } from './news.js';
import { NS, entriesOf, atomText, baseOf, firstDate, firstImage, firstXhtmlImage, imageUrl, inNs, isAtom, kid, kids, mediaImage, personName } from './xml-read.js';

// An Atom document's own elements; a feed without xmlns still counts.
const own = (el: Element) => isAtom(el) || !el.namespaceURI;
const langOf = (el: Element) => toLang(el.getAttributeNS(NS.xml, 'lang') ?? el.getAttribute('xml:lang'));

/** The entry's web page: rel="alternate" (the default), HTML first; never self, edit, enclosure… */
function entryUrl(links: Element[], base: (el: Element) => string | undefined): string | undefined {
  const pages = links.filter((l) => (l.getAttribute('rel') ?? 'alternate').toLowerCase() === 'alternate');
  pages.sort((a, b) => Number(/html/i.test(b.getAttribute('type') ?? 'html')) - Number(/html/i.test(a.getAttribute('type') ?? 'html')));
  for (const link of pages) {
    const url = safeUrl(link.getAttribute('href'), base(link));
    if (url) return url;
  }
  return undefined;
}

function entryImage(entry: Element, links: Element[], content: Element | undefined, summary: Element | undefined, base: (el: Element) => string | undefined) {
  for (const link of links.filter((l) => l.getAttribute('rel') === 'enclosure')) {
    const url = imageUrl(link.getAttribute('href'), link.getAttribute('type') ?? '', null, base(link));
    if (url) return url;
  }
  const media = mediaImage(entry, base);
  if (media) return media;
  for (const text of [content, summary]) {
    if (!text) continue;
    const type = (text.getAttribute('type') ?? '').toLowerCase();
    const image = type === 'xhtml' || type === 'application/xhtml+xml' ? firstXhtmlImage(text, base(text)) : /html/.test(type) ? firstImage(text.textContent ?? '', base(text)) : undefined;
    if (image) return image;
  }
  return undefined;
}

const authorOf = (el: Element | undefined) => {
  const author = kid(el, 'author', own);
  return personName(kid(author, 'name', own)?.textContent) ?? personName(kid(el, 'creator', inNs(NS.dc))?.textContent);
};

export function* atomSteps(root: Element, ctx: ParseContext): Steps<NewsFeed> {
  const memo = new Map<Element, string | undefined>();
  const base = (el: Element) => baseOf(el, ctx.base, memo);
  const feedLang = langOf(root);
  const feedAuthor = authorOf(root);
  const items: NewsItem[] = [];
  const list = ctx.entries(entriesOf(root, 'entry', own), 'entries');
  const read = (entry: Element, index: number): void => {
    const titleEl = kid(entry, 'title', own);
    const title = toLocalized(atomText(titleEl));
    if (!title) return ctx.skip('entry', index, 'title', 'is missing or empty');
    const links = kids(entry, 'link', own);
    const url = entryUrl(links, base);
    const date = firstDate(kid(entry, 'published', own), kid(entry, 'updated', own), kid(entry, 'issued', own), kid(entry, 'modified', own), kid(entry, 'created', own), kid(entry, 'date', inNs(NS.dc)));
    // No <id> (hand-made feeds): the link, else the title and date, keep the entry apart.
    const id = toId(kid(entry, 'id', own)?.textContent) ?? url ?? toId(`${atomText(titleEl)}|${date ?? ''}`);
    if (!id) return ctx.skip('entry', index, 'id', 'is missing');
    const content = kid(entry, 'content', own);
    const summaryEl = kid(entry, 'summary', own);
    const summary = atomText(summaryEl) || atomText(content);
    const categories = toCategories(kids(entry, 'category', own).map((c) => c.getAttribute('label') || c.getAttribute('term') || c.textContent || ''));
    items.push(
      compact<NewsItem>({
        id: ctx.uniqueId(id, index),
        url,
        title,
        excerpt: summary ? cut(summary, 600) : undefined,
        date,
        author: authorOf(entry) ?? feedAuthor,
        categories,
        image: entryImage(entry, links, content, summaryEl, base),
        language: langOf(entry) ?? feedLang,
        breaking: hasBreakingTag(categories) || undefined,
      }),
    );
  };
  for (let i = 0; i < list.length; i++) {
    read(list[i], i);
    yield;
  }
  return compact<NewsFeed>({ items, title: toPlainText(atomText(kid(root, 'title', own))) || undefined, language: feedLang, skipped: ctx.skipped });
}


