// The attractions file (data/schema/attractions.schema.json): points with a category, a name
// and a description in four languages, address, opening hours and a picture; placed by
// typing coordinates or, after the editor loads it, on a map. Opens our own GeoJSON, an
// overpass-turbo GeoJSON export or overpass JSON. The preview is the real <civic-attractions-map>.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import schema from '../../../data/schema/attractions.schema.json?data';
import { parseFeedJson } from '../../../src/feeds/parse.js';
import { KNOWN_CATEGORIES } from '../../../src/map/categories.js';
import type { Schema } from '../schema-check.js';
import { editorTexts } from '../editor-i18n.js';
import type { DocumentEditor, EditorKind } from './document-editor.js';
import { fieldId, type Field, type FormContext } from './form.js';
import { EDITOR_LANGUAGES, get, type Json, type JsonObject } from './model.js';
import { featuresFromImport } from './osm-import.js';
import { nameIn } from './partnership.js';
import { PointMap, type MapPoint } from './point-map.js';
import { previewCopy } from './preview-copy.js';

const CATEGORIES = [...KNOWN_CATEGORIES, 'other'] as const;
const featurePath = (path: string) => /^\/features\/\d+/.exec(path)?.[0] ?? '/features/0';

/** Latitude and longitude typed in (GeoJSON keeps them the other way round: [lon, lat]). */
function renderLocation(ctx: FormContext, path: string) {
  const words = ctx.words.attractions;
  const coordinates = get(ctx.doc, `${path}/coordinates`);
  const [lon, lat] = Array.isArray(coordinates) ? coordinates : [];
  const set = (which: 0 | 1, raw: string) => {
    const now = get(ctx.doc, `${path}/coordinates`);
    const next: Json[] = Array.isArray(now) ? [...now] : [null, null];
    next[which] = raw.trim() === '' ? null : Number.isFinite(Number(raw)) ? Number(raw) : raw;
    ctx.change(path, next[0] === null && next[1] === null ? undefined : { type: 'Point', coordinates: next });
  };
  const input = (which: 0 | 1, value: Json | undefined, text: string, min: number, max: number) => {
    const at = `${path}/coordinates/${which}`;
    const problems = ctx.problemsAt(at);
    const id = fieldId(at);
    return html`<div class="field" data-path=${at}>
      <label for=${id}>${text}</label>
      <input id=${id} type="number" inputmode="decimal" step="any" min=${min} max=${max} .value=${live(typeof value === 'number' ? String(value) : '')}
        aria-invalid=${problems.length ? 'true' : 'false'} aria-describedby=${`${fieldId(path)}-help${problems.length ? ` ${id}-problem` : ''}`}
        @input=${(e: Event) => {
          const target = e.target as HTMLInputElement;
          if (!target.validity.badInput) set(which, target.value); // "52." is half-typed: wait for the rest
        }} />
      ${problems.length ? html`<ul class="field-problems" id=${`${id}-problem`}>${problems.map((p) => html`<li>${ctx.message(p)}</li>`)}</ul>` : nothing}
    </div>`;
  };
  const own = ctx.problemsAt(path);
  const index = Number(featurePath(path).split('/')[2]);
  return html`<fieldset class="field location" id=${fieldId(path)} data-path=${path}>
    <legend>${ctx.words.fields.feature.location}<span class="required" aria-hidden="true">*</span></legend>
    <p class="help" id=${`${fieldId(path)}-help`}>${words.locationHelp}</p>
    <div class="pair">${input(1, lat, words.lat, -90, 90)}${input(0, lon, words.lon, -180, 180)}</div>
    ${own.length ? html`<ul class="field-problems">${own.map((p) => html`<li>${ctx.message(p)}</li>`)}</ul>` : nothing}
    <button type="button" class="small place" data-index=${index}>${words.place}</button>
  </fieldset>`;
}

const feature: Field[] = [
  { key: 'id', kind: 'id', required: true },
  { key: 'name', kind: 'localized', required: true },
  { key: 'category', kind: 'select', required: true, options: CATEGORIES },
  { key: 'description', kind: 'localized', multiline: true },
  { key: 'address', kind: 'localized' },
  { key: 'openingHours', kind: 'localized' },
  { key: 'url', kind: 'url' },
  { key: 'phone', kind: 'tel' },
  { key: 'image', kind: 'text' },
  { key: 'imageAlt', kind: 'localized' },
  { key: 'locationPrecision', kind: 'select', options: ['exact', 'approximate'] },
];

/** A feature's fields: its properties, then its location. */
const featureFields: Field[] = [
  { key: 'properties', kind: 'group', scope: 'feature', fields: feature },
  { key: 'geometry', kind: 'custom', render: renderLocation, anchors: ['coordinates', 'coordinates/0', 'coordinates/1'] },
];

const newFeature = (doc: Json): JsonObject => {
  const count = Array.isArray(get(doc, '/features')) ? (get(doc, '/features') as Json[]).length : 0;
  const id = `place-${count + 1}`;
  return { type: 'Feature', id, properties: { id, name: {}, category: 'other' } };
};

