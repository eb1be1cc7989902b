/** RSS 2.0 and Atom 1.0, parsed inertly with the browser's DOMParser. */
import type { NewsFeed, NewsItem } from '../model.js';
import { ParseContext, toId, toIsoDate, toLang } from '../context.js';
import { parseInert } from '../inert.js';
import { bodyOfInert, toLocalized, toPlainText, tooHeavyToParse } from '../text.js';
import { safeUrl } from '../links.js';
import { attributeOf, queryIn } from '../dom-safe.js';
import { compact, cut, isBreakingTag, toCategories } from './news.js';

const MRSS = 'http://search.yahoo.com/mrss/';

const kids = (el: Element | null | undefined, name: string) =>
  el ? Array.from(el.children).filter((c) => c.localName === name) : [];
const kid = (el: Element | null | undefined, name: string) => kids(el, name)[0];
const textOf = (el: Element | undefined) => el?.textContent ?? undefined;

/** First `<img src>` of an HTML snippet (RSS descriptions often carry the picture there). */
function firstImage(html: string | undefined, base: string | undefined): string | undefined {
  if (!html || !/<img\b/i.test(html) || tooHeavyToParse(html)) return undefined;
  const body = bodyOfInert(html);
  const img = body && queryIn(body, 'img[src]');
  return img ? safeUrl(attributeOf(img, 'src'), base) : undefined;
}

/** Parses RSS/Atom text; throws an `invalidFeed` FeedError for XML that is broken or not a feed. */
export function parseXmlFeed(text: string, ctx: ParseContext): NewsFeed {
  // RSS and Atom never need a DTD; internal entities can blow a small file up to gigabytes.
  if (/<!ENTITY/i.test(text)) throw ctx.invalid('the XML declares entities (<!ENTITY>), which RSS and Atom never use');
  const doc = parseInert(text, 'application/xml');
  if (!doc) throw ctx.invalid('RSS/Atom could not be parsed here (the page’s Trusted Types policy forbids it)');
  if (doc.getElementsByTagName('parsererror').length) throw ctx.invalid('the XML is not well-formed');
  const root = doc.documentElement;
  if (root.localName === 'rss' || root.localName === 'RDF') return parseRss(root, ctx);
  if (root.localName === 'feed') return parseAtom(root, ctx);
  throw ctx.invalid(`<${root.localName}> is neither RSS nor Atom`);
}

function parseRss(root: Element, ctx: ParseContext): NewsFeed {
  const channel = kid(root, 'channel');
  if (!channel) throw ctx.invalid('the RSS has no <channel>');
  const feedLang = toLang(textOf(kid(channel, 'language')));
  // RSS 1.0 (RDF) keeps items beside the channel, RSS 2.0 inside it.
  const rawItems = kids(channel, 'item').length ? kids(channel, 'item') : kids(root, 'item');
  const items: NewsItem[] = [];
  ctx.cap(rawItems, 'items').forEach((item, index) => {
    const title = toLocalized(textOf(kid(item, 'title')));
    const description = textOf(kid(item, 'description'));
    const encoded = textOf(kid(item, 'encoded'));
    const fallbackTitle = toPlainText(description);
    if (!title && !fallbackTitle) return ctx.skip('item', index, 'title', 'is missing or empty');
    const link = textOf(kid(item, 'link'));
    const url = safeUrl(link, ctx.base);
    if (link && !url) ctx.warn(`item #${index + 1}: "link" is not a safe link and was dropped.`);
    const guid = kid(item, 'guid');
    const id = toId(textOf(guid)) ?? url ?? toId(textOf(kid(item, 'title')));
    if (!id) return ctx.skip('item', index, 'guid', 'is missing (and there is no link or title)');
    const enclosure = kids(item, 'enclosure').find((e) => (e.getAttribute('type') ?? 'image/').startsWith('image/'));
    const media = Array.from(item.getElementsByTagNameNS(MRSS, '*')).find(
      (m) => (m.localName === 'content' && (m.getAttribute('medium') === 'image' || (m.getAttribute('type') ?? '').startsWith('image/'))) || m.localName === 'thumbnail',
    );
    const image =
      safeUrl(enclosure?.getAttribute('url'), ctx.base) ??
      safeUrl(media?.getAttribute('url'), ctx.base) ??
      firstImage(description ?? encoded, ctx.base);
    const categories = toCategories(kids(item, 'category').map((c) => c.textContent ?? ''));
    const author = toPlainText(textOf(kid(item, 'creator')) ?? textOf(kid(item, 'author'))) || undefined;
    const excerpt = toPlainText(description) || toPlainText(encoded);
    items.push(
      compact<NewsItem>({
        id: ctx.uniqueId(id, index),
        url,
        title: title ?? cut(fallbackTitle, 140),
        excerpt: excerpt ? cut(excerpt, 600) : undefined,
        date: toIsoDate(textOf(kid(item, 'pubDate'))) ?? toIsoDate(textOf(kid(item, 'date'))),
        author: author?.slice(0, 200),
        categories,
        image,
        language: feedLang,
        breaking: categories.some(isBreakingTag) || undefined,
      }),
    );
  });
  return compact<NewsFeed>({ items, title: toPlainText(textOf(kid(channel, 'title'))) || undefined, language: feedLang, skipped: ctx.skipped });
}

