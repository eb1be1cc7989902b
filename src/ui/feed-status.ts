import { html, nothing, type TemplateResult } from 'lit';
import type { FeedController } from '../controllers/feed-controller.js';
import type { I18nController } from '../controllers/i18n-controller.js';
import type { FeedKind } from '../feeds/model.js';
import type { FeedProblem } from '../feeds/problem.js';

export { feedStatusStyles } from './feed-status.styles.js';

/** What a visitor can make of a problem: their connection, a moment's wait, gone, or the site's fault. */
export type PlainReason = 'offline' | 'later' | 'notFound' | 'site';

/**
 * The visitor's reading of a problem. Codes the feed layer adds later fall to `site`: the
 * visitor cannot fix them, and the technical detail still names them for the site owner.
 */
export function plainReason(problem: FeedProblem): PlainReason {
  switch (problem.code) {
    case 'offline':
      return 'offline';
    case 'timeout':
    case 'network':
      return 'later';
    case 'http': {
      const status = problem.status ?? Number(problem.detail);
      if (status === 404 || status === 410) return 'notFound';
      return status >= 500 || status === 408 || status === 429 ? 'later' : 'site';
    }
    default:
      return 'site';
  }
}

/** The localized technical reason, with its parameters (seconds, status, size limit): for site owners. */
export function feedProblemText(problem: FeedProblem, i18n: I18nController): string {
  switch (problem.code) {
    case 'timeout':
      return i18n.t('errors.timeout', { seconds: i18n.formatNumber(problem.seconds ?? Number(problem.detail ?? 10)) });
    case 'http':
      return i18n.t('errors.http', { status: problem.status ?? problem.detail ?? '?' });
    case 'tooLarge': {
      const megabytes = (problem.limit ?? 5 * 1024 * 1024) / (1024 * 1024);
      return i18n.t('errors.tooLarge', {
        limit: i18n.formatNumber(megabytes, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
      });
    }
    case 'offline':
    case 'network':
    case 'notJson':
    case 'invalidJson':
    case 'invalidFeed':
    case 'noSource':
      return i18n.t(`errors.${problem.code}`);
    default:
      return i18n.t('errors.unknown');
  }
}

/**
 * A collapsed "technical details for the site owner": the technical reason, the feed's
 * English detail (a broken field, a format), the address, and a pointer to the console,
 * which has the same message. Visitors read the plain sentence above it.
 */
export function renderTechnicalDetails(
  i18n: I18nController,
  lines: (string | undefined)[],
  options: { url?: string; detail?: string } = {},
): TemplateResult {
  return html`<details class="feed-details">
    <summary>${i18n.t('errors.technical')}</summary>
    ${lines.filter(Boolean).map((line) => html`<p>${line}</p>`)}
    ${options.detail ? html`<p lang="en">${options.detail}</p>` : nothing}
    ${options.url ? html`<p>${i18n.t('errors.address')}: <code class="feed-details__url">${options.url}</code></p>` : nothing}
    <p>${i18n.t('errors.console')}</p>
  </details>`;
}

/** The feed layer's English detail when it adds to the localized reason (numbers are in it already). */
const extraDetail = (problem: FeedProblem) =>
  problem.detail && !/^\d+(\.\d+)?$/.test(problem.detail) && problem.code !== 'timeout' ? problem.detail : undefined;

function technical(feed: FeedController<FeedKind>, problem: FeedProblem, i18n: I18nController, hint?: string) {
  return renderTechnicalDetails(i18n, [feedProblemText(problem, i18n), hint], { url: feed.url, detail: extraDetail(problem) });
}

/**
 * What an element shows about its feed besides the data: a polite "Loading…" status, an
 * error box when there is nothing to show (a plain sentence for visitors, a retry button,
 * then the technical reason collapsed for site owners: visitors tab to "Try again" first), or a compact "may be out of date"
 * notice over a saved copy. Nothing when ready or idle. Skeletons and empty states are the
 * element's own. `hint` adds an element's own advice to the technical details (e.g. what a
 * partnership file needs).
 */
export function renderFeedStatus(
  feed: FeedController<FeedKind>,
  i18n: I18nController,
  hint?: string,
): TemplateResult | typeof nothing {
  const retry = () => feed.retry();
  switch (feed.state) {
    case 'loading':
      return html`<p class="feed-loading" role="status" part="feed-status">${i18n.t('common.loading')}</p>`;
    case 'error': {
      const problem = feed.error ?? { code: 'unknown' as const, message: '' };
      return html`<div class="feed-error" role="status" part="feed-status">
        <div class="feed-error__text">
          <strong class="feed-error__title">${i18n.t('errors.title')}</strong>
          <p class="feed-error__reason">${i18n.t(`errors.plain.${plainReason(problem)}`)}</p>
        </div>
        <button type="button" class="button" @click=${retry}>${i18n.t('common.retry')}</button>
        ${technical(feed, problem, i18n, hint)}
      </div>`;
    }
    case 'stale': {
      const time = feed.savedAt ? i18n.formatDate(feed.savedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '';
      return html`<div class="feed-stale" role="status" part="feed-status">
        <p class="feed-stale__text">${time ? i18n.t('common.stale', { time }) : i18n.t('common.staleNoTime')}</p>
        <button type="button" class="button" @click=${retry}>${i18n.t('common.retry')}</button>
        ${feed.error ? technical(feed, feed.error, i18n, hint) : nothing}
      </div>`;
    }
    default:
      return nothing;
  }
}
