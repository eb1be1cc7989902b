import { html, nothing, svg, type TemplateResult } from 'lit';
import type { SectionContext } from './context.js';
import { geodesicKm, roundDistance } from './distance.js';
import { heading } from '../../ui/heading.js';
import type { PartnerCity } from '../../feeds/types.js';
import { displayHost } from './safe.js';
import { langOf, type Voice } from './voice.js';
import { hideBrokenImage } from '../../ui/hide-broken-image.js';

function fact(term: string, value: unknown, lang: string | typeof nothing = nothing) {
  return html`<div class="fact"><dt>${term}</dt><dd lang=${lang}>${value}</dd></div>`;
}

function renderCity(city: PartnerCity, ctx: SectionContext): TemplateResult {
  const { voice } = ctx;
  const name = voice.pick(city.name);
  const region = voice.pick(city.region);
  const alt = city.emblemAlt ? voice.pick(city.emblemAlt) : { text: voice.t('panel.emblemOf', { city: name.text }) };
  const population =
    city.population === undefined
      ? ''
      : city.populationYear
        ? voice.t('panel.populationYear', { value: voice.number(city.population), year: city.populationYear })
        : voice.number(city.population);
  return html`<article class="city" part="city">
    ${city.emblem
      ? html`<img
          class="emblem"
          part="emblem"
          src=${city.emblem}
          alt=${alt.text}
          lang=${langOf(voice, alt)}
          width="64"
          height="64"
          loading="lazy"
          decoding="async"
          @error=${hideBrokenImage}
        />`
      : nothing}
    ${heading(ctx.level + 1, html`<span lang=${langOf(voice, name)}>${name.text}</span>`, { className: 'city-name' })}
    <dl class="facts">
      ${city.country ? fact(voice.t('panel.country'), voice.country(city.country)) : nothing}
      ${region.text ? fact(voice.t('panel.region'), region.text, langOf(voice, region)) : nothing}
      ${population ? fact(voice.t('panel.population'), population) : nothing}
      ${city.website
        ? fact(voice.t('panel.website'), html`<a href=${city.website} part="link">${displayHost(city.website)}</a>`)
        : nothing}
    </dl>
  </article>`;
}

/** Each label has half the drawing: long names are shortened there (the cards show them whole). */
const MAX_LABEL = 16;
function shortName(name: string): string {
  if (name.length <= MAX_LABEL) return name;
  const cut = name.slice(0, MAX_LABEL);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('-'));
  return `${(boundary >= 6 ? cut.slice(0, boundary) : cut.slice(0, MAX_LABEL - 1)).trimEnd()}…`;
}

/** Room for each label in the drawing's units: from its end of the drawing to the middle, less a gap. */
const LABEL_ROOM = 100;

/**
 * Shortens the drawing's labels further until each fits its half: the cut above counts
 * characters, and fonts differ between engines and pages (Firefox's and WebKit's default
 * fonts are wider than Chromium's). Called after each render; Lit rewrites a label's text
 * only when the name itself changes, and then this runs again.
 */
export function fitDiagramLabels(root: ParentNode) {
  for (const label of root.querySelectorAll<SVGTextElement>('.diagram .name')) {
    const node = [...label.childNodes].find((n): n is Text => n instanceof Text && /\S/.test(n.data));
    while (node && node.data.length > 4 && label.getComputedTextLength() > LABEL_ROOM) {
      node.data = `${node.data.replace(/…$/, '').slice(0, -1).trimEnd()}…`;
    }
  }
}

/** A static, network-free picture of the link between the two cities (decorative). */
function renderDiagram([from, to]: [string, string], km: string | undefined) {
  const names = [shortName(from), shortName(to)];
  return html`<svg class="diagram" viewBox="0 0 240 84" aria-hidden="true" focusable="false">
    ${svg`
      <path class="arc" d="M24 58 Q120 14 216 58" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="6 5"/>
      <circle class="pin" cx="24" cy="58" r="7"/>
      <circle class="pin" cx="216" cy="58" r="7"/>
      <text class="name" x="14" y="80" text-anchor="start">${names[0]}</text>
      <text class="name" x="226" y="80" text-anchor="end">${names[1]}</text>
      ${km ? svg`<text class="km" x="120" y="24" text-anchor="middle">${km}</text>` : nothing}
    `}
  </svg>`;
}

/** The distance line: "ok. 944 km" / "ca. 944 km" / "about 944 km", as the crow flies. */
export function distanceText(voice: Voice, km: number): string {
  return voice.t('panel.distanceValue', { distance: voice.number(roundDistance(km)) });
}

/**
 * The two cities side by side (stacked when narrow) with the distance between them, and
 * `extra` (the optional mini-map) below.
 */
export function renderCities(ctx: SectionContext, extra: unknown = nothing): TemplateResult {
  const { voice, partnership } = ctx;
  const [a, b] = partnership.cities;
  const km = geodesicKm(a, b);
  const names: [string, string] = [voice.pick(a.name).text, voice.pick(b.name).text];
  return html`<section class="section cities" part="section cities">
    ${heading(ctx.level, voice.t('panel.cities'))}
    <div class="pair">
      ${renderCity(a, ctx)}
      <div class="link" part="distance">
        ${renderDiagram(names, km === undefined ? undefined : voice.number(roundDistance(km), { style: 'unit', unit: 'kilometer' }))}
        ${km === undefined
          ? nothing
          : html`<p class="distance">
              ${voice.t('panel.distance')}:
              <strong><data value=${km.toFixed(1)}>${distanceText(voice, km)}</data></strong>
            </p>`}
      </div>
      ${renderCity(b, ctx)}
    </div>
    ${extra}
  </section>`;
}
