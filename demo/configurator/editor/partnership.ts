// The partnership file (data/schema/partnership.schema.json): both cities, the stage, areas,
// milestones and contacts, every text in the four languages side by side; the preview is
// the real <civic-partnership-panel>.
import schema from '../../../data/schema/partnership.schema.json?data';
import { PARTNERSHIP_STATUSES } from '../../../src/feeds/model.js';
import { AREA_ICONS } from '../../../src/components/partnership-panel/icons.js';
import type { Schema } from '../schema-check.js';
import type { EditorKind } from './document-editor.js';
import type { Field, FormContext } from './form.js';
import { EDITOR_LANGUAGES, get, localizedMap, type Json, type JsonObject } from './model.js';
import { previewCopy } from './preview-copy.js';

/** A localized value in the editor's language, else the first one there is. */
export function nameIn(ctx: FormContext, value: Json | undefined): string {
  const map = localizedMap(value, 'pl');
  return map[ctx.lang] ?? Object.values(map)[0] ?? '';
}

const city: Field[] = [
  { key: 'id', kind: 'id', required: true },
  { key: 'name', kind: 'localized', required: true },
  { key: 'country', kind: 'text', required: true },
  { key: 'region', kind: 'localized' },
  { key: 'population', kind: 'number', integer: true },
  { key: 'populationYear', kind: 'number', integer: true },
  { key: 'website', kind: 'url' },
  { key: 'emblem', kind: 'text' },
  { key: 'emblemAlt', kind: 'localized' },
  { key: 'lat', kind: 'number' },
  { key: 'lon', kind: 'number' },
];

const area: Field[] = [
  { key: 'id', kind: 'id', required: true },
  { key: 'icon', kind: 'select', options: AREA_ICONS },
  { key: 'title', kind: 'localized', required: true },
  { key: 'description', kind: 'localized', multiline: true },
];

const milestone: Field[] = [
  { key: 'date', kind: 'date', required: true },
  { key: 'title', kind: 'localized', required: true },
  { key: 'text', kind: 'localized', multiline: true },
  { key: 'url', kind: 'url' },
];

/** The path of the partnership a field belongs to ("/partnerships/0"). */
const partnershipPath = (path: string) => /^\/partnerships\/\d+/.exec(path)?.[0] ?? '/partnerships/0';

const contact: Field[] = [
  {
    key: 'city',
    kind: 'select',
    required: true,
    options: (ctx, path) => {
      const cities = get(ctx.doc, `${partnershipPath(path)}/cities`);
      return Array.isArray(cities) ? cities.map((c) => String((c as JsonObject)?.id ?? '')).filter(Boolean) : [];
    },
    optionLabel: (ctx, id, path) => {
      const cities = get(ctx.doc, `${partnershipPath(path)}/cities`);
      const found = Array.isArray(cities) ? cities.find((c) => (c as JsonObject)?.id === id) : undefined;
      return found ? nameIn(ctx, (found as JsonObject).name) || id : undefined;
    },
  },
  { key: 'name', kind: 'text', required: true },
  { key: 'role', kind: 'localized' },
  { key: 'department', kind: 'localized' },
  { key: 'email', kind: 'email' },
  { key: 'phone', kind: 'tel' },
];

const newCity = (n: number): JsonObject => ({ id: `city-${n}`, name: {}, country: '' });

export const newPartnership = (): JsonObject => ({
  id: 'new-partnership',
  language: 'pl',
  title: {},
  status: 'contact',
  cities: [newCity(1), newCity(2)],
  areas: [],
  milestones: [],
  contacts: [],
});

const partnership: Field[] = [
  { key: 'id', kind: 'id', required: true },
  { key: 'title', kind: 'localized', required: true },
  { key: 'status', kind: 'select', required: true, options: PARTNERSHIP_STATUSES },
  { key: 'since', kind: 'date' },
  { key: 'language', kind: 'select', options: EDITOR_LANGUAGES },
  { key: 'description', kind: 'localized', multiline: true },
  { key: 'next', kind: 'localized', multiline: true },
  { key: 'newsTag', kind: 'text' },
  { key: 'cities', kind: 'list', scope: 'city', item: city, fixed: true, newItem: () => newCity(3), title: (c, ctx) => nameIn(ctx, (c as JsonObject)?.name) },
  { key: 'areas', kind: 'list', scope: 'area', item: area, newItem: () => ({ id: `area-${Date.now().toString(36)}`, title: {} }), title: (a, ctx) => nameIn(ctx, (a as JsonObject)?.title) },
  {
    key: 'milestones',
    kind: 'list',
    scope: 'milestone',
    item: milestone,
    newItem: () => ({ date: new Date().toISOString().slice(0, 10), title: {} }),
    title: (m, ctx) => [String((m as JsonObject)?.date ?? ''), nameIn(ctx, (m as JsonObject)?.title)].filter(Boolean).join(' · '),
  },
  {
    key: 'contacts',
    kind: 'list',
    scope: 'contact',
    item: contact,
    newItem: (doc) => ({ city: String(((get(doc, '/partnerships/0/cities/0') as JsonObject | undefined)?.id as string) ?? ''), name: '' }),
    title: (c) => String((c as JsonObject)?.name ?? ''),
  },
];

export const partnershipKind: EditorKind = {
  name: 'partnership',
  schema: schema as Schema,
  sampleUrl: 'data/partnership.json',
  empty: () => ({ $schema: 'schema/partnership.schema.json', version: 1, partnerships: [newPartnership()] }),
  fileName: 'partnership.json',
  scope: 'file',
  fields: [{ key: 'partnerships', kind: 'list', scope: 'partnership', item: partnership, newItem: newPartnership, title: (p, ctx) => nameIn(ctx, (p as JsonObject)?.title) }],
  fileLang: (doc, path) => String(get(doc, `${partnershipPath(path)}/language`) ?? 'pl'),
  read(json) {
    const object = json as JsonObject;
    if (object && Array.isArray(object.partnerships)) return { doc: object };
    // One partnership on its own: wrap it as a file.
    if (object && typeof object === 'object' && 'cities' in object && 'status' in object) {
      return { doc: { $schema: 'schema/partnership.schema.json', version: 1, partnerships: [object] } };
    }
    throw new Error('not a partnership file');
  },
  preview(container, doc, lang, fromSample) {
    let panel = container.querySelector('civic-partnership-panel') as (HTMLElement & { partnerships?: unknown[] }) | null;
    if (!panel) {
      panel = document.createElement('civic-partnership-panel');
      panel.setAttribute('heading-level', '4');
      container.replaceChildren(panel);
    }
    panel.setAttribute('lang', lang);
    const copy = previewCopy(doc, fromSample ? 'data/' : '') as JsonObject;
    panel.partnerships = Array.isArray(copy.partnerships) ? copy.partnerships : [];
  },
};
