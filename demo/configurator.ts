// The configurator: a site editor picks an element, a feed, options and a theme, sees a live
// preview and copies the embed snippet. The option fields come from custom-elements.json, so
// a new attribute appears here without editing this file.
import '../src/index.js';
import { setupPageLanguage, type PageTexts } from './page-language.js';

const texts: PageTexts = {
  pl: {
    skip: 'Przejdź do treści', brand: 'Konfigurator civic-widgets', title: 'Skonfiguruj widżet i skopiuj kod',
    lead: 'Wybierz element, wskaż swój kanał danych, ustaw opcje i wygląd. Podgląd zmienia się na bieżąco.',
    basics: 'Podstawy', element: 'Element', src: 'Adres kanału (src)',
    srcHelp: 'Pozostaw dane przykładowe albo wpisz adres swojego kanału (JSON Feed, WordPress REST, RSS, Atom, GeoJSON). Kanał z innej domeny musi zezwalać na CORS.',
    language: 'Język widżetu', langPage: 'jak strona (atrybut lang strony)', options: 'Opcje', look: 'Wygląd',
    theme: 'Motyw', themeDefault: 'domyślny', scheme: 'Tryb kolorów', schemeAuto: 'według ustawień odwiedzającego',
    schemeLight: 'jasny', schemeDark: 'ciemny', accent: 'Kolor akcentu', useAccent: 'użyj własnego koloru akcentu',
    preview: 'Podgląd', code: 'Kod do wklejenia', copy: 'Kopiuj kod', copied: 'Skopiowano kod do schowka.',
    copyFailed: 'Nie udało się skopiować: zaznacz kod i skopiuj go ręcznie (Ctrl+C).',
    manifestError: 'Nie udało się wczytać opisu elementów (dist/custom-elements.json). Uruchom „npm start” lub „npm run build”.',
    scriptComment: 'Skopiuj katalog dist/ na swój serwer i popraw ścieżkę',
  },
  de: {
    skip: 'Zum Inhalt springen', brand: 'civic-widgets-Konfigurator', title: 'Widget einrichten und Code kopieren',
    lead: 'Element wählen, eigenen Datenfeed angeben, Optionen und Aussehen einstellen. Die Vorschau ändert sich sofort.',
    basics: 'Grundlagen', element: 'Element', src: 'Feed-Adresse (src)',
    srcHelp: 'Beispieldaten lassen oder die Adresse des eigenen Feeds eintragen (JSON Feed, WordPress REST, RSS, Atom, GeoJSON). Ein Feed auf einer anderen Domain muss CORS erlauben.',
    language: 'Sprache des Widgets', langPage: 'wie die Seite (lang-Attribut der Seite)', options: 'Optionen', look: 'Aussehen',
    theme: 'Design', themeDefault: 'Standard', scheme: 'Farbmodus', schemeAuto: 'nach Einstellung der Besucher',
    schemeLight: 'hell', schemeDark: 'dunkel', accent: 'Akzentfarbe', useAccent: 'eigene Akzentfarbe verwenden',
    preview: 'Vorschau', code: 'Code zum Einfügen', copy: 'Code kopieren', copied: 'Der Code wurde in die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich: Code markieren und von Hand kopieren (Strg+C).',
    manifestError: 'Die Elementbeschreibung (dist/custom-elements.json) konnte nicht geladen werden. Bitte „npm start“ oder „npm run build“ ausführen.',
    scriptComment: 'Ordner dist/ auf den eigenen Server kopieren und den Pfad anpassen',
  },
  en: {
    skip: 'Skip to content', brand: 'civic-widgets configurator', title: 'Set up a widget and copy the code',
    lead: 'Pick an element, point it at your feed, set options and looks. The preview updates as you go.',
    basics: 'Basics', element: 'Element', src: 'Feed address (src)',
    srcHelp: 'Keep the sample data or enter your feed address (JSON Feed, WordPress REST, RSS, Atom, GeoJSON). A feed on another domain must allow CORS.',
    language: 'Widget language', langPage: 'same as the page (the page’s lang attribute)', options: 'Options', look: 'Looks',
    theme: 'Theme', themeDefault: 'default', scheme: 'Colour scheme', schemeAuto: 'follow the visitor’s setting',
    schemeLight: 'light', schemeDark: 'dark', accent: 'Accent colour', useAccent: 'use my own accent colour',
    preview: 'Preview', code: 'Code to paste', copy: 'Copy code', copied: 'The code was copied to the clipboard.',
    copyFailed: 'Could not copy: select the code and copy it by hand (Ctrl+C).',
    manifestError: 'Could not load the element description (dist/custom-elements.json). Run “npm start” or “npm run build”.',
    scriptComment: 'Copy the dist/ folder to your server and adjust the path',
  },
  uk: {
    skip: 'Перейти до вмісту', brand: 'Конфігуратор civic-widgets', title: 'Налаштуйте віджет і скопіюйте код',
    lead: 'Виберіть елемент, вкажіть свій канал даних, налаштуйте параметри й вигляд. Попередній перегляд оновлюється одразу.',
    basics: 'Основне', element: 'Елемент', src: 'Адреса каналу (src)',
    srcHelp: 'Залиште приклад даних або введіть адресу свого каналу (JSON Feed, WordPress REST, RSS, Atom, GeoJSON). Канал з іншого домену має дозволяти CORS.',
    language: 'Мова віджета', langPage: 'як на сторінці (атрибут lang сторінки)', options: 'Параметри', look: 'Вигляд',
    theme: 'Тема', themeDefault: 'типова', scheme: 'Колірна схема', schemeAuto: 'як у налаштуваннях відвідувача',
    schemeLight: 'світла', schemeDark: 'темна', accent: 'Колір акценту', useAccent: 'використати власний колір акценту',
    preview: 'Попередній перегляд', code: 'Код для вставлення', copy: 'Копіювати код', copied: 'Код скопійовано в буфер обміну.',
    copyFailed: 'Не вдалося скопіювати: виділіть код і скопіюйте його вручну (Ctrl+C).',
    manifestError: 'Не вдалося завантажити опис елементів (dist/custom-elements.json). Запустіть «npm start» або «npm run build».',
    scriptComment: 'Скопіюйте каталог dist/ на свій сервер і виправте шлях',
  },
};

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ElementInfo {
  tag: string;
  description: string;
  attributes: ManifestAttribute[];
}

