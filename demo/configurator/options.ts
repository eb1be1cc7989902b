// The options form of the configurator: one field per attribute of custom-elements.json,
// labelled and explained in the editor's language (texts.ts). A field whose words are missing
// falls back to the attribute name and is marked `data-untranslated`, which the e2e test finds.
import { optionText, texts } from './texts.js';

export interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
export interface ElementInfo {
  tag: string;
  attributes: ManifestAttribute[];
}

/** Attributes the form handles itself. */
const HANDLED = new Set(['src', 'lang', 'theme']);

/** Reads custom-elements.json into the list of elements and their attributes. */
export function elementsFromManifest(manifest: {
  modules?: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
}): ElementInfo[] {
  return (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName?.startsWith('civic-'))
    .map((declaration) => ({
      tag: declaration.tagName!,
      attributes: (declaration.attributes ?? []).filter((attribute) => !HANDLED.has(attribute.name)),
    }));
}

/** String literals of a union type such as `'grid' | 'list'`, or [] for other types. */
export const literals = (type = '') =>
  /^\s*'[^']*'(\s*\|\s*'[^']*')*\s*(\|\s*undefined\s*)?$/.test(type)
    ? [...type.matchAll(/'([^']*)'/g)].map((m) => m[1])
    : [];

/** A default the editor can read: a quoted string, a number or a boolean (not a constant's name). */
function readableDefault(value?: string): string {
  if (!value) return '';
  if (/^(['"]).*\1$/.test(value)) return value.slice(1, -1);
  return /^(-?\d+(\.\d+)?|true|false)$/.test(value) ? value : '';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Renders the fields of `info` into `container`, keeping values the editor already chose. */
export function renderOptions(container: HTMLElement, info: ElementInfo, lang: string) {
  const previous = new Map(
    [...container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name^="attr:"]')].map((f) => [
      f.name,
      f instanceof HTMLInputElement && f.type === 'checkbox' ? String(f.checked) : f.value,
    ]),
  );
  const keep = container.dataset.tag === info.tag;
  container.dataset.tag = info.tag;
  container.replaceChildren();
  for (const attribute of info.attributes) {
    const words = optionText(lang, info.tag, attribute.name);
    const id = `opt-${attribute.name}`;
    const type = attribute.type?.text ?? 'string';
    const fallback = readableDefault(attribute.default);
    const wrap = element('div', { className: 'option' });
    const label = element('label', { htmlFor: id, textContent: words.label ?? attribute.name });
    let field: HTMLInputElement | HTMLSelectElement;
    const choices = literals(type).length ? literals(type) : Object.keys(words.choices ?? {});
    if (type.startsWith('boolean')) {
      field = element('input', { type: 'checkbox', checked: fallback === 'true' });
      label.prepend(field);
      label.classList.add('check');
    } else if (choices.length) {
      field = element('select');
      for (const choice of choices) {
        const option = new Option(words.choices?.[choice] ?? choice, choice, false, choice === fallback);
        if (!words.choices?.[choice]) option.dataset.untranslated = '';
        field.append(option);
      }
    } else {
      field = element('input', { type: type.startsWith('number') ? 'number' : 'text', placeholder: fallback });
      if (!type.startsWith('number')) field.spellcheck = false;
    }
    field.id = id;
    field.name = `attr:${attribute.name}`;
    // Values equal to the default stay out of the snippet.
    field.dataset.default = fallback;
    const old = keep ? previous.get(field.name) : undefined;
    if (old !== undefined) {
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = old === 'true';
      else field.value = old;
    }
    const help = element('p', { className: 'help', id: `${id}-help` });
    help.append(words.help ?? '', ' ');
    const name = element('code', { className: 'attr', textContent: attribute.name });
    name.title = texts(lang).page.attribute;
    help.append(name);
    field.setAttribute('aria-describedby', help.id);
    if (!words.label || !words.help) wrap.dataset.untranslated = '';
    wrap.append(...(field.parentElement ? [label] : [label, field]), help);
    container.append(wrap);
  }
}

/** The attributes the option fields give the element, in form order. */
export function optionAttributes(container: HTMLElement): [string, string][] {
  const attributes: [string, string][] = [];
  for (const field of container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name^="attr:"]')) {
    const name = field.name.slice(5);
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked && field.dataset.default !== 'true') attributes.push([name, '']);
    } else if (field.value.trim() && field.value !== field.dataset.default) {
      attributes.push([name, field.value.trim()]);
    }
  }
  return attributes;
}
