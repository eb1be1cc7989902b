import { html, nothing, type TemplateResult } from 'lit';
import type { SectionContext } from './context.js';
import { heading } from '../../ui/heading.js';
import { icon } from './icons.js';
import { langOf } from './voice.js';

/** Areas of cooperation: an icon (decorative) beside each area's name and description. */
export function renderAreas(ctx: SectionContext): TemplateResult | typeof nothing {
  const { voice, partnership } = ctx;
  if (!partnership.areas.length) return nothing;
  return html`<section class="section areas" part="section areas">
    ${heading(ctx.level, voice.t('panel.areas'))}
    <ul class="area-list" role="list">
      ${partnership.areas.map((area) => {
        const title = voice.pick(area.title);
        const description = voice.pick(area.description);
        return html`<li class="area" part="area">
          <span class="area-icon">${icon(area.icon)}</span>
          <div>
            ${heading(ctx.level + 1, html`<span lang=${langOf(voice, title)}>${title.text}</span>`, { className: "area-title" })}
            ${description.text
              ? html`<p class="area-text" lang=${langOf(voice, description)}>${description.text}</p>`
              : nothing}
          </div>
        </li>`;
      })}
    </ul>
  </section>`;
}
