// One data editor: the form of a file kind, checked against its published JSON Schema on
// every change (problems beside their fields and in a summary that links to them), a live
// preview in the real element, and the file to open, download or copy. Everything happens
// in the page: files are read with the File API, nothing is sent anywhere.
import { html, nothing, render, type TemplateResult } from 'lit';
import { checkSchema, type Schema, type SchemaProblem } from '../schema-check.js';
import { editorTexts } from '../editor-i18n.js';
import { fieldId, renderFields, walk, type Field, type FormContext } from './form.js';
import { get, set, type Json, type JsonObject } from './model.js';
import { problemText } from './messages.js';

export interface EditorKind {
  /** `partnership` or `attractions`: the tab, the words, the file. */
  name: 'partnership' | 'attractions';
  schema: Schema;
  /** Where the bundled sample lives (the starting point), relative to the page. */
  sampleUrl: string;
  /** An empty but valid start. */
  empty: () => JsonObject;
  fileName: string;
  fields: Field[];
  scope: string;
  /** The language of plain-string texts at a path. */
  fileLang(doc: Json, path: string): string;
  /** Reads an opened file (other formats converted: `imported` places); throws when it is not this kind. */
  read(json: unknown): { doc: JsonObject; imported?: number };
  /** Keeps derived values in step after a change (a feature's id follows its properties.id). */
  afterChange?(doc: JsonObject, path: string): void;
  /** Shows the document in the real element. */
  preview(container: HTMLElement, doc: JsonObject, lang: string, fromSample: boolean): void;
  /** Extra content above the form (the attractions map). */
  extra?(editor: DocumentEditor): TemplateResult | typeof nothing;
}

export class DocumentEditor {
  doc: JsonObject;
  lang = 'pl';
  previewLang = '';
  problems: SchemaProblem[] = [];
  private fromSample = true;
  private status = '';
  readonly formRoot: HTMLElement;
  private readonly previewRoot: HTMLElement;
  private readonly asideRoot: HTMLElement;
  private readonly listeners = new Set<() => void>();
  /** List items the editor unfolded or folded (path → open); others follow their list's default. */
  private readonly unfolded = new Map<string, boolean>();

  constructor(readonly kind: EditorKind, panel: HTMLElement) {
    this.doc = kind.empty();
    this.formRoot = panel.querySelector('.editor-form')!;
    this.previewRoot = panel.querySelector('.editor-preview-element')!;
    this.asideRoot = panel.querySelector('.editor-file')!;
    this.check();
  }

  /** Loads the bundled sample (a same-origin file of this site, like the page itself). */
  async loadSample() {
    try {
      const response = await fetch(new URL(this.kind.sampleUrl, document.baseURI));
      this.load(this.kind.read(await response.json()).doc, true);
    } catch {
      this.load(this.kind.empty(), false);
    }
  }

  /** Called after every change (the attractions map redraws its points). */
  onChange(listener: () => void) {
    this.listeners.add(listener);
  }

  setLanguage(lang: string) {
    this.lang = lang;
    this.render();
  }

  /** Replaces the document (opened, sample or empty) and re-renders everything. */
  load(doc: JsonObject, fromSample: boolean, status = '') {
    this.doc = doc;
    this.fromSample = fromSample;
    this.status = status;
    this.check();
    this.render();
  }

  /** Sets a value by path, re-checks and re-renders; `structure`: items were added, moved or removed. */
  change(path: string, value: Json | undefined, structure = false) {
    if (path === '') return;
    // Items moved: what was unfolded below this list no longer matches its paths.
    if (structure) for (const key of [...this.unfolded.keys()]) if (key.startsWith(`${path}/`) && this.unfolded.get(key) !== true) this.unfolded.delete(key);
    set(this.doc, path, value);
    this.kind.afterChange?.(this.doc, path);
    this.status = '';
    this.check();
    this.render();
  }

  get text() {
    return `${JSON.stringify(this.doc, null, 2)}\n`;
  }

  private check() {
    this.problems = checkSchema(this.doc, this.kind.schema);
  }

  private context(anchors: Set<string>): FormContext {
    const words = editorTexts(this.lang);
    const byAnchor = new Map<string, SchemaProblem[]>();
    for (const problem of this.problems) {
      let at = problem.path;
      while (at && !anchors.has(at)) at = at.slice(0, at.lastIndexOf('/'));
      byAnchor.set(at, [...(byAnchor.get(at) ?? []), problem]);
    }
    return {
      doc: this.doc,
      words,
      lang: this.lang,
      fileLang: (path) => this.kind.fileLang(this.doc, path),
      problemsAt: (path) => byAnchor.get(path) ?? [],
      message: (problem) => problemText(problem, this.lang),
      change: (path, value, structure) => this.change(path, value, structure),
      isOpen: (path, byDefault) => this.unfolded.get(path) ?? byDefault,
      setOpen: (path, open) => {
        this.unfolded.set(path, open);
        this.render();
      },
    };
  }

