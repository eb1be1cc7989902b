import { html, nothing, type TemplateResult } from 'lit';
import { PARTNERSHIP_STATUSES } from '../../feeds/types.js';
import type { SectionContext } from './context.js';
import { heading } from '../../ui/heading.js';
import { icon } from './icons.js';
import { langOf } from './voice.js';

/**
 * The partnership's stage on the five-step scale (contact → talks → letter of intent →
 * signed → active) as an ordered list. The current step is marked in text and with
 * `aria-current="step"`; finished steps carry a check mark and a hidden "completed" — never
 * colour alone. Then the start date and what comes next.
 */
export function renderStatus(ctx: SectionContext): TemplateResult {
  const { voice, partnership } = ctx;
  const current = PARTNERSHIP_STATUSES.indexOf(partnership.status);
  const next = voice.pick(partnership.next);
  const since = voice.date(partnership.since);
  return html`<section class="section status" part="section status">
    ${heading(ctx.level, voice.t('panel.status'))}
    <p class="status-summary">
      ${voice.t('panel.stageOf', {
        step: current + 1,
        total: PARTNERSHIP_STATUSES.length,
        label: voice.t(`panel.steps.${partnership.status}`),
      })}
      — ${voice.t(`panel.stepText.${partnership.status}`)}
    </p>
    <ol class="scale" part="scale">
      ${PARTNERSHIP_STATUSES.map((step, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        return html`<li class="step ${state}" part="step${state === 'current' ? ' step-current' : ''}" aria-current=${state === 'current' ? 'step' : nothing}>
          <span class="marker">${state === 'done' ? icon('check', 'icon step-icon') : html`<span class="step-number">${i + 1}</span>`}</span>
          <span class="step-label">${voice.t(`panel.steps.${step}`)}</span>
          ${state === 'current'
            ? html`<span class="badge">${voice.t('panel.current')}</span>`
            : html`<span class="visually-hidden">(${voice.t(state === 'done' ? 'panel.done' : 'panel.upcoming')})</span>`}
        </li>`;
      })}
    </ol>
    ${since || next.text
      ? html`<dl class="status-facts">
          ${since
            ? html`<div class="fact">
                <dt>${icon('calendar')} ${voice.t('panel.since')}</dt>
                <dd><time datetime=${partnership.since!}>${since}</time></dd>
              </div>`
            : nothing}
          ${next.text
            ? html`<div class="fact next">
                <dt>${icon('next')} ${voice.t('panel.next')}</dt>
                <dd lang=${langOf(voice, next)}>${next.text}</dd>
              </div>`
            : nothing}
        </dl>`
      : nothing}
  </section>`;
}