/** The bundled feed each element shows until the editor enters their own. */
const SAMPLE_FEEDS: Record<string, string> = {
  'civic-news-ticker': 'data/news.json',
  'civic-article-cards': 'data/news.json',
  'civic-attractions-map': 'data/attractions.geojson',
  'civic-partnership-panel': 'data/partnership.json',
};
/** Attributes the form handles itself. */
const HANDLED = new Set(['src', 'lang', 'theme']);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('form');
const elementSelect = $<HTMLSelectElement>('element');
const options = $<HTMLDivElement>('options');
const preview = $<HTMLDivElement>('preview');
const snippet = $<HTMLTextAreaElement>('snippet');
let elements: ElementInfo[] = [];
let lang = 'pl';

/** Reads custom-elements.json into the list of elements and their attributes. */
function elementsFromManifest(manifest: {
  modules?: { declarations?: { tagName?: string; description?: string; attributes?: ManifestAttribute[] }[] }[];
}): ElementInfo[] {
  return (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName?.startsWith('civic-'))
    .map((declaration) => ({
      tag: declaration.tagName!,
      description: declaration.description ?? '',
      attributes: (declaration.attributes ?? []).filter((attribute) => !HANDLED.has(attribute.name)),
    }));
}

/** String literals of a union type such as `'grid' | 'list'`, or [] for other types. */
const literals = (type = '') =>
  /^\s*'[^']*'(\s*\|\s*'[^']*')*\s*(\|\s*undefined\s*)?$/.test(type)
    ? [...type.matchAll(/'([^']*)'/g)].map((m) => m[1])
    : [];
const unquote = (value?: string) => value?.replace(/^['"]|['"]$/g, '');

function renderOptions(info: ElementInfo) {
  options.replaceChildren();
  for (const attribute of info.attributes) {
    const id = `opt-${attribute.name}`;
    const type = attribute.type?.text ?? 'string';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = attribute.name;
    let field: HTMLInputElement | HTMLSelectElement;
    const choices = literals(type);
    if (type.startsWith('boolean')) {
      field = Object.assign(document.createElement('input'), { type: 'checkbox', checked: attribute.default === 'true' });
      label.prepend(field);
    } else if (choices.length) {
      field = document.createElement('select');
      for (const choice of choices) field.append(new Option(choice, choice, false, choice === unquote(attribute.default)));
    } else {
      field = Object.assign(document.createElement('input'), {
        type: type.startsWith('number') ? 'number' : 'text',
        placeholder: unquote(attribute.default) ?? '',
      });
    }
    field.id = id;
    field.name = `attr:${attribute.name}`;
    // Values equal to the default stay out of the snippet.
    field.dataset.default = unquote(attribute.default) ?? '';
    // A checkbox sits inside its label; other fields follow theirs.
    const nodes: HTMLElement[] = field.parentElement ? [label] : [label, field];
    if (attribute.description) {
      const help = Object.assign(document.createElement('p'), { className: 'help', id: `${id}-help`, textContent: attribute.description });
      field.setAttribute('aria-describedby', help.id);
      nodes.push(help);
    }
    options.append(...nodes);
  }
}

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
  for (const field of options.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name^="attr:"]')) {
    const name = field.name.slice(5);
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked) attributes.push([name, '']);
    } else if (field.value.trim() && field.value !== field.dataset.default) {
      attributes.push([name, field.value.trim()]);
    }
  }
  return attributes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const tag = elementSelect.value;
  const info = elements.find((element) => element.tag === tag);
  if (!info) return;
  $<HTMLParagraphElement>('element-help').textContent = info.description.split(/\n\s*\n/)[0].replace(/`/g, '');
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
    `<!-- ${texts[lang].scriptComment} -->`,
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

function chooseElement() {
  const info = elements.find((element) => element.tag === elementSelect.value);
  if (!info) return;
  renderOptions(info);
  $<HTMLInputElement>('src').value = SAMPLE_FEEDS[info.tag] ?? '';
  update();
}

$<HTMLButtonElement>('copy').addEventListener('click', async () => {
  const status = $<HTMLParagraphElement>('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = texts[lang].copied;
  } catch {
    snippet.select();
    status.textContent = texts[lang].copyFailed;
  }
});
form.addEventListener('input', update);
form.addEventListener('change', (event) => (event.target === elementSelect ? chooseElement() : update()));
form.addEventListener('submit', (event) => event.preventDefault());

setupPageLanguage(texts, (chosen) => {
  lang = chosen;
  if (elements.length) update();
});

try {
  const response = await fetch(new URL('dist/custom-elements.json', document.baseURI));
  if (!response.ok) throw new Error(String(response.status));
  elements = elementsFromManifest(await response.json());
  for (const element of elements) elementSelect.append(new Option(`<${element.tag}>`, element.tag));
  const wanted = new URLSearchParams(location.search).get('element');
  if (wanted && elements.some((element) => element.tag === wanted)) elementSelect.value = wanted;
  chooseElement();
} catch {
  const error = $<HTMLParagraphElement>('manifest-error');
  error.textContent = texts[lang].manifestError;
  error.hidden = false;
}
