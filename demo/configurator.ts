// The configurator: a site editor picks an element, a feed, options and a theme, sees a live
// preview and copies the embed snippet. The option fields come from custom-elements.json, so
// a new attribute appears here by itself; its label and help come from demo/configurator/
// in the editor's language (the e2e test fails while one is missing).
import '../src/index.js';
import { setupPageLanguage } from './page-language.js';
import { LANGUAGES, texts } from './configurator/texts.js';
import { elementsFromManifest, optionAttributes, renderOptions, type ElementInfo } from './configurator/options.js';
import { setupTabs } from './configurator/tabs.js';
import { EditorPanel } from './configurator/editors.js';
import { editorTexts } from './configurator/editor-i18n.js';
import { partnershipKind } from './configurator/editor/partnership.js';
import { attractionsKind } from './configurator/editor/attractions.js';

/** The bundled feed each element shows until the editor enters their own. */
const SAMPLE_FEEDS: Record<string, string> = {
  'civic-news-ticker': 'data/news.json',
  'civic-article-cards': 'data/news.json',
  'civic-attractions-map': 'data/attractions.geojson',
  'civic-partnership-panel': 'data/partnership.json',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('form');
const elementSelect = $<HTMLSelectElement>('element');
const options = $<HTMLDivElement>('options');
const preview = $<HTMLDivElement>('preview');
const snippet = $<HTMLTextAreaElement>('snippet');
let elements: ElementInfo[] = [];
let lang = 'pl';

/** The attributes the chosen options give the element, in form order. */
function chosenAttributes(): [string, string][] {
  const data = new FormData(form);
  const attributes: [string, string][] = [];
  const src = String(data.get('src') ?? '').trim();
  if (src) attributes.push(['src', src]);
  const chosenLang = String(data.get('lang') ?? '');
  if (chosenLang) attributes.push(['lang', chosenLang]);
  const scheme = String(data.get('scheme') ?? '');
  if (scheme) attributes.push(['theme', scheme]);
  return [...attributes, ...optionAttributes(options)];
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const tag = elementSelect.value;
  if (!elements.some((element) => element.tag === tag)) return;
  const help = $<HTMLParagraphElement>('element-help');
  help.replaceChildren(`${texts(lang).elements[tag]?.help ?? ''} `, Object.assign(document.createElement('code'), { className: 'attr', textContent: `<${tag}>` }));
  const attributes = chosenAttributes();
  const theme = (form.elements.namedItem('theme') as HTMLSelectElement).value;
  const useAccent = (form.elements.namedItem('use-accent') as HTMLInputElement).checked;
  const accent = (form.elements.namedItem('accent') as HTMLInputElement).value;

  // Live preview: a real element with the same attributes.
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (useAccent) element.style.setProperty('--civic-color-accent', accent);
  preview.replaceChildren(element);
  setTheme(theme);

  const attributeText = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const lines = [
    `<!-- ${texts(lang).page.scriptComment} -->`,
    '<script type="module" src="/civic-widgets/civic-widgets.js"></script>',
    ...(theme ? [`<link rel="stylesheet" href="/civic-widgets/themes/${theme}.css">`] : []),
    ...(useAccent ? [`<style>:root { --civic-color-accent: ${accent}; }</style>`] : []),
    `<${tag}${attributeText}></${tag}>`,
  ];
  snippet.value = lines.join('\n');
}

function setTheme(theme: string) {
  let link = document.getElementById('theme-css') as HTMLLinkElement | null;
  if (!theme) return link?.remove();
  link ??= Object.assign(document.createElement('link'), { id: 'theme-css', rel: 'stylesheet' });
  link.href = `/themes/${theme}.css`;
  document.head.append(link);
}

/** The element list and the option fields in the editor's language (values kept). */
function renderForm() {
  const chosen = elementSelect.value;
  elementSelect.replaceChildren(
    ...elements.map((element) => new Option(texts(lang).elements[element.tag]?.name ?? element.tag, element.tag)),
  );
  if (chosen) elementSelect.value = chosen;
  const info = elements.find((element) => element.tag === elementSelect.value);
  if (info) renderOptions(options, info, lang);
}

function chooseElement() {
  const info = elements.find((element) => element.tag === elementSelect.value);
  if (!info) return;
  renderOptions(options, info, lang);
  $<HTMLInputElement>('src').value = SAMPLE_FEEDS[info.tag] ?? '';
  update();
}

$<HTMLButtonElement>('copy').addEventListener('click', async () => {
  const status = $<HTMLParagraphElement>('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = texts(lang).page.copied;
  } catch {
    snippet.select();
    status.textContent = texts(lang).page.copyFailed;
  }
});
form.addEventListener('input', update);
form.addEventListener('change', (event) => (event.target === elementSelect ? chooseElement() : update()));
form.addEventListener('submit', (event) => event.preventDefault());

// The data editors, each in its own tab.
const editors = [
  new EditorPanel($('panel-partnership'), partnershipKind),
  new EditorPanel($('panel-attractions'), attractionsKind),
];
setupTabs($('tools'));

const pages = Object.fromEntries(
  Object.entries(LANGUAGES).map(([code, t]) => {
    const tabs = editorTexts(code).tabs;
    return [code, { ...t.page, tabWidget: tabs.widget, tabPartnership: tabs.partnership, tabAttractions: tabs.attractions }];
  }),
);
setupPageLanguage(pages, (chosen) => {
  lang = chosen;
  $('tools').setAttribute('aria-label', editorTexts(lang).tabs.label);
  for (const panel of editors) panel.setLanguage(lang);
  if (!elements.length) return;
  renderForm();
  update();
});
void Promise.all(editors.map((panel) => panel.start()));

try {
  const response = await fetch(new URL('dist/custom-elements.json', document.baseURI));
  if (!response.ok) throw new Error(String(response.status));
  elements = elementsFromManifest(await response.json());
  renderForm();
  const wanted = new URLSearchParams(location.search).get('element');
  if (wanted && elements.some((element) => element.tag === wanted)) elementSelect.value = wanted;
  chooseElement();
} catch {
  const error = $<HTMLParagraphElement>('manifest-error');
  error.textContent = texts(lang).page.manifestError;
  error.hidden = false;
}
