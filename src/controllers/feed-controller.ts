import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FeedData, FeedKind } from '../feeds/model.js';
import type { FeedDescriptor } from '../feeds/descriptor.js';
import { feedSettings, isAbort, loadFeed, resolveFeedUrl } from '../feeds/loader.js';
import { feedError, toProblem, type FeedProblem } from '../feeds/problem.js';
import { readCopy } from '../feeds/storage.js';
import { resolveLanguage } from './i18n-controller.js';
import { CivicFeedErrorEvent, CivicFeedLoadEvent } from '../events.js';
import { prerenderedFeed, type SnapshotHost } from './prerendered.js';

export type { FeedProblem, FeedProblemCode } from '../feeds/problem.js';

export type FeedState = 'idle' | 'loading' | 'ready' | 'stale' | 'error';

/** What the controller needs from its element. */
export interface FeedHost extends ReactiveControllerHost, SnapshotHost {
  src?: string | null;
  /** Seconds before a request is given up (default 10). */
  timeout?: number;
  /** Seconds between background refreshes; 0 or undefined = off. */
  refresh?: number;
}

export interface FeedOptions<K extends FeedKind> {
  /** What kind of feed, and how to read it (`feeds/kinds/`: newsDescriptor, attractionsDescriptor, partnershipDescriptor). */
  descriptor: FeedDescriptor<K>;
  /** Where the address comes from (default: the host's `src`). */
  src?: () => string | null | undefined;
  /** The language that replaces `{lang}` in the address (default: the host's resolved language). */
  lang?: () => string;
  /** Reflect the state as the host attribute `feed-state` (default true). */
  reflect?: boolean;
}

/** Most retries after a failure before waiting for `online`, a refresh or `retry()`. */
const MAX_RETRIES = 8;

/**
 * Loads one feed for an element and keeps its state: idle → loading → ready, or error;
 * a saved copy is shown at once (ready) and revalidated; a failure with data on screen
 * becomes `stale` (the data stays). Aborts on disconnect and when the address changes,
 * ignores late responses, retries with capped exponential backoff and on `online`, and
 * refreshes every `refresh` seconds while the page is visible.
 *
 * @fires civic-feed-load - {@link CivicFeedLoadEvent} from the host when data arrives.
 * @fires civic-feed-error - {@link CivicFeedErrorEvent} from the host when loading fails.
 */
