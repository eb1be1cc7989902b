import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { civicElement } from '../../define.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import type { PartnershipFeed } from '../../feeds/model.js';
import { partnershipDescriptor } from '../../feeds/kinds/partnership.js';
import { newsDescriptor } from '../../feeds/kinds/news.js';
import { sanitizeRichText } from '../../feeds/rich-text.js';
import type { NewsItem, Partnership } from '../../feeds/types.js';
import { supportedLanguage } from '../../i18n/i18n.js';
import { feedStatusStyles, renderFeedStatus, renderTechnicalDetails } from '../../ui/feed-status.js';
import { themeStyles } from '../../ui/theme.styles.js';
import { renderAreas } from './areas.js';
import { fitDiagramLabels, renderCities } from './cities.js';
import { renderContacts } from './contacts.js';
import type { SectionContext } from './context.js';
import { heading } from '../../ui/heading.js';
import { HeadingLevelController } from '../../controllers/heading-level-controller.js';
import { jointNews, renderJointNews, type NewsView } from './joint-news.js';
import { panelStyles } from './partnership-panel.styles.js';
import { renderStatus } from './status-scale.js';
import { renderTimeline, type TimelineOrder } from './timeline.js';
import { createVoice, langOf, type Voice } from './voice.js';
import type { PanelMiniMap } from './mini-map.js';
import { serverHtml } from '../../controllers/prerendered.js';
import './strings.js'; // this element's section of the locales
import { guard } from 'lit/directives/guard.js';

let instances = 0;

const serialize = (nodes: DocumentFragment) => {
  const holder = nodes.ownerDocument.createElement('div');
  holder.append(nodes);
  return holder.innerHTML;
};

/** What the panel has to show, whatever it came from. */
type View =
  | { kind: 'none' }
  | { kind: 'ready'; partnership: Partnership }
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'notFound'; id: string };

/**
 * `<civic-partnership-panel>`: the story of a city partnership — the two cities and the
 * distance between them, the stage on a five-step scale, areas of cooperation, milestones,
 * contacts on both sides and joint news — in the reader's language, or in two languages
 * side by side.
 *
 * @fires civic-feed-load - When the partnership file or the news feed has loaded (`detail.url` tells which; from the feed layer).
 * @fires civic-feed-error - When the partnership file or the news feed could not be loaded or understood.
 *
 * @csspart base - The panel's outer box.
 * @csspart feed-status - The loading line, error box or "may be out of date" notice of the partnership file.
 * @csspart column - One language column (two in bilingual mode).
 * @csspart header - Title and description.
 * @csspart description - The (sanitized) rich-text description.
 * @csspart title - The partnership's title (a heading of `heading-level`).
 * @csspart section - Every section (with its own name as a second part: cities, status, areas, timeline, contacts, news).
 * @csspart city - One city card.
 * @csspart emblem - A city's emblem image.
 * @csspart distance - The line between the cities with the distance.
 * @csspart scale - The ordered list of partnership stages.
 * @csspart step - One stage (the current one also has `step-current`).
 * @csspart area - One area of cooperation.
 * @csspart milestone - One timeline entry.
 * @csspart contact - One contact.
 * @csspart news-item - One joint news item.
 * @csspart link - Every link.
 * @csspart error - The box that explains unusable data.
 * @csspart mini-map - The optional mini-map frame (consent placeholder, then the map).
 * @csspart consent - The consent placeholder of the mini-map.
 * @csspart attribution - The tile attribution under the mini-map.
 *
 * @cssprop --civic-panel-accent - Accent of the stage scale and icons (default: --civic-color-accent).
 * @cssprop --civic-panel-gap - Space between sections (default: 1.5 × --civic-space, i.e. 1.5rem).
 * @cssprop --civic-panel-emblem-size - Size of the city emblems (default: 4rem).
 * @cssprop --civic-panel-map-height - Height of the optional mini-map (default: 16rem, 20rem in wide containers).
 *
 * @customElement civic-partnership-panel
 */
@civicElement('civic-partnership-panel')
export class CivicPartnershipPanel extends LitElement {
  static override styles = [themeStyles, feedStatusStyles, panelStyles];

  private readonly i18n = new I18nController(this);
  private readonly feed = new FeedController(this, { descriptor: partnershipDescriptor, lang: () => this.i18n.lang });
  private readonly news = new FeedController(this, {
    descriptor: newsDescriptor,
    // Items handed over as a property need no request.
    src: () => (this.newsItems === undefined ? this.newsSrc : undefined),
    lang: () => this.i18n.lang,
    reflect: false,
  });
  private readonly headings = new HeadingLevelController(this, () => this.headingLevel);

  /**
   * URL of the partnership file (JSON, see data/schema/partnership.schema.json); `{lang}`
   * is replaced by the UI language. Loaded through the shared feed layer (timeout, saved
   * copy, retry); the state is reflected as `feed-state`.
   */
  @property() src?: string;

