// The two data editors' panels: title, how to start (open a file, paste its text, the
// sample, an empty file), the privacy note and the preview language; the form, preview
// and file actions are the DocumentEditor's.
import { html, render } from 'lit';
import { DocumentEditor, type EditorKind } from './editor/document-editor.js';
import { editorTexts } from './editor-i18n.js';
import { LANGUAGES } from './texts.js';

const NATIVE: Record<string, string> = { pl: 'Polski', de: 'Deutsch', en: 'English', uk: 'Українська' };

export class EditorPanel {
  readonly editor: DocumentEditor;

  constructor(private readonly panel: HTMLElement, kind: EditorKind) {
    this.editor = new DocumentEditor(kind, panel);
  }

  start() {
    return this.editor.loadSample();
  }

  setLanguage(lang: string) {
    this.editor.lang = lang;
    this.renderHead();
    this.editor.render();
  }

  private renderHead() {
    const { editor } = this;
    const name = editor.kind.name;
    const words = editorTexts(editor.lang);
    const c = words.common;
    const openFile = async (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) editor.open(await file.text());
      input.value = '';
    };
    const usePasted = (event: Event) => {
      const area = (event.target as HTMLElement).closest('details')!.querySelector('textarea')!;
      if (editor.open(area.value)) area.value = '';
    };
    render(
      html`<h2 id=${`${name}-title`}>${words[name].title}</h2>
        <p class="lead">${words[name].lead}</p>
        <p class="privacy">${c.privacy}</p>
        <div class="editor-start">
          <label class="file-button">
            <span>${c.open}</span>
            <input type="file" accept=".json,.geojson,application/json,application/geo+json" aria-describedby=${`${name}-open-help`} @change=${openFile} />
          </label>
          <button type="button" @click=${() => editor.loadSample()}>${c.sample}</button>
          <button type="button" @click=${() => editor.load(editor.kind.empty(), false)}>${c.empty}</button>
        </div>
        <p class="help" id=${`${name}-open-help`}>${c.openHelp}${name === 'attractions' ? html` ${words.attractions.importOsm}` : ''}</p>
        <details class="paste">
          <summary>${c.paste}</summary>
          <label for=${`${name}-paste`}>${c.pasteLabel}</label>
          <textarea id=${`${name}-paste`} rows="6" spellcheck="false"></textarea>
          <button type="button" @click=${usePasted}>${c.pasteUse}</button>
        </details>`,
      this.panel.querySelector<HTMLElement>('.editor-head')!,
    );
    const previewLang = (event: Event) => {
      editor.previewLang = (event.target as HTMLSelectElement).value;
      editor.render();
    };
    render(
      html`<h3 id=${`${name}-preview-h`}>${c.preview}</h3>
        <label for=${`${name}-preview-lang`}>${c.previewLang}</label>
        <select id=${`${name}-preview-lang`} @change=${previewLang}>
          <option value="" ?selected=${!editor.previewLang}>${LANGUAGES[editor.lang as keyof typeof LANGUAGES]?.page.langPage ?? ''}</option>
          ${Object.keys(NATIVE).map((code) => html`<option value=${code} lang=${code} ?selected=${editor.previewLang === code}>${NATIVE[code]}</option>`)}
        </select>`,
      this.panel.querySelector<HTMLElement>('.editor-preview-head')!,
    );
    render(html`${c.file}`, this.panel.querySelector<HTMLElement>('.editor-file-title')!);
  }
}