export class FeedController<K extends FeedKind> implements ReactiveController {
  private _state: FeedState = 'idle';
  private _data: FeedData<K> | undefined;
  private _error: FeedProblem | undefined;
  private _savedAt: Date | undefined;
  private _url: string | undefined;
  private abort?: AbortController;
  private generation = 0;
  private retries = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private refreshDue = false;
  private connected = false;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedOptions<K>,
  ) {
    host.addController(this);
  }

  /** idle (no address), loading, ready, stale (showing the saved copy after a failure) or error. */
  get state(): FeedState {
    if (isServer) return this.serverCopy() ? 'ready' : 'idle';
    return this._state;
  }
  /** The last good data (kept on errors: the state is then `stale`). */
  get data(): FeedData<K> | undefined {
    if (isServer) return this.serverCopy()?.data as FeedData<K> | undefined;
    return this._data;
  }
  /** Why the last load failed (cleared on success). */
  get error(): FeedProblem | undefined {
    return this._error;
  }
  /** When the data on screen was fetched (for the "not current" notice). */
  get savedAt(): Date | undefined {
    return this._savedAt;
  }
  /** The resolved address (`{lang}` replaced, relative to document.baseURI). */
  get url(): string | undefined {
    if (isServer) return this.serverCopy()?.url;
    return this._url;
  }

  /** Server only: the prerenderer read the feed and hands it over (nothing is fetched here). */
  private serverCopy() {
    return prerenderedFeed(this.host, this.options.descriptor.kind, this.rawSrc());
  }

  /** Loads again now (the retry button). */
  retry(): void {
    this.retries = 0;
    if (this._url) this.load(this._url, true);
    else this.sync(true);
  }

  hostConnected() {
    this.connected = true;
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync(true);
  }

  hostUpdate() {
    this.sync(false);
  }

  hostDisconnected() {
    this.connected = false;
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cancel();
    // Reconnecting (moving the element) loads again; the copy in memory makes that instant.
    this._url = undefined;
  }

  private readonly onOnline = () => {
    if (this._url && (this._state === 'error' || this._state === 'stale')) {
      this.retries = 0;
      this.load(this._url, true);
    }
  };

  private readonly onVisibility = () => {
    if (!document.hidden && this.refreshDue && this._url) {
      this.refreshDue = false;
      this.load(this._url, true);
    }
  };

  private lang() {
    return this.options.lang?.() ?? resolveLanguage(this.host);
  }

  private rawSrc() {
    return this.options.src ? this.options.src() : this.host.src;
  }

  /** Re-reads the address; a changed one aborts the old request and loads the new one. */
  private sync(initial: boolean) {
    if (!this.connected) return;
    const raw = this.rawSrc();
    const url = resolveFeedUrl(raw, this.lang());
    if (url === this._url && !initial) return;
    if (url === this._url && initial && this._state !== 'idle') return;
    this.cancel();
    this._url = url;
    this.retries = 0;
    if (!url) {
      const given = typeof raw === 'string' && raw.trim() !== '';
      this._data = undefined;
      this._savedAt = undefined;
      this._error = undefined;
      if (given) this.fail(feedError('noSource', `The feed address "${String(raw).slice(0, 200)}" is not a valid URL.`).problem);
      else this.set('idle');
      return;
    }
    if (!/^https?:$/.test(new URL(url).protocol)) {
      this._data = undefined;
      this.fail(feedError('noSource', `Only http(s) feed addresses are loaded, not "${new URL(url).protocol}".`).problem);
      return;
    }
    // A saved copy (this page's memory or localStorage) is shown at once, then revalidated;
    // a prerendered element first shows exactly the data it was prerendered with.
    const saved = prerenderedFeed(this.host, this.options.descriptor.kind, raw) ?? readCopy(this.options.descriptor, url);
    if (saved) {
      const data = (this._data = saved.data as FeedData<K>);
      this._savedAt = new Date(saved.savedAt);
      this._error = undefined;
      this.set('ready');
      this.dispatch(new CivicFeedLoadEvent({ url, count: this.options.descriptor.count(data), fromCache: true }));
    } else {
      this._data = undefined;
      this._savedAt = undefined;
    }
    this.load(url, false);
  }

  private cancel() {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.retryTimer);
    clearTimeout(this.refreshTimer);
    this.refreshDue = false;
  }

  private async load(url: string, force: boolean) {
    this.cancel();
    const generation = this.generation;
    const abort = (this.abort = new AbortController());
    if (!this._data) this.set('loading');
    const seconds = Number(this.host.timeout);
    const timeoutMs = (Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 300) : 10) * 1000;
    try {
      // A first load is read and parsed in a task of its own, not at the tail of the element's
      // upgrade and first render: the CDN loader's request may have its whole body already.
      // (A refresh or a retry starts at once: on return to the page, in the handler itself.)
      if (!force) {
        await new Promise((resolve) => setTimeout(resolve));
        if (generation !== this.generation) return;
      }
      const result = await loadFeed(this.options.descriptor, url, { timeoutMs, signal: abort.signal, force });
      // The render with the data starts a task of its own, not the tail of the parse's last slice.
      await new Promise((resolve) => setTimeout(resolve));
      if (generation !== this.generation) return; // a newer load or a disconnect won
      const hadSameCopy = this._data === result.data;
      this._data = result.data;
      this._savedAt = result.savedAt;
      this._error = undefined;
      this.retries = 0;
      this.set('ready');
      if (!hadSameCopy) this.dispatch(new CivicFeedLoadEvent({ url, count: this.options.descriptor.count(result.data), fromCache: result.fromCache }));
      this.scheduleRefresh();
    } catch (error) {
      if (isAbort(error) || generation !== this.generation) return;
      this.fail(toProblem(error));
      this.scheduleRetry(url);
    }
  }

  private fail(problem: FeedProblem) {
    this._error = problem;
    this.set(this._data ? 'stale' : 'error');
    console.warn(`[civic-widgets] ${this._url ?? ''}: ${problem.message}`);
    this.dispatch(new CivicFeedErrorEvent({ url: this._url ?? '', reason: problem.code, message: problem.message }));
  }

  private scheduleRetry(url: string) {
    // Offline, the `online` event retries; counting down timers meanwhile would only waste attempts.
    if (navigator.onLine === false) return;
    // Out of quick retries: a kiosk with `refresh` keeps trying at its own pace.
    if (this.retries >= MAX_RETRIES) return this.scheduleRefresh();
    const delay = Math.min(feedSettings.retryBaseMs * 2 ** this.retries, feedSettings.retryMaxMs);
    this.retries++;
    const generation = this.generation;
    this.retryTimer = setTimeout(() => {
      if (generation === this.generation && this.connected) void this.load(url, true);
    }, delay);
  }

  private scheduleRefresh() {
    const seconds = Number(this.host.refresh);
    if (!Number.isFinite(seconds) || seconds <= 0 || !this._url) return;
    const url = this._url;
    const generation = this.generation;
    this.refreshTimer = setTimeout(() => {
      if (generation !== this.generation || !this.connected) return;
      if (document.hidden) this.refreshDue = true; // paused while hidden; catches up on return
      else void this.load(url, true);
    }, Math.max(seconds, 1) * 1000);
  }

  private set(state: FeedState) {
    this._state = state;
    if (this.options.reflect !== false) {
      if (state === 'idle') this.host.removeAttribute('feed-state');
      else if (this.host.getAttribute('feed-state') !== state) this.host.setAttribute('feed-state', state);
    }
    this.host.requestUpdate();
  }

  private dispatch(event: Event) {
    try {
      this.host.dispatchEvent(event);
    } catch {
      /* a page listener threw: not our problem, and never the page's */
    }
  }
}
