import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { civicElement } from '../../define.js';
import { themeStyles } from '../../ui/theme.styles.js';
import { tickerStyles } from './news-ticker.styles.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { FeedController, type FeedState } from '../../controllers/feed-controller.js';
import { feedStatusStyles, renderFeedStatus } from '../../ui/feed-status.js';
import { MotionController } from '../../controllers/motion-controller.js';
import { filterByCategory, isUsableItem, renderNewsTime, safeHref } from '../../ui/news-meta.js';
import { CivicTickerToggleEvent } from '../../events.js';
import { isReplaying } from '../../controllers/prerendered.js';
import type { NewsItem } from '../../feeds/types.js';
import { newsDescriptor } from '../../feeds/kinds/news.js';
import './strings.js'; // this element's section of the locales


const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
const ICON_PAUSE = 'M6 4h4v16H6zM14 4h4v16h-4z';
const ICON_PLAY = 'M7 4l13 8-13 8z';
const ICON_PREV = 'M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z';
const ICON_NEXT = 'M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z';
/** Step mode never changes the headline faster than this (seconds): text that flips sooner cannot be read. */
const MIN_STEP_SECONDS = 2;
const ICON_BOLT = 'M13 2 4 14h7l-1 8 9-12h-7z';

/**
 * The latest headlines in one line: a continuous scroll (`mode="scroll"`) or one headline
 * at a time (`mode="step"`), each a link with its date or relative time.
 *
 * Meets WCAG 2.2.2 by itself: a visible, labelled pause/play button; it stops while the
 * pointer is over it, while keyboard focus is inside it, while off-screen and while the tab
 * is hidden; under `prefers-reduced-motion` it never moves (a static list, or manual
 * previous/next in step mode). The copy made for a seamless loop is `aria-hidden` and
 * `inert`, so screen readers and the keyboard meet each headline once.
 *
 * While it reads `src`, the host carries `feed-state="loading|ready|stale|error"`.
 *
 * @fires civic-ticker-toggle - The user paused or resumed the ticker (`detail.paused`).
 * @fires civic-feed-load - The feed at `src` loaded (fired by the feed controller).
 * @fires civic-feed-error - The feed at `src` failed (fired by the feed controller).
 *
 * @csspart base - The ticker's frame (a labelled region).
 * @csspart label - The visible label ("Na skróty").
 * @csspart viewport - The strip the headlines move in.
 * @csspart list - The list of headlines screen readers read.
 * @csspart item - One headline (list item).
 * @csspart link - The headline's link.
 * @csspart time - The date or relative time.
 * @csspart breaking - The "breaking" badge.
 * @csspart controls - The button group (pause/play, previous/next).
 * @csspart button - Each control button.
 * @csspart feed-status - The loading / error / "may be out of date" message of the feed.
 *
 * @cssprop --civic-ticker-background - Background of the strip (default: surface colour).
 * @cssprop --civic-ticker-label-background - Background of the label (default: accent).
 * @cssprop --civic-ticker-label-color - Text colour of the label (default: on-accent).
 * @cssprop --civic-ticker-gap - Space between headlines in scroll mode (default 2.5rem).
 * @cssprop --civic-ticker-breaking-color - Colour of breaking headlines (default: danger).
 *
 * @customElement civic-news-ticker
 */
@civicElement('civic-news-ticker')
export class CivicNewsTicker extends LitElement {
  static override styles = [themeStyles, feedStatusStyles, tickerStyles];

  private readonly i18n = new I18nController(this);
  // `.items` wins: with items set, nothing is fetched.
  private readonly feed = new FeedController(this, {
    descriptor: newsDescriptor,
    lang: () => this.i18n.lang,
    src: () => (Array.isArray(this.items) ? undefined : this.src),
  });
  private readonly motion = new MotionController(this, {
    tick: () => {
      if (this.shownMode === 'step') this.go(1);
    },
    interval: () => Math.max(MIN_STEP_SECONDS, Number.isFinite(this.interval) ? this.interval : 5) * 1000,
    onChange: () => this.syncAnimation(),
  });

  /** URL of a news feed (JSON Feed, WordPress REST, RSS or Atom); `{lang}` is replaced. */
  @property() src?: string;

  /** Seconds to wait for the feed before showing an error. */
  @property({ type: Number }) timeout = 10;

  /** Reload the feed every this many seconds (off when unset). */
  @property({ type: Number }) refresh?: number;

