import { DESCRIPTORS } from '../../src/feeds/parse.js'; // every kind's parser, as a page with all four elements has
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../../src/controllers/feed-controller.js';
import { I18nController } from '../../src/controllers/i18n-controller.js';
import type { FeedKind } from '../../src/feeds/model.js';
import type { FeedDescriptor } from '../../src/feeds/descriptor.js';
import { pickText } from '../../src/feeds/localized.js';
import { renderFeedStatus, feedStatusStyles } from '../../src/ui/feed-status.js';
import { themeStyles } from '../../src/ui/theme.styles.js';

/** A minimal element wired to the feed layer the way the real elements are. */
export function defineHost(tag: string, kind: FeedKind, lang?: () => string) {
  class Host extends LitElement {
    static override styles = [themeStyles, feedStatusStyles];
    i18n = new I18nController(this);
    feed = new FeedController(this, { descriptor: DESCRIPTORS[kind] as FeedDescriptor<FeedKind>, ...(lang ? { lang } : {}) });
    @property() src?: string | null;
    @property({ type: Number }) timeout?: number;
    @property({ type: Number }) refresh?: number;
    override render() {
      const data = this.feed.data as Record<string, unknown> | undefined;
      const list = (data?.items ?? data?.attractions ?? data?.partnerships ?? []) as { title?: never; name?: never }[];
      return html`${renderFeedStatus(this.feed, this.i18n)}
        <ul>
          ${list.map((x) => html`<li>${pickText(x.title ?? x.name, this.i18n.lang).text}</li>`)}
        </ul>`;
    }
  }
  if (!customElements.get(tag)) customElements.define(tag, Host);
  return Host;
}

export type Host = InstanceType<ReturnType<typeof defineHost>>;

/** Waits until `check` is true (polling), failing after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000, what = 'condition') {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const items = (el: Element) => [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim());

export async function counter(key: string): Promise<{ count: number; conditional: number }> {
  return (await fetch(`/faults/count?key=${encodeURIComponent(key)}`)).json();
}

/** The Accept header the test server saw last for `key`. */
export const acceptSeen = async (key: string) => (await fetch(`/faults/accept?key=${encodeURIComponent(key)}`)).text();

/** Keeps `body` on the test server and answers its URL (`/faults/stored?key=…`). */
export async function storeFeed(key: string, body: string, type = 'application/json'): Promise<string> {
  await fetch(`/faults/store?key=${encodeURIComponent(key)}&type=${encodeURIComponent(type)}`, { method: 'POST', body });
  return new URL(`/faults/stored?key=${encodeURIComponent(key)}`, location.href).href;
}

let n = 0;
/** A unique key so server counters and caches of one test never meet another's. */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${n++}`;
