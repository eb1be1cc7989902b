import { html, nothing, type TemplateResult } from 'lit';
import type { Milestone } from '../../feeds/types.js';
import type { SectionContext } from './context.js';
import { heading } from '../../ui/heading.js';
import { icon } from './icons.js';
import { langOf } from './voice.js';

export type TimelineOrder = 'newest' | 'oldest';

const time = (m: Milestone) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(m.date) ? `${m.date}T12:00:00Z` : m.date).getTime();

/** Milestones sorted by date, oldest or newest first (equal dates keep the file's order). */
export function sortMilestones(milestones: readonly Milestone[], order: TimelineOrder): Milestone[] {
  const sign = order === 'newest' ? -1 : 1;
  return milestones
    .map((m, i) => [m, i] as const)
    .sort(([a, i], [b, j]) => sign * (time(a) - time(b)) || i - j)
    .map(([m]) => m);
}

/** The milestones as an ordered list: date, title, text and an optional link. */
export function renderTimeline(ctx: SectionContext, order: TimelineOrder): TemplateResult | typeof nothing {
  const { voice, partnership } = ctx;
  if (!partnership.milestones.length) return nothing;
  return html`<section class="section timeline" part="section timeline">
    ${heading(ctx.level, voice.t('panel.timeline'))}
    <p class="order-note">${voice.t(order === 'newest' ? 'panel.newestFirst' : 'panel.oldestFirst')}</p>
    <ol class="milestones" role="list">
      ${sortMilestones(partnership.milestones, order).map((m) => {
        const title = voice.pick(m.title);
        const text = voice.pick(m.text);
        return html`<li class="milestone" part="milestone">
          <time class="when" datetime=${m.date}>${voice.date(m.date)}</time>
          ${heading(ctx.level + 1, html`<span lang=${langOf(voice, title)}>${title.text}</span>`, {
            className: 'milestone-title',
          })}
          ${text.text ? html`<p lang=${langOf(voice, text)}>${text.text}</p>` : nothing}
          ${m.url
            ? // Visible words hidden from the name, the full name hidden from the eye: Chrome puts a
              // space before an absolutely positioned span ("Read more : Title") otherwise.
              html`<a class="more" href=${m.url} part="link">
                <span aria-hidden="true">${voice.t('panel.readMore')}</span
                ><span class="visually-hidden">${voice.t('panel.readMore')}: <span lang=${langOf(voice, title)}>${title.text}</span></span>
                ${icon('arrow')}
              </a>`
            : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}