/** Points with valid coordinates, for the map. */
function points(doc: JsonObject, ctx: { lang: string }): MapPoint[] {
  const features = Array.isArray(doc.features) ? doc.features : [];
  return features.flatMap((f, index) => {
    const feature = f as JsonObject;
    const [lon, lat] = ((feature?.geometry as JsonObject)?.coordinates as number[] | undefined) ?? [];
    if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) return [];
    const properties = (feature.properties ?? {}) as JsonObject;
    return [{ index, lat, lon, category: String(properties.category ?? 'other'), name: nameIn({ lang: ctx.lang } as FormContext, properties.name) || `#${index + 1}` }];
  });
}

/** Each editor's map (made on its first render, loaded only on the editor's click). */
const pointMaps = new WeakMap<DocumentEditor, PointMap>();

function createPointMap(editor: DocumentEditor): PointMap {
  const map = new PointMap(
    (index, lat, lon) => {
      const words = editorTexts(editor.lang).attractions;
      editor.change(`/features/${index}/geometry`, { type: 'Point', coordinates: [lon, lat] });
      const name = points(editor.doc, editor).find((p) => p.index === index)?.name ?? '';
      editor.announce(words.placed.replace('{{name}}', name).replace('{{lat}}', String(lat)).replace('{{lon}}', String(lon)));
    },
    () => editor.render(),
  );
  pointMaps.set(editor, map);
  return map;
}

export const attractionsKind: EditorKind = {
  name: 'attractions',
  schema: schema as Schema,
  sampleUrl: 'data/attractions.geojson',
  empty: () => ({ type: 'FeatureCollection', language: 'pl', name: {}, features: [] }),
  fileName: 'attractions.geojson',
  scope: 'collection',
  fields: [
    { key: 'language', kind: 'select', options: EDITOR_LANGUAGES },
    { key: 'name', kind: 'localized' },
    {
      key: 'features',
      kind: 'list',
      scope: 'feature',
      item: featureFields,
      newItem: newFeature,
      title: (f, ctx) => nameIn(ctx, ((f as JsonObject)?.properties as JsonObject | undefined)?.name),
    },
  ],
  fileLang: (doc, path) => String(get(doc, `${featurePath(path)}/properties/language`) ?? get(doc, '/language') ?? 'pl'),
  afterChange(doc, path) {
    // The feature's own id follows properties.id (the schema asks them to be equal).
    const match = /^(\/features\/\d+)\/properties\/id$/.exec(path);
    if (match) {
      const id = get(doc, path);
      const target = get(doc, match[1]) as JsonObject | undefined;
      if (target) {
        if (typeof id === 'string') target.id = id;
        else delete target.id;
      }
    }
  },
  read: featuresFromImport,
  preview(container, doc, lang, fromSample) {
    let map = container.querySelector('civic-attractions-map') as (HTMLElement & { features?: unknown[] }) | null;
    if (!map) {
      map = document.createElement('civic-attractions-map');
      container.replaceChildren(map);
    }
    map.setAttribute('lang', lang);
    try {
      map.features = parseFeedJson('attractions', previewCopy(doc, fromSample ? 'data/' : ''), { maxItems: 100_000, warn: () => {} }).attractions;
    } catch {
      map.features = [];
    }
  },
  extra(editor: DocumentEditor) {
    const words = editorTexts(editor.lang).attractions;
    const map = pointMaps.get(editor) ?? createPointMap(editor);
    queueMicrotask(() => map.update(points(editor.doc, editor)));
    const load = (event: Event) => {
      const container = (event.target as HTMLElement).closest('.points')!.querySelector<HTMLElement>('.points-map')!;
      void map.load(container, words.mapTitle);
    };
    // "Place on the map" buttons in the form (delegated: the form re-renders).
    const onClick = (event: Event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.place');
      if (!button) return;
      const index = Number(button.dataset.index);
      const point = points(editor.doc, editor).find((p) => p.index === index);
      const name = point?.name ?? `#${index + 1}`;
      if (map.state !== 'ready') {
        editor.announce(words.mapConsent);
        editor.formRoot.querySelector<HTMLElement>('.points button')?.focus();
        return;
      }
      map.place(index, point);
      editor.formRoot.querySelector('.points')?.scrollIntoView({ block: 'nearest' });
      editor.announce(words.placing.replace('{{name}}', name));
    };
    editor.formRoot.onclick = onClick;
    return html`<section class="points" aria-labelledby="points-h">
      <h3 id="points-h">${words.mapTitle}</h3>
      ${map.state === 'ready'
        ? nothing
        : html`<p class="help">${words.mapConsent}</p>
            <button type="button" @click=${load} ?disabled=${map.state === 'loading'}>${map.state === 'loading' ? words.mapLoading : words.mapLoad}</button>
            ${map.state === 'error' ? html`<p class="field-problems" role="alert">${words.mapError}</p>` : nothing}`}
      <div class="points-map ${map.state === 'ready' ? 'ready' : ''}"></div>
      <p class="help">${words.mapHint}</p>
    </section>`;
  },
};
