import { html, nothing, type TemplateResult } from 'lit';
import type { Localized, NewsItem } from '../../feeds/types.js';
import { allTexts } from '../../feeds/localized.js';
import type { SectionContext } from './context.js';
import { heading } from '../../ui/heading.js';
import { icon } from './icons.js';
import { safeUrl } from '../../feeds/links.js';
import { langOf } from './voice.js';

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase();
const when = (item: NewsItem) => {
  const t = item.date ? new Date(item.date).getTime() : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * The latest `limit` news items of a partnership, newest first (undated items last): those
 * whose categories include `tag` (case-insensitive, any language of either) and those the feed links to the
 * partnership `id` (JSON Feed `_civic.partnership`).
 */
export function jointNews(
  items: readonly NewsItem[] | undefined,
  tag: Localized | undefined,
  limit: number,
  id?: string,
): NewsItem[] {
  const wanted = allTexts(tag).map(fold).filter(Boolean);
  if (!items || !Array.isArray(items) || (!wanted.length && id === undefined)) return [];
  const max = Number.isFinite(limit) ? Math.max(0, Math.trunc(limit)) : 3;
  const tagged = (item: NewsItem) =>
    Array.isArray(item?.categories) &&
    item.categories.some((c) => allTexts(c).some((text) => wanted.includes(fold(text))));
  return items
    .filter((item) => item && (tagged(item) || (id !== undefined && item.partnership === id)))
    .map((item, i) => [item, i] as const)
    .sort(([a, i], [b, j]) => when(b) - when(a) || i - j)
    .slice(0, max)
    .map(([item]) => item);
}

/** What the panel knows about the news feed when it renders. */
export interface NewsView {
  state: 'idle' | 'loading' | 'ready' | 'stale' | 'error';
  items: NewsItem[];
}

/** Joint news: links to the latest tagged items with their dates, or a short state line. */
export function renderJointNews(ctx: SectionContext, news: NewsView): TemplateResult {
  const { voice } = ctx;
  let body: TemplateResult;
  if (news.state === 'loading' || news.state === 'idle') {
    body = html`<p class="note">${voice.t('common.loading')}</p>`;
  } else if (news.state === 'error' && !news.items.length) {
    body = html`<p class="note">${voice.t('panel.newsError')}</p>`;
  } else if (!news.items.length) {
    body = html`<p class="note">${voice.t('panel.newsEmpty')}</p>`;
  } else {
    body = html`<ul class="news-list" role="list">
      ${news.items.map((item) => {
        const title = voice.pick(item.title, item.language);
        const url = safeUrl(item.url);
        const date = voice.date(item.date);
        return html`<li class="news-item" part="news-item">
          ${icon('news')}
          <div>
            ${url
              ? html`<a href=${url} part="link" lang=${langOf(voice, title)}>${title.text}</a>`
              : html`<span lang=${langOf(voice, title)}>${title.text}</span>`}
            ${date ? html`<time class="when" datetime=${item.date!}>${date}</time>` : nothing}
          </div>
        </li>`;
      })}
    </ul>`;
  }
  return html`<section class="section news" part="section news" aria-busy=${news.state === 'loading' ? 'true' : nothing}>
    ${heading(ctx.level, voice.t('panel.news'))}
    ${body}
  </section>`;
}
