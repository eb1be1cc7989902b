import { html, nothing, type TemplateResult } from 'lit';
import { clampLevel } from './heading-level.js';

export { clampLevel };

type Options = { id?: string; className?: string; part?: string; lang?: string; tabIndex?: number };

/**
 * A real `<hN>` element at `level` (clamped to 1–6), so an element fits the host page's
 * outline. Six literal templates: no dynamic tag names, nothing unsafe.
 */
export function heading(level: number, content: unknown, options: Options = {}): TemplateResult {
  const id = options.id ?? nothing;
  const cls = options.className ?? nothing;
  const part = options.part ?? nothing;
  const lang = options.lang ?? nothing;
  const tab = options.tabIndex ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 id=${id} class=${cls} part=${part} lang=${lang} tabindex=${tab}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part} lang=${lang} tabindex=${tab}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} lang=${lang} tabindex=${tab}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} lang=${lang} tabindex=${tab}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} lang=${lang} tabindex=${tab}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} part=${part} lang=${lang} tabindex=${tab}>${content}</h6>`;
  }
}