  /** Headlines given directly; wins over `src` when set. */
  @property({ attribute: false }) items?: NewsItem[];

  /**
   * `scroll`: a continuous strip; `step`: one headline at a time. In containers narrower
   * than 34rem `scroll` also shows one headline at a time: a stopped strip there would cut
   * long headlines off (WCAG 1.4.10).
   */
  @property({ reflect: true }) mode: 'scroll' | 'step' = 'scroll';

  /** Scroll speed in pixels per second (scroll mode). */
  @property({ type: Number }) speed = 60;

  /** Seconds each headline stays (step mode); at least 2 (smaller values, `0` included, count as 2). */
  @property({ type: Number }) interval = 5;

  /** Show at most this many headlines. */
  @property({ type: Number }) limit = 10;

  /** Only headlines in this category (comma-separated names; case and accents ignored). */
  @property() category?: string;

  /** Visible label; default "Na skróty" / "Aktuell" / "Latest". */
  @property() label?: string;

  /** `relative` ("2 godziny temu"), `date` ("19 grudnia 2025") or `none`. */
  @property() time: 'relative' | 'date' | 'none' = 'relative';

  /** Paused by the user (set it to start paused). Only the user's play button resumes. */
  @property({ type: Boolean, reflect: true }) paused = false;

  /** Index of the headline shown in step mode. */
  @state() private index = 0;
  /** The host is narrower than 34rem (the CSS container breakpoint). */
  @state() private narrow = false;
  /** Whether the headlines are wider than the strip (only then is there anything to scroll). */
  @state() private overflowing = false;

  @query('.viewport') private viewport?: HTMLElement;
  @query('.track') private track?: HTMLElement;
  @query('.list') private list?: HTMLElement;

  private animation?: Animation;
  private distance = 0;
  private resizeObserver?: ResizeObserver;
  private observed: Element[] = [];
  private frame = 0;
  private clock?: ReturnType<typeof setInterval>;
  private widthChecked = false;

  /** The mode really shown: `scroll` becomes `step` in a narrow container. */
  private get shownMode(): 'scroll' | 'step' {
    return this.mode === 'step' || this.narrow ? 'step' : 'scroll'; // anything else counts as scroll
  }

  override connectedCallback() {
    super.connectedCallback();
    // Relative times ("5 minut temu") move on by themselves.
    this.clock = setInterval(() => {
      if (this.time === 'relative') this.requestUpdate();
    }, 60_000);
    // Moved in the page: updated() observes the sizes again (disconnecting dropped them).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.clock);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = [];
    cancelAnimationFrame(this.frame);
    this.animation?.cancel();
    this.animation = undefined;
  }

