/** RSS 0.9x, 1.0 (RDF) and 2.0, with the modules CMSs add (dc, content, media, itunes, atom). */
import type { NewsFeed, NewsItem } from '../model.js';
import type { Steps } from '../steps.js';
import { ParseContext, toId, toLang } from '../context.js';
import { toLocalized, toPlainText } from '../text.js';
import { safeUrl } from '../links.js';
import { compact, cut, hasBreakingTag, toCategories } from './news.js';
import { NS, entriesOf, baseOf, firstDate, firstImage, imageUrl, inNs, isAtom, isCore, itunesImage, kid, kids, mediaImage, personName, plain } from './xml-read.js';

// Links that are never the article itself.
const NOT_THE_PAGE = new Set(['self', 'edit', 'hub', 'replies', 'enclosure', 'via', 'next', 'previous', 'first', 'last', 'license', 'payment']);

/**
 * The item's web page: its own `<link>`; else an Atom link inside RSS (`atom:link`,
 * `a10:link` from .NET) with rel="alternate" or none; else a `<guid>` that is a permalink
 * (RSS 2.0: isPermaLink defaults to true) and looks like an address.
 */
function itemUrl(item: Element, base: (el: Element) => string | undefined): string | undefined {
  for (const link of kids(item, 'link', isCore)) {
    const href = plain(link) || link.getAttribute('href');
    const url = safeUrl(href, base(link));
    if (url) return url;
  }
  const atomLinks = kids(item, 'link', isAtom).filter((l) => !NOT_THE_PAGE.has((l.getAttribute('rel') ?? 'alternate').toLowerCase()));
  atomLinks.sort((a, b) => Number(b.getAttribute('rel') === 'alternate') - Number(a.getAttribute('rel') === 'alternate'));
  for (const link of atomLinks) {
    const url = safeUrl(link.getAttribute('href'), base(link));
    if (url) return url;
  }
  const guid = kid(item, 'guid', isCore);
  if (guid && guid.getAttribute('isPermaLink')?.trim().toLowerCase() !== 'false') {
    const text = plain(guid);
    // An id such as "12345" or "tag:…" is not an address; "/aktualnosci/12345.html" is.
    if (/^https?:\/\//i.test(text) || (/^[^\s:]*[/?.]/.test(text) && !/^\d+$/.test(text))) {
      const url = safeUrl(text, base(guid));
      if (url && /^https?:/i.test(url)) return url;
    }
  }
  return undefined;
}

function itemImage(item: Element, channel: Element, encoded: string | undefined, description: string | undefined, base: (el: Element) => string | undefined): string | undefined {
  for (const enclosure of kids(item, 'enclosure', isCore)) {
    const url = imageUrl(enclosure.getAttribute('url'), enclosure.getAttribute('type'), null, base(enclosure));
    if (url) return url;
  }
  for (const link of kids(item, 'link', isAtom).filter((l) => l.getAttribute('rel') === 'enclosure')) {
    const url = imageUrl(link.getAttribute('href'), link.getAttribute('type') ?? '', null, base(link));
    if (url) return url;
  }
  return (
    mediaImage(item, base) ??
    itunesImage(item, base(item)) ??
    itunesImage(channel, base(channel)) ??
    // Only when nothing else names a picture: the first one of the article's own text.
    firstImage(encoded, base(item)) ??
    firstImage(description, base(item))
  );
}

export function* rssSteps(root: Element, ctx: ParseContext): Steps<NewsFeed> {
  const channel = kid(root, 'channel', isCore);
  if (!channel) throw ctx.invalid('the RSS has no <channel>');
  const memo = new Map<Element, string | undefined>();
  const base = (el: Element) => baseOf(el, ctx.base, memo);
  const feedLang = toLang(plain(kid(channel, 'language', isCore))) ?? toLang(plain(kid(channel, 'language', inNs(NS.dc))));
  // RSS 1.0 (RDF) keeps items beside the channel, RSS 2.0 inside it.
  const inside = entriesOf(channel, 'item', isCore);
  const rawItems = inside.length ? inside : entriesOf(root, 'item', isCore);
  const items: NewsItem[] = [];
  const list = ctx.entries(rawItems, 'items');
  const read = (item: Element, index: number): void => {
    const titleText = kid(item, 'title', isCore)?.textContent ?? kid(item, 'title', inNs(NS.dc))?.textContent;
    const title = toLocalized(titleText);
    const description = kid(item, 'description', isCore)?.textContent ?? kid(item, 'description', inNs(NS.dc))?.textContent;
    const encoded = kid(item, 'encoded', inNs(NS.content))?.textContent;
    const fallbackTitle = title ? '' : toPlainText(description) || toPlainText(encoded);
    if (!title && !fallbackTitle) return ctx.skip('item', index, 'title', 'is missing or empty');
    const url = itemUrl(item, base);
    const rawLink = plain(kid(item, 'link', isCore));
    if (rawLink && !url) ctx.warn(`item #${index + 1}: "link" is not a safe link and was dropped.`);
    const date = firstDate(kid(item, 'pubDate', isCore), kid(item, 'date', inNs(NS.dc)), kid(item, 'published', isAtom), kid(item, 'updated', isAtom), kid(item, 'issued', inNs(NS.dcterms)), kid(item, 'modified', inNs(NS.dcterms)));
    const id = toId(plain(kid(item, 'guid', isCore))) ?? url ?? toId(`${plain(kid(item, 'title', isCore))}|${date ?? ''}`.replace(/\|$/, ''));
    if (!id) return ctx.skip('item', index, 'guid', 'is missing (and there is no link or title)');
    const categories = toCategories([...kids(item, 'category', isCore), ...kids(item, 'subject', inNs(NS.dc))].map((c) => c.textContent ?? ''));
    const author =
      personName(kid(item, 'creator', inNs(NS.dc))?.textContent) ??
      personName(kid(item, 'author', isCore)?.textContent) ??
      personName(kid(kid(item, 'author', isAtom), 'name', isAtom)?.textContent) ??
      personName(kid(item, 'author', (el) => el.namespaceURI === NS.itunes)?.textContent);
    const excerpt = toPlainText(description) || toPlainText(encoded);
    const lang = toLang(plain(kid(item, 'language', inNs(NS.dc)))) ?? feedLang;
    items.push(
      compact<NewsItem>({
        id: ctx.uniqueId(id, index),
        url,
        title: title ?? cut(fallbackTitle, 140),
        excerpt: excerpt ? cut(excerpt, 600) : undefined,
        date,
        author,
        categories,
        image: itemImage(item, channel, encoded, description, base),
        language: lang,
        breaking: hasBreakingTag(categories) || undefined,
      }),
    );
  };
  for (let i = 0; i < list.length; i++) {
    read(list[i], i);
    yield;
  }
  return compact<NewsFeed>({ items, title: toPlainText(kid(channel, 'title', isCore)?.textContent) || undefined, language: feedLang, skipped: ctx.skipped });
}


