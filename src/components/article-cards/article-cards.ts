import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { civicElement } from '../../define.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { themeStyles } from '../../ui/theme.styles.js';
import { cardsStyles } from './article-cards.styles.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { FeedController, type FeedState } from '../../controllers/feed-controller.js';
import { HeadingLevelController } from '../../controllers/heading-level-controller.js';
import { feedStatusStyles, renderFeedStatus } from '../../ui/feed-status.js';
import { filterByCategory, isUsableItem, isValidDate, renderNewsTime, safeHref, shownCategories } from '../../ui/news-meta.js';
import { CivicPageChangeEvent } from '../../events.js';
import type { NewsItem } from '../../feeds/types.js';
import { buildJsonLd, setJsonLdText } from './json-ld.js';
import { isReplaying, serverHtml } from '../../controllers/prerendered.js';
import { newsDescriptor } from '../../feeds/kinds/news.js';
import './strings.js'; // this element's section of the locales


/** The title's tag for a heading level (2–6; anything else, which HeadingLevelController never gives, is h2). */
const heading = (level: number) => unsafeStatic(`h${/^[2-6]$/.test(String(level)) ? level : 2}`);

const svg = (path: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
const ICON_USER = 'M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-8 2.2-8 5v3h16v-3c0-2.8-3.6-5-8-5z';
const ICON_CALENDAR = 'M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zM5 9h14v11H5z';
const ICON_EYE = 'M12 5C6.5 5 2.7 9.4 1.5 12c1.2 2.6 5 7 10.5 7s9.3-4.4 10.5-7C21.3 9.4 17.5 5 12 5zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8zm0-2a2 2 0 1 0 0-4 2 2 0 0 0 0 4z';
const ICON_IMAGE = 'M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 12 4.5-5 3.5 4 2.5-3L20 16V6H4zm11-7.5a1.5 1.5 0 1 0 3 0 1.5 1.5 0 0 0-3 0z';

/**
 * News articles as cards, like the lists of a city news site: image, categories, title,
 * author, date, view count, excerpt and "read more". The title is the card's one link and
 * covers the whole card, so the card is clickable without nested links and the keyboard
 * meets one stop per card. A CMS's placeholder category ("Uncategorized", "Bez kategorii")
 * is not shown as a chip.
 *
 * While it reads `src`, the host carries `feed-state="loading|ready|stale|error"`. With
 * `seo`, a `<script type="application/ld+json">` is added to its light DOM (through the
 * Trusted Types policy `civic-widgets-json-ld` where Trusted Types exist).
 *
 * @fires civic-page-change - More articles were shown ("load more"): `detail.shown`, `detail.total`.
 * @fires civic-feed-load - The feed at `src` loaded (fired by the feed controller).
 * @fires civic-feed-error - The feed at `src` failed (fired by the feed controller).
 *
 * @csspart list - The list of cards.
 * @csspart card - One card (list item).
 * @csspart media - The image box (fixed aspect ratio), also when showing the placeholder.
 * @csspart image - The image.
 * @csspart categories - The category chips.
 * @csspart title - The title heading.
 * @csspart link - The title link (stretched over the card).
 * @csspart meta - Author, date and views.
 * @csspart excerpt - The excerpt.
 * @csspart read-more - The "Czytaj dalej" link.
 * @csspart footer - Count and "load more" below the cards.
 * @csspart load-more - The "load more" button.
 * @csspart message - Empty-state message.
 * @csspart feed-status - The error / "may be out of date" message of the feed.
 *
 * @cssprop --civic-card-background - Card background (default: surface colour).
 * @cssprop --civic-card-gap - Space between cards (default 1.25rem).
 * @cssprop --civic-card-image-ratio - Aspect ratio of the image box (default 16 / 9).
 * @cssprop --civic-card-category-background - Category chip background (default: accent).
 * @cssprop --civic-card-category-color - Category chip text (default: on-accent).
 * @cssprop --civic-card-title-size - Title font size (default 1.125em: relative to the text around the element).
 *
 * @customElement civic-article-cards
 */
@civicElement('civic-article-cards')
export class CivicArticleCards extends LitElement {
  static override styles = [themeStyles, feedStatusStyles, cardsStyles];

  private readonly i18n = new I18nController(this);
  // `.items` wins: with items set, nothing is fetched.
  private readonly feed = new FeedController(this, {
    descriptor: newsDescriptor,
    lang: () => this.i18n.lang,
    src: () => (Array.isArray(this.items) ? undefined : this.src),
  });
  private readonly headings = new HeadingLevelController(this, () => this.headingLevel);

  /** URL of a news feed (JSON Feed, WordPress REST, RSS or Atom); `{lang}` is replaced. */
  @property() src?: string;

  /** Seconds to wait for the feed before showing an error. */
  @property({ type: Number }) timeout = 10;

  /** Reload the feed every this many seconds (off when unset). */
  @property({ type: Number }) refresh?: number;

  /** Articles given directly; wins over `src` when set. */
  @property({ attribute: false }) items?: NewsItem[];

  /** `grid` (cards in 1–3 columns by width), `list` (image beside text) or `compact` (titles only). */
  @property({ reflect: true }) layout: 'grid' | 'list' | 'compact' = 'grid';

  /** Cards shown at first and added by each "load more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 6;

  /** Only articles in this category (comma-separated names; case and accents ignored). */
  @property() category?: string;

  /** The first card is larger. */
  @property({ type: Boolean, reflect: true }) featured = false;

  /** Adds schema.org JSON-LD (an ItemList of NewsArticle) for search engines. */
  @property({ type: Boolean }) seo = false;

  /**
   * Level of the card title headings (2–6). Unset: one below the nearest heading before the
   * element on the page (2 when there is none), so the cards fit the page's outline.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** How many cards are shown now. */
  @state() private shown = 0;
  /** Ids of items whose image failed to load (shown as a placeholder). */
  @state() private broken = new Set<string>();

  private jsonLd?: HTMLScriptElement;
  /**
   * The first render with articles draws the first card alone, then two more a task: the
   * first card's image (as a rule the page's largest paint) is asked for sooner, and no one
   * task holds a phone's main thread for the whole list. The cards still to come keep their
   * skeleton meanwhile, so nothing moves. `updateComplete` waits for the last of them.
   */
  private drawn = 0;
  private next?: Promise<void>;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('items') || changed.has('category') || changed.has('pageSize') || this.shown === 0) {
      this.shown = this.size;
    }
    // A prerendered element's first render repeats the server's, whole.
    if (!this.drawn && this.articles.length) this.drawn = isReplaying(this) ? Infinity : 1;
  }

  protected override updated() {
    this.syncJsonLd();
    if (this.drawn >= Math.min(this.shown, this.articles.length)) this.drawn &&= Infinity;
    else
      this.next ??= new Promise<void>((resolve) =>
        setTimeout(() => {
          this.next = undefined;
          this.drawn += 2;
          this.requestUpdate();
          resolve();
        }),
      );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.next) {
      await this.next;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Shows the next page of cards, moves focus to the first new one and announces the count. */
  async showMore() {
    const before = Math.min(this.shown, this.articles.length);
    this.shown = Math.min(before + this.size, this.articles.length);
    await this.updateComplete;
    // Focus the first new card's link (or the card itself when the article has no link).
    const card = this.renderRoot.querySelectorAll<HTMLElement>('.cards > .card')[before];
    const target = card?.querySelector<HTMLElement>('.link') ?? card;
    if (target === card && card) card.tabIndex = -1;
    target?.focus();
    this.dispatchEvent(
      new CivicPageChangeEvent({ shown: this.shown, total: this.articles.length }),
    );
  }

  private get size(): number {
    return Number.isFinite(this.pageSize) && this.pageSize > 0 ? Math.floor(this.pageSize) : 6;
  }

  /** What to show: the `.items` property, else the feed. */
  private get view(): { state: FeedState; items: NewsItem[]; lang?: string } {
    // Host-given items are checked like feed items: anything without a title is left out.
    if (Array.isArray(this.items)) return { state: 'ready', items: this.items.filter(isUsableItem) };
    const data = this.feed.data;
    return { state: this.feed.state, items: data?.items ?? [], lang: data?.language };
  }

  /** Articles after the category filter. */
  private get articles(): NewsItem[] {
    return filterByCategory(this.view.items, this.category);
  }

  /** The JSON-LD of the cards on show, or undefined without `seo` or cards. */
  private jsonLdText(): string | undefined {
    const items = this.articles.slice(0, this.shown);
    return this.seo && items.length ? buildJsonLd(items, this.i18n.lang, this.view.lang) : undefined;
  }

  /** Server rendering only (the prerenderer): the JSON-LD, written into the light DOM. */
  protected renderLight() {
    const text = this.jsonLdText(); // every '<' is escaped: it cannot close the script
    return text ? serverHtml(`<script type="application/ld+json" data-civic-json-ld>${text}</script>`) : nothing;
  }

  private syncJsonLd() {
    const text = this.jsonLdText();
    if (!text) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    // A prerendered page already holds it (see renderLight): take it over.
    this.jsonLd ??= this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-civic-json-ld]') ?? undefined;
    if (!this.jsonLd) {
      // In the light DOM, where search engines look; a non-script type is never run.
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
    }
    if (this.jsonLd.text !== text && !setJsonLdText(this.jsonLd, text)) {
      this.jsonLd = undefined;
      return;
    }
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }

  private onImageError(id: string) {
    this.broken = new Set(this.broken).add(id);
  }

  private renderMedia(item: NewsItem, index: number) {
    if (this.layout === 'compact') return nothing;
    const src = safeHref(item.image);
    const alt = item.imageAlt ? this.i18n.pick(item.imageAlt, item.language ?? this.view.lang) : undefined;
    return html`<div class="media" part="media">
      ${src && !this.broken.has(item.id)
        ? html`<img
            part="image"
            src=${src}
            alt=${alt?.text ?? ''}
            lang=${alt?.lang && alt.lang !== this.i18n.lang ? alt.lang : nothing}
            width="640"
            height="360"
            loading=${index === 0 ? 'eager' : 'lazy'}
            fetchpriority=${index === 0 ? 'high' : nothing}
            decoding="async"
            @error=${() => this.onImageError(item.id)}
          />`
        : html`<div class="placeholder">${svg(ICON_IMAGE)}</div>`}
    </div>`;
  }

  private renderCard(item: NewsItem, index: number): TemplateResult {
    const feedLang = item.language ?? this.view.lang;
    const title = this.i18n.pick(item.title, feedLang);
    const titleLang = title.lang && title.lang !== this.i18n.lang ? title.lang : nothing;
    const excerpt = item.excerpt ? this.i18n.pick(item.excerpt, feedLang) : undefined;
    const href = safeHref(item.url);
    const tag = heading(this.headings.level());
    const featured = this.featured && index === 0 && this.layout !== 'compact';
    const t = this.i18n.t.bind(this.i18n);
    const compact = this.layout === 'compact';
    // Category names are feed text, translated where the feed says, marked with their language when the UI speaks another.
    const categories = shownCategories(item).map((c) => this.i18n.pick(c, feedLang));
    // Host-given `.items` are not validated by the feed layer: a non-string author is left out.
    const author = typeof item.author === 'string' && item.author.trim() ? item.author : undefined;
    return html`<li class="card ${featured ? 'featured' : ''}" part="card">
      <div class="body">
        ${staticHtml`<${tag} class="title" part="title">${
          href
            ? html`<a class="link" part="link" href=${href} lang=${titleLang}>${title.text}</a>`
            : html`<span lang=${titleLang}>${title.text}</span>`
        }</${tag}>`}
        ${categories.length && !compact
          ? html`<ul class="cats" part="categories" aria-label=${t('cards.categories')}>
              ${categories.map((c) => html`<li lang=${c.lang && c.lang !== this.i18n.lang ? c.lang : nothing}>${c.text}</li>`)}
            </ul>`
          : nothing}
        <p class="meta" part="meta">
          ${author && !compact
            ? html`<span class="author">${svg(ICON_USER)}<span class="visually-hidden">${t('cards.author')}: </span>${author}</span>`
            : nothing}
          ${isValidDate(item.date)
            ? html`<span class="date">${svg(ICON_CALENDAR)}${renderNewsTime(this.i18n, item.date, 'date')}</span>`
            : nothing}
          ${typeof item.views === 'number' && Number.isFinite(item.views) && item.views >= 0
            ? html`<span class="views">${svg(ICON_EYE)}${t('common.views', { count: item.views }).replace(
                String(item.views),
                this.i18n.formatNumber(item.views),
              )}</span>`
            : nothing}
        </p>
        ${excerpt?.text && !compact
          ? html`<p class="excerpt" part="excerpt" lang=${excerpt.lang && excerpt.lang !== this.i18n.lang ? excerpt.lang : nothing}>${excerpt.text}</p>`
          : nothing}
        ${href && !compact
          ? // The name comes from the hidden span alone: Chrome puts a space between visible text
            // and an absolutely positioned span ("Weiterlesen : Titel"); the visible words lead it.
            html`<a class="more" part="read-more" href=${href} tabindex="-1"
              ><span aria-hidden="true">${t('cards.readMore')} →</span
              ><span class="visually-hidden">${t('cards.readMore')}: <span lang=${titleLang}>${title.text}</span></span></a
            >`
          : nothing}
      </div>
      ${this.renderMedia(item, index)}
    </li>`;
  }

  /** A card's skeleton: in the loading state's list, or (`coming`) in the cards' list for one still to be drawn. */
  private renderSkeletonCard(i: number, coming = false) {
    const compact = this.layout === 'compact';
    // Each bar stands for a line of the real card (same line heights), so the page does not
    // move when the articles arrive.
    return html`<li class="card ${this.featured && i === 0 && !compact ? 'featured' : ''} ${coming ? 'skeleton' : ''}" aria-hidden=${coming ? 'true' : nothing}>
            <div class="body">
              <div class="title">
                <span class="bar line"></span><span class="bar line grid-only"></span
                ><span class="bar line short"></span>
              </div>
              ${compact ? nothing : html`<div class="cats"><span class="bar chip"></span></div>`}
              <div class="meta"><span class="bar"></span><span class="bar short grid-only"></span></div>
              ${compact
                ? nothing
                : html`<div class="excerpt">
                      <span class="bar"></span><span class="bar grid-only"></span
                      ><span class="bar short"></span>
                    </div>
                    <span class="bar more"></span>`}
            </div>
            ${compact ? nothing : html`<div class="media"></div>`}
          </li>`;
  }

  private renderSkeletons() {
    return html`<div aria-busy="true">
      <span class="visually-hidden" role="status">${this.i18n.t('common.loading')}</span>
      <ul class="cards skeleton" part="list" aria-hidden="true">
        ${Array.from({ length: Math.min(this.size, 12) }, (_, i) => this.renderSkeletonCard(i))}
      </ul>
      <div class="footer" aria-hidden="true"><span class="bar count-bar"></span></div>
    </div>`;
  }

  override render() {
    const view = this.view;
    if (view.state === 'loading' && !view.items.length) return this.renderSkeletons();
    if (view.state === 'error' && !view.items.length) return renderFeedStatus(this.feed, this.i18n);
    const articles = this.articles;
    if (!articles.length) {
      const category = this.category?.trim();
      return html`<p class="message" part="message" role="status">
        ${category ? this.i18n.t('cards.emptyCategory', { category }) : this.i18n.t('cards.empty')}
      </p>`;
    }
    const shown = Math.min(this.shown, articles.length);
    return html`${view.state === 'stale' ? renderFeedStatus(this.feed, this.i18n) : nothing}
      <ul class="cards" part="list">
        ${articles.slice(0, Math.min(shown, this.drawn)).map((item, i) => this.renderCard(item, i))}
        ${Array.from({ length: shown - Math.min(shown, this.drawn) }, (_, i) => this.renderSkeletonCard(i + this.drawn, true))}
      </ul>
      <div class="footer" part="footer">
        <p class="count" role="status">${this.i18n.t('cards.shown', { shown, count: articles.length })}</p>
        ${shown < articles.length
          ? html`<button type="button" class="button" part="load-more" @click=${this.showMore}>
              ${this.i18n.t('cards.loadMore')}
            </button>`
          : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-article-cards': CivicArticleCards;
  }
}

export * from '../../page-settings.js'; // the page-wide settings, for per-element imports