/** Atom text constructs: type="html" is HTML, "xhtml" a div of elements, otherwise plain text. */
function atomText(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type');
  if (type === 'html') return toPlainText(el.textContent ?? '');
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim(); // text and xhtml: the text nodes, inertly
}

function parseAtom(root: Element, ctx: ParseContext): NewsFeed {
  const feedLang = toLang(root.getAttribute('xml:lang') ?? root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'));
  const feedAuthor = toPlainText(textOf(kid(kid(root, 'author'), 'name'))) || undefined;
  const items: NewsItem[] = [];
  ctx.cap(kids(root, 'entry'), 'entries').forEach((entry, index) => {
    const titleText = atomText(kid(entry, 'title'));
    const title = titleText ? toLocalized(titleText) : undefined;
    if (!title) return ctx.skip('entry', index, 'title', 'is missing or empty');
    const links = kids(entry, 'link');
    const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
    const href = alternate?.getAttribute('href');
    const url = safeUrl(href, ctx.base);
    if (href && !url) ctx.warn(`entry #${index + 1}: "link" is not a safe link and was dropped.`);
    const id = toId(textOf(kid(entry, 'id'))) ?? url;
    if (!id) return ctx.skip('entry', index, 'id', 'is missing');
    const enclosure = links.find((l) => l.getAttribute('rel') === 'enclosure' && (l.getAttribute('type') ?? '').startsWith('image/'));
    const content = kid(entry, 'content');
    const summary = atomText(kid(entry, 'summary')) || atomText(content);
    const categories = toCategories(kids(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || ''));
    const lang = toLang(entry.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')) ?? feedLang;
    items.push(
      compact<NewsItem>({
        id: ctx.uniqueId(id, index),
        url,
        title,
        excerpt: summary ? cut(summary, 600) : undefined,
        date: toIsoDate(textOf(kid(entry, 'published'))) ?? toIsoDate(textOf(kid(entry, 'updated'))),
        author: (toPlainText(textOf(kid(kid(entry, 'author'), 'name'))) || feedAuthor)?.slice(0, 200),
        categories,
        image:
          safeUrl(enclosure?.getAttribute('href'), ctx.base) ??
          (content?.getAttribute('type') === 'html' ? firstImage(content.textContent ?? '', ctx.base) : undefined),
        language: lang,
        breaking: categories.some(isBreakingTag) || undefined,
      }),
    );
  });
  return compact<NewsFeed>({ items, title: atomText(kid(root, 'title')) || undefined, language: feedLang, skipped: ctx.skipped });
}