  /** Anchors (paths with a field) and the label trail of each, for the summary. */
  private anchors(): Map<string, string[]> {
    const trails = new Map<string, string[]>([['', []]]);
    const probe = { ...this.context(new Set()), problemsAt: () => [] } as FormContext;
    walk(this.kind.fields, this.kind.scope, probe, '', [], (path, trail) => trails.set(path, trail));
    return trails;
  }

  render() {
    const trails = this.anchors();
    const ctx = this.context(new Set(trails.keys()));
    const words = ctx.words;
    const anchorOf = (path: string) => {
      let at = path;
      while (at && !trails.has(at)) at = at.slice(0, at.lastIndexOf('/'));
      return at;
    };
    const focus = (event: Event, path: string) => {
      event.preventDefault();
      // Unfold the items holding the field, then focus the field (or its first input).
      for (const item of path.matchAll(/\/\d+(?=\/|$)/g)) this.unfolded.set(path.slice(0, item.index! + item[0].length), true);
      this.render();
      const target = this.formRoot.querySelector<HTMLElement>(`#${CSS.escape(fieldId(path))}`);
      const focusable = target?.matches('input, select, textarea, summary') ? target : target?.querySelector<HTMLElement>('input, select, textarea, button, summary');
      focusable?.focus();
    };
    const count = this.problems.length;
    const plural = words.common.problems[new Intl.PluralRules(this.lang).select(count)] ?? words.common.problems.other;
    render(
      html`<div class="problems ${count ? 'has-problems' : ''}">
          <h3 id=${`${this.kind.name}-problems-h`}>${words.common.problemsTitle}</h3>
          <p role="status">${count ? plural.replace('{{count}}', String(count)) : words.common.problemsNone}</p>
          ${count
            ? html`<p class="help">${words.common.problemsNote}</p>
                <ul aria-labelledby=${`${this.kind.name}-problems-h`}>
                  ${this.problems.map((problem) => {
                    const at = anchorOf(problem.path);
                    const trail = trails.get(at) ?? [];
                    return html`<li><a href=${`#${fieldId(at)}`} @click=${(e: Event) => focus(e, at)}>${trail.join(' › ') || words[this.kind.name].title}</a>: ${ctx.message(problem)}</li>`;
                  })}
                </ul>`
            : nothing}
        </div>
        ${this.kind.extra?.(this) ?? nothing}
        ${renderFields(this.kind.fields, ctx, this.kind.scope, '')}`,
      this.formRoot,
    );
    this.renderAside();
    this.kind.preview(this.previewRoot, this.doc, this.previewLang || this.lang, this.fromSample);
    for (const listener of this.listeners) listener();
  }

  private renderAside() {
    const words = editorTexts(this.lang).common;
    const download = () => {
      const url = URL.createObjectURL(new Blob([this.text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: this.kind.fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    };
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(this.text);
        this.status = words.copied;
      } catch {
        this.status = words.copyFailed;
      }
      this.renderAside();
    };
    render(
      html`<div class="file-buttons">
          <button type="button" class="primary" @click=${download}>${words.download} <code>${this.kind.fileName}</code></button>
          <button type="button" @click=${copy}>${words.copy}</button>
        </div>
        <p class="help" role="status">${this.status}</p>
        <details class="file-text">
          <summary>${words.fileText}</summary>
          <textarea readonly rows="14" spellcheck="false" aria-label=${words.fileText} .value=${this.text}></textarea>
        </details>`,
      this.asideRoot,
    );
  }

  /** Reads an opened or pasted file; the message says what happened. */
  open(text: string): boolean {
    const words = editorTexts(this.lang).common;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.status = words.notJson;
      this.render();
      return false;
    }
    try {
      const { doc, imported } = this.kind.read(json);
      const attractions = editorTexts(this.lang).attractions.imported;
      const note = imported ? (attractions[new Intl.PluralRules(this.lang).select(imported)] ?? attractions.other).replace('{{count}}', String(imported)) : words.opened;
      this.load(doc, false, note);
      return true;
    } catch {
      this.status = words.wrongKind.replace('{{file}}', this.kind.fileName);
      this.render();
      return false;
    }
  }

  /** Says something in the editor's status line (read out by screen readers). */
  announce(text: string) {
    this.status = text;
    this.renderAside();
  }

  /** The value at a path (for the kinds' own widgets). */
  value(path: string) {
    return get(this.doc, path);
  }
}