  /** Seconds before loading a feed is given up (default 10). */
  @property({ type: Number }) timeout?: number;

  /** Reload the feeds every this many seconds while the page is visible (0 = never). */
  @property({ type: Number }) refresh?: number;

  /** Id of the partnership to show when the file holds several (default: the first). */
  @property() partner?: string;

  /**
   * Two languages to show side by side, e.g. `bilingual="pl de"`. A bare `bilingual`
   * means the UI language and Polish or German (the other of the two).
   */
  @property() bilingual?: string | null;

  /** Order of the timeline: `oldest` first (default, reads as a story) or `newest` first. */
  @property() order: TimelineOrder = 'oldest';

  /**
   * Level of the panel's title heading (1–6); section headings are one level below. Unset:
   * one below the nearest heading before the element on the page (2 when there is none).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** URL of a news feed for the joint-news section (any format the feed layer reads). */
  @property({ attribute: 'news-src' }) newsSrc?: string;

  /** Category or tag that marks joint news (default: the partnership's `newsTag`). */
  @property({ attribute: 'news-tag' }) newsTag?: string;

  /** How many joint news items to list (default 3). */
  @property({ type: Number, attribute: 'news-limit' }) newsLimit = 3;

  /**
   * The partnerships to show, instead of loading `src` (as in the file's `partnerships`
   * array). Checked by the same parser as the file: broken entries are skipped (each named
   * in a console warning), unsafe links dropped; if none is usable the panel says so.
   * Assign a new array to change it.
   */
  @property({ attribute: false }) partnerships?: unknown[];

  /** News items for the joint-news section, instead of loading `news-src`. */
  @property({ attribute: false }) newsItems?: NewsItem[];

  /**
   * Tile URL template (`{z}/{x}/{y}`) for the optional mini-map of the two cities. Unset
   * (default): no map and no request, only the static line diagram. With tiles from another
   * server the visitor is asked first, as on the attractions map; tiles from the page's own
   * origin (a relative or same-origin URL) load without asking, as no third party is contacted.
   */
  @property({ attribute: 'tile-url' }) tileUrl?: string;

  /** `ask` (default): two-click consent before any tile request; `granted`: the site handles consent or hosts its tiles. */
  @property() consent: 'ask' | 'granted' = 'ask';

  /** Attribution of the tiles (default for OpenStreetMap tiles: "© OpenStreetMap contributors"). */
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;

  /** Link of the tile attribution (http/https). */
  @property({ attribute: 'tile-attribution-url' }) tileAttributionUrl?: string;

  private readonly uid = `cpp${++instances}`;
  /** The optional mini-map, a lazy chunk loaded once `tile-url` is set. */
  private miniMap?: PanelMiniMap;
  private miniMapRequested = false;
  /** The voice of the first column, the one that holds the mini-map. */
  private firstVoice?: Voice;

  /** The partnership on show, after validation; undefined while loading or when unusable. */
  get partnership(): Partnership | undefined {
    const view = this.view();
    return view.kind === 'ready' ? view.partnership : undefined;
  }

  // The property's data as the feed layer's parser sees it, parsed once per array.
  private parsedInput?: unknown;
  private parsedData?: PartnershipFeed | null;

  /** The property data (parsed; null when unusable) or else the loaded file. */
  private data(): PartnershipFeed | null | undefined {
    if (this.partnerships === undefined) return this.feed.data;
    if (this.parsedInput !== this.partnerships) {
      this.parsedInput = this.partnerships;
      try {
        this.parsedData = partnershipDescriptor.parseJson({ partnerships: this.partnerships });
      } catch {
        this.parsedData = null;
      }
    }
    return this.parsedData;
  }

  private view(): View {
    const data = this.data();
    if (data === undefined) return { kind: 'none' };
    if (data === null) return { kind: 'invalid' };
    const list = data.partnerships;
    if (!list.length) return data.skipped ? { kind: 'invalid' } : { kind: 'empty' };
    const wanted = this.partner?.trim();
    const partnership = wanted ? list.find((p) => p.id === wanted) : list[0];
    return partnership ? { kind: 'ready', partnership } : { kind: 'notFound', id: wanted ?? '' };
  }

  private newsView(partnership: Partnership): NewsView | undefined {
    const tag = this.newsTag?.trim() || partnership.newsTag;
    if (this.newsItems === undefined && !this.newsSrc) return undefined;
    const items = this.newsItems ?? this.news.data?.items;
    const state = this.newsItems !== undefined ? 'ready' : this.news.state;
    return { state, items: jointNews(items, tag, this.newsLimit, partnership.id) };
  }

