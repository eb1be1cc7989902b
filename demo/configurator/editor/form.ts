// Form fields for a JSON file, described once per file kind (partnership.ts, attractions.ts)
// and rendered with lit-html: text, numbers, dates, choices, a text per language side by
// side, and lists of items that can be added, moved and removed. Every field carries its
// JSON path, so a schema problem lands beside the field it is about.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { get, join, languagesOf, localizedMap, type Json, type JsonObject } from './model.js';
import type { EditorTexts } from '../editor-texts.js';
import type { SchemaProblem } from '../schema-check.js';

interface Base {
  key: string;
  required?: boolean;
}
export type Field =
  | (Base & { kind: 'text' | 'url' | 'email' | 'tel' | 'date' | 'id' })
  | (Base & { kind: 'number'; integer?: boolean; step?: string })
  | (Base & {
      kind: 'select';
      /** The values, or a function of the document (a contact's city is one of the two cities). */
      options: readonly string[] | ((ctx: FormContext, path: string) => readonly string[]);
      /** Words for a value when they come from the document rather than the texts. */
      optionLabel?: (ctx: FormContext, value: string, path: string) => string | undefined;
    })
  | (Base & { kind: 'localized'; multiline?: boolean })
  | (Base & { kind: 'list'; scope: string; item: Field[]; fixed?: boolean; newItem: (doc: Json) => JsonObject; title: (item: Json, ctx: FormContext) => string })
  | (Base & { kind: 'group'; scope: string; fields: Field[] })
  | (Base & { kind: 'custom'; render: (ctx: FormContext, path: string) => TemplateResult; anchors?: string[] });

/** What the renderers need from the editor. */
export interface FormContext {
  doc: Json;
  words: EditorTexts;
  /** The editor's language (labels, messages). */
  lang: string;
  /** The language of plain-string texts at `path` (the file's `language`). */
  fileLang(path: string): string;
  /** Problems that belong to the field at `path`. */
  problemsAt(path: string): SchemaProblem[];
  message(problem: SchemaProblem): string;
  /** A value changed; `structure` when items were added, moved or removed. */
  change(path: string, value: Json | undefined, structure?: boolean): void;
  /** Whether a list item is unfolded (only unfolded items render their fields: big files stay quick). */
  isOpen(path: string, byDefault: boolean): boolean;
  setOpen(path: string, open: boolean): void;
}

export const fieldId = (path: string) => `f${path.replace(/[^\w-]+/g, '-')}`;

const label = (ctx: FormContext, scope: string, key: string) => ctx.words.fields[scope]?.[key] ?? key;
const help = (ctx: FormContext, scope: string, key: string) => ctx.words.help[scope]?.[key];

/** Visits every field path (and list item path) with its label trail, for anchors and the summary. */
export function walk(fields: Field[], scope: string, ctx: FormContext, path: string, trail: string[], visit: (path: string, trail: string[]) => void) {
  for (const field of fields) {
    const at = join(path, field.key);
    const crumbs = field.kind === 'group' ? trail : [...trail, label(ctx, scope, field.key)];
    visit(at, crumbs);
    if (field.kind === 'list') {
      const items = get(ctx.doc, at);
      if (!Array.isArray(items)) continue;
      items.forEach((item, i) => {
        const itemPath = join(at, i);
        const itemCrumbs = [...crumbs, field.title(item, ctx) || `${i + 1}`];
        visit(itemPath, itemCrumbs);
        walk(field.item, field.scope, ctx, itemPath, itemCrumbs, visit);
      });
    } else if (field.kind === 'group') {
      walk(field.fields, field.scope, ctx, at, trail, visit);
    } else if (field.kind === 'custom') {
      for (const extra of field.anchors ?? []) visit(`${at}/${extra}`, crumbs);
    }
  }
}

function problemsOf(ctx: FormContext, path: string) {
  const problems = ctx.problemsAt(path);
  const id = `${fieldId(path)}-problem`;
  return {
    problems,
    invalid: problems.length > 0,
    describedBy: problems.length ? id : undefined,
    note: problems.length
      ? html`<ul class="field-problems" id=${id}>${problems.map((p) => html`<li>${ctx.message(p)}</li>`)}</ul>`
      : nothing,
  };
}

