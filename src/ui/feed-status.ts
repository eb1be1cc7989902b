import { html, nothing, type TemplateResult } from 'lit';
import type { FeedController } from '../controllers/feed-controller.js';
import type { I18nController } from '../controllers/i18n-controller.js';
import type { FeedKind } from '../feeds/model.js';
import type { FeedProblem } from '../feeds/problem.js';

export { feedStatusStyles } from './feed-status.styles.js';

/** The localized reason of a problem, with its parameters (seconds, status, size limit). */
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
 * What an element shows about its feed besides the data: a polite "Loading…" status, an
 * error box with the reason and a retry button when there is nothing to show, or a compact
 * "may be out of date" notice with a retry button over a saved copy. Nothing when ready or
 * idle. Skeletons and empty states are the element's own.
 */
export function renderFeedStatus(feed: FeedController<FeedKind>, i18n: I18nController): TemplateResult | typeof nothing {
  const retry = () => feed.retry();
  switch (feed.state) {
    case 'loading':
      return html`<p class="feed-loading" role="status" part="feed-status">${i18n.t('common.loading')}</p>`;
    case 'error': {
      const problem = feed.error ?? { code: 'unknown' as const, message: '' };
      return html`<div class="feed-error" role="status" part="feed-status">
        <div class="feed-error__text">
          <strong class="feed-error__title">${i18n.t('errors.title')}</strong>
          <p class="feed-error__reason">${feedProblemText(problem, i18n)}</p>
          ${problem.code === 'invalidFeed' && problem.detail
            ? html`<p class="feed-error__detail">${i18n.t('errors.technical')}: <span lang="en">${problem.detail}</span></p>`
            : nothing}
        </div>
        <button type="button" class="button" @click=${retry}>${i18n.t('common.retry')}</button>
      </div>`;
    }
    case 'stale': {
      const time = feed.savedAt ? i18n.formatDate(feed.savedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '';
      return html`<div class="feed-stale" role="status" part="feed-status">
        <p class="feed-stale__text">${time ? i18n.t('common.stale', { time }) : i18n.t('common.staleNoTime')}</p>
        <button type="button" class="button" @click=${retry}>${i18n.t('common.retry')}</button>
      </div>`;
    }
    default:
      return nothing;
  }
}