  /** The languages of the columns: one (the UI language) or two in bilingual mode. */
  private languages(): string[] {
    const ui = this.i18n.lang;
    if (this.bilingual === undefined || this.bilingual === null) return [ui];
    const asked = this.bilingual
      .split(/[\s,|]+/)
      .map((tag) => supportedLanguage(tag))
      .filter((tag): tag is string => !!tag);
    const langs = [...new Set(asked)];
    if (langs.length >= 2) return langs.slice(0, 2);
    const first = langs[0] ?? ui;
    return [first, first === 'pl' ? 'de' : 'pl'];
  }

  private renderDescription(p: Partnership, voice: Voice) {
    const description = voice.pick(p.description);
    if (!description.text) return nothing;
    // Rebuilt as DOM nodes from an allow-list, never set as an HTML string; guard() does it
    // only when the text changes, so a re-render leaves the description's DOM as it is.
    return html`<div class="description" part="description" lang=${langOf(voice, description)}>
      ${guard([description.text, this.feed.url], () => {
        const nodes = sanitizeRichText(description.text, this.feed.url);
        // The server writes HTML: the same sanitized nodes, serialized (hydration keeps them).
        return isServer ? serverHtml(serialize(nodes)) : nodes;
      })}
    </div>`;
  }

  private renderColumn(p: Partnership, voice: Voice, bilingual: boolean): TemplateResult {
    const level = this.headings.level(1);
    const ctx: SectionContext = {
      partnership: p,
      voice,
      level: Math.min(level + 1, 6),
      idPrefix: `${this.uid}-${voice.lang}`,
    };
    const title = voice.pick(p.title);
    const news = this.newsView(p);
    return html`<article class="column" part="column" lang=${voice.lang} aria-labelledby=${`${ctx.idPrefix}-title`}>
      ${bilingual ? html`<p class="lang-label">${voice.languageName(voice.lang)}</p>` : nothing}
      <header class="header" part="header">
        <p class="eyebrow">${voice.t('panel.label')}</p>
        ${heading(level, html`<span lang=${langOf(voice, title)}>${title.text}</span>`, {
          className: 'title',
          part: 'title',
          id: `${ctx.idPrefix}-title`,
        })}
        ${this.renderDescription(p, voice)}
      </header>
      ${renderCities(ctx, voice === this.firstVoice ? this.miniMap?.render(p, voice) ?? nothing : nothing)} ${renderStatus(ctx)} ${renderAreas(ctx)}
      ${renderTimeline(ctx, this.order === 'newest' ? 'newest' : 'oldest')} ${renderContacts(ctx)}
      ${news ? renderJointNews(ctx, news) : nothing}
    </article>`;
  }

  override updated() {
    fitDiagramLabels(this.renderRoot);
    if (this.tileUrl?.trim() && !this.miniMapRequested) {
      this.miniMapRequested = true;
      import('./mini-map.js').then(
        ({ PanelMiniMap }) => {
          this.miniMap = new PanelMiniMap(this);
          this.requestUpdate();
        },
        (error: unknown) => console.warn('<civic-partnership-panel>: the mini-map could not be loaded', error),
      );
    }
  }

  /** Unusable data: a plain sentence for visitors, what is wrong collapsed for whoever wrote the file. */
  private renderProblem(message: string) {
    return html`<div class="problem" part="error">
      <p class="problem-title">${this.i18n.t('errors.title')}</p>
      <p>${this.i18n.t('errors.plain.site')}</p>
      ${renderTechnicalDetails(this.i18n, [message], { url: this.feed.url })}
    </div>`;
  }

  override render() {
    const view = this.view();
    let body: TemplateResult | typeof nothing = nothing;
    if (view.kind === 'empty') body = html`<p class="note">${this.i18n.t('common.empty')}</p>`;
    else if (view.kind === 'invalid') body = this.renderProblem(this.i18n.t('panel.invalid'));
    else if (view.kind === 'notFound') body = this.renderProblem(this.i18n.t('panel.notFound', { id: view.id }));
    else if (view.kind === 'ready') {
      const langs = this.languages();
      const bilingual = langs.length > 1;
      const feedLang = view.partnership.language ?? this.data()?.language;
      const voices = langs.map((lang) => createVoice(lang, feedLang, this.i18n));
      this.firstVoice = voices[0];
      body = html`<div class="columns ${bilingual ? 'bilingual' : ''}">
        ${voices.map((voice) => this.renderColumn(view.partnership, voice, bilingual))}
      </div>`;
    }
    // A broken file: the feed layer's error box also says what a partnership file needs.
    const hint = this.feed.error?.code === 'invalidFeed' ? this.i18n.t('panel.invalid') : undefined;
    const status = this.partnerships === undefined ? renderFeedStatus(this.feed, this.i18n, hint) : nothing;
    const loading = this.partnerships === undefined && this.feed.state === 'loading' && view.kind === 'none';
    return html`<div class="base ${loading ? 'loading' : ''}" part="base">${status}${body}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-partnership-panel': CivicPartnershipPanel;
  }
}

export * from '../../page-settings.js'; // the page-wide settings, for per-element imports