function renderInput(field: Field, ctx: FormContext, scope: string, path: string): TemplateResult {
  const id = fieldId(path);
  const value = get(ctx.doc, path);
  const { invalid, describedBy, note } = problemsOf(ctx, path);
  const helpText = help(ctx, scope, field.key);
  const helpId = helpText ? `${id}-help` : undefined;
  const describe = [helpId, describedBy].filter(Boolean).join(' ') || nothing;
  const required = field.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
  const text = (raw: string) => ctx.change(path, raw.trim() === '' ? undefined : raw);
  let input: TemplateResult;
  switch (field.kind) {
    case 'number':
      input = html`<input id=${id} type="number" inputmode=${field.integer ? 'numeric' : 'decimal'} step=${field.step ?? (field.integer ? '1' : 'any')}
        .value=${live(value === undefined ? '' : String(value))} ?required=${field.required} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describe}
        @input=${(e: Event) => {
          const target = e.target as HTMLInputElement;
          if (target.validity.badInput) return; // half-typed ("52."): wait for the rest
          ctx.change(path, target.value === '' ? undefined : Number(target.value));
        }} />`;
      break;
    case 'select': {
      const options = typeof field.options === 'function' ? field.options(ctx, path) : field.options;
      const words = (option: string) => field.optionLabel?.(ctx, option, path) ?? ctx.words.options[`${scope}.${field.key}`]?.[option] ?? option;
      input = html`<select id=${id} ?required=${field.required} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describe}
        @change=${(e: Event) => text((e.target as HTMLSelectElement).value)}>
        ${field.required && value !== undefined ? nothing : html`<option value="" ?selected=${value === undefined}>${ctx.words.common.choose}</option>`}
        ${options.map((option) => html`<option value=${option} ?selected=${value === option}>${words(option)}</option>`)}
        ${typeof value === 'string' && !options.includes(value) ? html`<option value=${value} selected>${value}</option>` : nothing}
      </select>`;
      break;
    }
    default: {
      const type = { url: 'url', email: 'email', tel: 'tel', date: 'date' }[field.kind as string] ?? 'text';
      input = html`<input id=${id} type=${type} .value=${live(typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value))}
        ?required=${field.required} spellcheck=${field.kind === 'text' ? 'true' : 'false'} autocomplete="off"
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describe}
        @input=${(e: Event) => text((e.target as HTMLInputElement).value)} />`;
    }
  }
  return html`<div class="field" data-path=${path}>
    <label for=${id}>${label(ctx, scope, field.key)}${required}</label>
    ${input}
    ${helpText ? html`<p class="help" id=${helpId!}>${helpText}</p>` : nothing}
    ${note}
  </div>`;
}

/** One text per language, side by side; an empty language is left out of the file. */
function renderLocalized(field: Field & { kind: 'localized' }, ctx: FormContext, scope: string, path: string): TemplateResult {
  const id = fieldId(path);
  const fileLang = ctx.fileLang(path);
  const map = localizedMap(get(ctx.doc, path), fileLang);
  const { invalid, describedBy, note } = problemsOf(ctx, path);
  const helpText = help(ctx, scope, field.key);
  const describe = [helpText ? `${id}-help` : '', describedBy ?? ''].filter(Boolean).join(' ') || nothing;
  const update = (lang: string, raw: string) => {
    const next = { ...localizedMap(get(ctx.doc, path), fileLang) };
    if (raw.trim() === '') delete next[lang];
    else next[lang] = raw;
    ctx.change(path, Object.keys(next).length ? next : undefined);
  };
  return html`<fieldset class="field localized ${field.multiline ? 'multiline' : ''}" data-path=${path} id=${id} aria-describedby=${describe}>
    <legend>${label(ctx, scope, field.key)}${field.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</legend>
    ${helpText ? html`<p class="help" id=${`${id}-help`}>${helpText}</p>` : nothing}
    <div class="langs">
      ${languagesOf(map).map((lang) => {
        const inputId = `${id}-${lang}`;
        const name = ctx.words.languages[lang] ?? lang;
        return html`<div class="lang-field">
          <label for=${inputId}><span class="lang-code" aria-hidden="true">${lang.toUpperCase()}</span> ${name}</label>
          ${field.multiline
            ? html`<textarea id=${inputId} lang=${lang} rows="4" aria-invalid=${invalid ? 'true' : 'false'} .value=${live(map[lang] ?? '')}
                @input=${(e: Event) => update(lang, (e.target as HTMLTextAreaElement).value)}></textarea>`
            : html`<input id=${inputId} lang=${lang} type="text" aria-invalid=${invalid ? 'true' : 'false'} .value=${live(map[lang] ?? '')}
                @input=${(e: Event) => update(lang, (e.target as HTMLInputElement).value)} />`}
        </div>`;
      })}
    </div>
    ${note}
  </fieldset>`;
}