  private checkWidth() {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const width = this.getBoundingClientRect().width;
    const narrow = width > 0 && width < 34 * rem;
    if (narrow !== this.narrow) this.narrow = narrow;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The first paint already in the right mode (a prerendered one replays the server's first).
    if (!this.widthChecked && !isReplaying(this)) {
      this.widthChecked = true;
      this.checkWidth();
    }
    if (changed.has('paused') && this.paused !== this.motion.userPaused) {
      if (this.paused) this.motion.pause();
      else this.motion.play();
    }
    const count = this.headlines.length;
    if (this.index >= count) this.index = 0;
  }

  protected override updated(changed: PropertyValues<this>) {
    // Observe the host (narrow or wide) and whatever strip and list are rendered now (they
    // change with state and mode).
    const targets = [this, this.viewport, this.list].filter(Boolean) as Element[];
    if (targets.some((t, i) => t !== this.observed[i]) || targets.length !== this.observed.length) {
      this.resizeObserver ??= new ResizeObserver(() => {
        // Measure in the next frame: re-rendering inside the callback would loop.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          this.checkWidth();
          this.measure();
        });
      });
      this.resizeObserver.disconnect();
      targets.forEach((t) => this.resizeObserver!.observe(t));
      this.observed = targets;
    }
    if (changed.has('speed') || changed.has('mode') || changed.has('narrow' as keyof CivicNewsTicker) || changed.has('items')) this.distance = -1;
    this.syncAnimation();
  }

  /** Shows the next (`1`) or previous (`-1`) headline in step mode. */
  go(delta: number) {
    const count = this.headlines.length;
    if (!count) return;
    this.index = (this.index + delta + count) % count;
    this.updateComplete.then(() => this.animateStep());
  }

  /** The user's pause/play: same as the button. */
  toggle() {
    const paused = this.motion.toggle();
    this.paused = paused;
    this.dispatchEvent(new CivicTickerToggleEvent({ paused }));
  }

  /** Headlines after category filter and limit. */
  private get headlines(): NewsItem[] {
    const all = this.view.items;
    const limit = Number.isFinite(this.limit) && this.limit > 0 ? Math.floor(this.limit) : 10;
    return filterByCategory(all, this.category).slice(0, limit);
  }

  /** What to show: the `.items` property, else the feed. */
  private get view(): { state: FeedState; items: NewsItem[]; lang?: string } {
    // Host-given items are checked like feed items: anything without a title is left out.
    if (Array.isArray(this.items)) return { state: 'ready', items: this.items.filter(isUsableItem) };
    const data = this.feed.data;
    return { state: this.feed.state, items: data?.items ?? [], lang: data?.language };
  }

  /** Nothing moves under reduced motion; in scroll mode nothing moves when all fits. */
  private get moves(): boolean {
    if (isReplaying(this) || this.motion.reducedMotion) return false;
    if (this.shownMode === 'step') return this.headlines.length > 1;
    return this.overflowing;
  }

  private measure() {
    if (this.shownMode !== 'scroll' || !this.viewport || !this.list) return;
    const style = getComputedStyle(this.viewport);
    const inner =
      this.viewport.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const overflowing = this.list.scrollWidth > inner + 1;
    if (overflowing !== this.overflowing) this.overflowing = overflowing;
    this.syncAnimation();
  }

  /** Starts, re-measures, plays or pauses the scroll animation (transform only). */
  private syncAnimation() {
    const scrolling =
      this.shownMode === 'scroll' && this.moves && this.isConnected && !!this.track && !!this.list;
    if (!scrolling) {
      this.animation?.cancel();
      this.animation = undefined;
      return;
    }
    const track = this.track!;
    const gap = parseFloat(getComputedStyle(track).columnGap) || 0;
    const distance = this.list!.offsetWidth + gap;
    const speed = this.speed > 0 ? this.speed : 60;
    if (!this.animation || (this.animation.effect as KeyframeEffect | null)?.target !== track || distance !== this.distance) {
      const progress = this.animation
        ? ((Number(this.animation.currentTime) || 0) % this.duration) / this.duration
        : 0;
      this.animation?.cancel();
      this.distance = distance;
      this.duration = (distance / speed) * 1000;
      const rtl = getComputedStyle(this).direction === 'rtl';
      this.animation = track.animate(
        [{ transform: 'translateX(0)' }, { transform: `translateX(${rtl ? '' : '-'}${distance}px)` }],
        { duration: this.duration, iterations: Infinity },
      );
      this.animation.currentTime = progress * this.duration;
    }
    if (this.motion.running) {
      if (this.animation.playState !== 'running') this.animation.play();
    } else if (this.animation.playState === 'running') {
      this.animation.pause();
    }
  }
  private duration = 1;

  private animateStep() {
    if (this.motion.reducedMotion) return;
    const current = this.renderRoot.querySelector<HTMLElement>('.step-list .item');
    current?.animate(
      [
        { transform: 'translateY(100%)' },
        { transform: 'none' },
      ],
      { duration: 250, easing: 'ease-out' },
    );
  }

  /** A focused headline in the moving strip is brought into view (the strip is paused then). */
  private onFocusIn(event: FocusEvent) {
    const link = event.target as HTMLElement;
    if (this.shownMode !== 'scroll' || !this.animation || !link.closest?.('.list')) return;
    const item = link.closest('.item') as HTMLElement | null;
    if (!item) return;
    const offset = Math.max(0, item.offsetLeft - (this.list?.offsetLeft ?? 0));
    this.animation.pause();
    this.animation.currentTime = (Math.min(offset, this.distance - 1) / this.distance) * this.duration;
  }

  private renderItem(item: NewsItem, withTime = true): TemplateResult {
    const title = this.i18n.pick(item.title, item.language ?? this.view.lang);
    const lang = title.lang && title.lang !== this.i18n.lang ? title.lang : undefined;
    const text = html`${title.text}`;
    const href = safeHref(item.url);
    return html`<li class="item ${item.breaking ? 'breaking' : ''}" part="item">
      ${item.breaking
        ? html`<span class="badge" part="breaking">${icon(ICON_BOLT)}${this.i18n.t('ticker.breaking')}</span>`
        : nothing}
      ${href
        ? html`<a class="headline" part="link" href=${href} lang=${lang ?? nothing}>${text}</a>`
        : html`<span class="headline" lang=${lang ?? nothing}>${text}</span>`}
      ${withTime ? html`<span part="time">${renderNewsTime(this.i18n, item.date, this.time)}</span>` : nothing}
    </li>`;
  }

  private renderPauseButton() {
    if (!this.moves) return nothing;
    const paused = this.motion.userPaused;
    const label = this.i18n.t(paused ? 'ticker.playLabel' : 'ticker.pauseLabel');
    return html`<button
      type="button"
      class="button toggle"
      part="button"
      aria-label=${label}
      @click=${this.toggle}
    >
      ${icon(paused ? ICON_PLAY : ICON_PAUSE)}<span class="text"
        >${this.i18n.t(paused ? 'ticker.play' : 'ticker.pause')}</span
      >
    </button>`;
  }

  private renderScroll(items: NewsItem[]) {
    const animated = this.moves;
    // Under reduced motion the headlines wrap onto lines; otherwise one line, measured.
    const reduced = this.motion.reducedMotion && !isReplaying(this);
    // The pause button comes first in the tab order (the grid still shows it at the end):
    // a keyboard user can stop the motion before meeting the moving headlines.
    return html`${animated ? html`<div class="controls" part="controls">${this.renderPauseButton()}</div>` : nothing}
      <div class="viewport ${reduced ? 'static' : animated ? 'moving' : ''}" part="viewport">
        <div class="track">
          <ul class="list" part="list" aria-labelledby="label">
            ${items.map((item) => this.renderItem(item))}
          </ul>
          ${animated
            ? html`<ul class="list copy" aria-hidden="true" inert>
                ${items.map((item) => this.renderItem(item))}
              </ul>`
            : nothing}
        </div>
      </div>`;
  }

  private renderStep(items: NewsItem[]) {
    const t = this.i18n.t.bind(this.i18n);
    const live = this.motion.running || isReplaying(this) ? 'off' : 'polite';
    return html`<div class="viewport step" part="viewport">
        <ul class="list step step-list" part="list" aria-labelledby="label" aria-live=${live}>
          ${items[this.index] ? this.renderItem(items[this.index]) : nothing}
        </ul>
      </div>
      <div class="controls" part="controls">
        ${items.length > 1
          ? html`<button type="button" class="button" part="button" aria-label=${t('ticker.previous')} @click=${() => this.manualStep(-1)}>
                ${icon(ICON_PREV)}
              </button>
              <span class="position" aria-hidden="true">${this.index + 1}/${items.length}</span>
              <span class="visually-hidden">${t('ticker.position', { current: this.index + 1, total: items.length })}</span>
              <button type="button" class="button" part="button" aria-label=${t('ticker.next')} @click=${() => this.manualStep(1)}>
                ${icon(ICON_NEXT)}
              </button>`
          : nothing}
        ${this.renderPauseButton()}
      </div>`;
  }

  private manualStep(delta: number) {
    this.go(delta);
    this.motion.restart();
  }

  private renderBody(): TemplateResult {
    const view = this.view;
    if (view.state === 'loading' && !view.items.length) {
      return html`<div class="viewport ${this.shownMode === 'step' ? 'step' : ''}" part="viewport" aria-busy="true">
        <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
        <span class="visually-hidden" role="status">${this.i18n.t('common.loading')}</span>
      </div>`;
    }
    if (view.state === 'error' && !view.items.length) {
      return html`<div class="message status">${renderFeedStatus(this.feed, this.i18n)}</div>`;
    }
    const items = this.headlines;
    if (!items.length) {
      return html`<p class="message" role="status">${this.i18n.t('ticker.empty')}</p>`;
    }
    return this.shownMode === 'step' ? this.renderStep(items) : this.renderScroll(items);
  }

  override render() {
    const label = this.label?.trim() || this.i18n.t('ticker.label');
    return html`<section class="base" part="base" aria-labelledby="label" @focusin=${this.onFocusIn}>
      <p class="label" part="label" id="label">${label}</p>
      ${this.renderBody()}
      ${this.view.state === 'stale'
        ? html`<div class="stale">${renderFeedStatus(this.feed, this.i18n)}</div>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-news-ticker': CivicNewsTicker;
  }
}

export * from '../../page-settings.js'; // the page-wide settings, for per-element imports