function renderList(field: Field & { kind: 'list' }, ctx: FormContext, scope: string, path: string): TemplateResult {
  const items = get(ctx.doc, path);
  const list = Array.isArray(items) ? items : [];
  const words = ctx.words.lists[field.scope] ?? { item: field.scope, add: '+' };
  const { note } = problemsOf(ctx, path);
  const move = (from: number, to: number) => {
    const next = [...list];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    ctx.change(path, next, true);
  };
  const headingId = `${fieldId(path)}-h`;
  return html`<section class="field list" data-path=${path} id=${fieldId(path)} aria-labelledby=${headingId}>
    <h4 id=${headingId}>${label(ctx, scope, field.key)}</h4>
    ${note}
    <ol class="items">
      ${list.map((item, i) => {
        const itemPath = join(path, i);
        const title = field.title(item, ctx) || `${words.item} ${i + 1}`;
        const itemProblems = problemsOf(ctx, itemPath);
        const open = ctx.isOpen(itemPath, list.length <= 3);
        const toggle = (event: Event) => {
          const now = (event.target as HTMLDetailsElement).open;
          if (now !== open) ctx.setOpen(itemPath, now);
        };
        return html`<li class="item" data-path=${itemPath}>
          <details ?open=${open} id=${fieldId(itemPath)} @toggle=${toggle}>
            <summary><span class="item-title">${title}</span>${itemProblems.invalid && !open ? html` <span class="item-flag">⚠ ${ctx.message(itemProblems.problems[0])}</span>` : nothing}</summary>
            ${open ? html`<div class="item-body">
            ${itemProblems.note}
            ${renderFields(field.item, ctx, field.scope, itemPath)}
            ${field.fixed
              ? nothing
              : html`<div class="item-actions">
                  <button type="button" class="small" ?disabled=${i === 0} @click=${() => move(i, i - 1)}>${ctx.words.common.moveUp}<span class="visually-hidden">: ${title}</span></button>
                  <button type="button" class="small" ?disabled=${i === list.length - 1} @click=${() => move(i, i + 1)}>${ctx.words.common.moveDown}<span class="visually-hidden">: ${title}</span></button>
                  <button type="button" class="small danger" @click=${() => ctx.change(path, list.filter((_, j) => j !== i), true)}>${ctx.words.common.remove}<span class="visually-hidden">: ${title}</span></button>
                </div>`}
            </div>` : nothing}
          </details>
        </li>`;
      })}
    </ol>
    ${field.fixed
      ? nothing
      : html`<button type="button" class="add" @click=${() => {
          ctx.setOpen(join(path, list.length), true);
          ctx.change(path, [...list, field.newItem(ctx.doc)], true);
        }}>${words.add}</button>`}
  </section>`;
}

/** The fields of one object at `path`. */
export function renderFields(fields: Field[], ctx: FormContext, scope: string, path: string): TemplateResult {
  return html`${fields.map((field) => {
    const at = join(path, field.key);
    switch (field.kind) {
      case 'localized':
        return renderLocalized(field, ctx, scope, at);
      case 'list':
        return renderList(field, ctx, scope, at);
      case 'group':
        return renderFields(field.fields, ctx, field.scope, at);
      case 'custom':
        return field.render(ctx, at);
      default:
        return renderInput(field, ctx, scope, at);
    }
  })}`;
}
