// The plugin's translations: the strings its PHP, JavaScript and block.json files ask for,
// the .po files that translate them, and .mo files compiled from those (no gettext needed).
//   node integrations/wordpress/i18n.mjs --check   every string translated in every .po (test:wordpress)
//   node integrations/wordpress/i18n.mjs --pot     print a template with every string
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLUGIN = fileURLToPath(new URL('civic-widgets/', import.meta.url));
export const LANGUAGES = join(PLUGIN, 'languages');
const DOMAIN = 'civic-widgets';

const filesIn = (dir, ext) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'lib' ? [] : filesIn(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });

// A single-quoted PHP or JavaScript string literal (the plugin writes all of them that way).
const LITERAL = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (literal) => literal.replace(/\\(['\\])/g, '$1');
const CALLS = [
  // [regex, (match) => entry]
  [new RegExp(String.raw`\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*${LITERAL}\s*,\s*'${DOMAIN}'`, 'g'), (m) => ({ id: unquote(m[1]) })],
  [new RegExp(String.raw`\b_x\(\s*${LITERAL}\s*,\s*${LITERAL}\s*,\s*'${DOMAIN}'`, 'g'), (m) => ({ id: unquote(m[1]), context: unquote(m[2]) })],
  [new RegExp(String.raw`\b_n\(\s*${LITERAL}\s*,\s*${LITERAL}\s*,[^;]*?'${DOMAIN}'`, 'g'), (m) => ({ id: unquote(m[1]), plural: unquote(m[2]) })],
];
const key = (entry) => (entry.context ? `${entry.context}\u0004` : '') + entry.id;

/** Every string the plugin translates: PHP and JavaScript calls, and block.json's title, description and keywords. */
export function extractStrings() {
  const found = new Map();
  const add = (entry, where) => {
    const existing = found.get(key(entry));
    if (existing) existing.where.push(where);
    else found.set(key(entry), { ...entry, where: [where] });
  };
  for (const file of [...filesIn(PLUGIN, '.php'), ...filesIn(PLUGIN, '.js')]) {
    const source = readFileSync(file, 'utf8');
    for (const [regex, toEntry] of CALLS) for (const match of source.matchAll(regex)) add(toEntry(match), file.slice(PLUGIN.length));
  }
  for (const file of filesIn(PLUGIN, 'block.json')) {
    const meta = JSON.parse(readFileSync(file, 'utf8'));
    const where = file.slice(PLUGIN.length);
    add({ id: meta.title, context: 'block title' }, where);
    add({ id: meta.description, context: 'block description' }, where);
    for (const keyword of meta.keywords ?? []) add({ id: keyword, context: 'block keyword' }, where);
  }
  // The plugin header's name and description (shown on the Plugins screen).
  const header = readFileSync(join(PLUGIN, 'civic-widgets.php'), 'utf8');
  for (const field of ['Plugin Name', 'Description']) add({ id: new RegExp(`\\* ${field}:\\s*(.+)`).exec(header)[1].trim() }, 'civic-widgets.php');
  return [...found.values()];
}

/** Parses a .po file into entries { id, context?, plural?, translations: string[] } (the header has id ''). */
export function readPo(text) {
  const entries = [];
  let entry;
  let field;
  const flush = () => {
    if (entry && entry.id !== undefined) entries.push(entry);
    entry = { translations: [] };
  };
  const decode = (quoted) => JSON.parse(quoted.replace(/\\'/g, "'"));
  flush();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' ) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      if (line.startsWith('#,') && line.includes('fuzzy')) entry.fuzzy = true;
      continue;
    }
    const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (match) {
      if (match[1] === 'msgctxt' && entry.id !== undefined) flush();
      if (match[1] === 'msgid' && entry.id !== undefined) flush();
      field = match[1].startsWith('msgstr') ? ['translations', Number(match[2] ?? 0)] : [{ msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[match[1]]];
      const value = decode(match[3]);
      if (field[0] === 'translations') entry.translations[field[1]] = value;
      else entry[field[0]] = value;
    } else if (line.startsWith('"') && field) {
      const value = decode(line);
      if (field[0] === 'translations') entry.translations[field[1]] += value;
      else entry[field[0]] += value;
    }
  }
  flush();
  return entries;
}

/** A .mo file (GNU gettext's binary format, little-endian, no hash table) from .po entries. */
export function toMo(entries) {
  const usable = entries
    .filter((e) => !e.fuzzy && (e.id === '' || e.translations.some((t) => t)))
    .map((e) => ({ key: key(e) + (e.plural ? `\u0000${e.plural}` : ''), value: e.translations.join('\u0000') }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  const n = usable.length;
  const header = 28;
  const keys = usable.map((e) => Buffer.from(e.key));
  const values = usable.map((e) => Buffer.from(e.value));
  let offset = header + 16 * n;
  const table = Buffer.alloc(16 * n);
  const place = (buffers, tableStart) =>
    buffers.forEach((buffer, i) => {
      table.writeUInt32LE(buffer.length, tableStart + 8 * i);
      table.writeUInt32LE(offset, tableStart + 8 * i + 4);
      offset += buffer.length + 1;
    });
  place(keys, 0);
  place(values, 8 * n);
  const head = Buffer.alloc(header);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(header, 12);
  head.writeUInt32LE(header + 8 * n, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(header + 16 * n, 24);
  const zero = Buffer.alloc(1);
  return Buffer.concat([head, table, ...keys.flatMap((b) => [b, zero]), ...values.flatMap((b) => [b, zero])]);
}

/** The .po files of the plugin: locale => path. */
export function poFiles() {
  return Object.fromEntries(
    readdirSync(LANGUAGES)
      .filter((file) => file.endsWith('.po'))
      .map((file) => [file.slice(DOMAIN.length + 1, -3), join(LANGUAGES, file)]),
  );
}

/** Writes languages/civic-widgets-<locale>.mo beside each .po. */
export function compileMo() {
  for (const [locale, path] of Object.entries(poFiles())) {
    writeFileSync(join(LANGUAGES, `${DOMAIN}-${locale}.mo`), toMo(readPo(readFileSync(path, 'utf8'))));
  }
}

/** Problems: strings without a translation in some .po, and translations nothing asks for. */
export function checkTranslations() {
  const wanted = extractStrings();
  const problems = [];
  for (const [locale, path] of Object.entries(poFiles())) {
    const entries = new Map(readPo(readFileSync(path, 'utf8')).map((e) => [key(e), e]));
    for (const string of wanted) {
      const entry = entries.get(key(string));
      if (!entry || entry.fuzzy || !entry.translations.length || entry.translations.some((t) => !t)) problems.push(`${locale}: no translation for ${JSON.stringify(key(string).replace('\u0004', ' | '))} (${string.where[0]})`);
      else if (string.plural && entry.plural !== string.plural) problems.push(`${locale}: plural of ${JSON.stringify(string.id)} differs`);
      entries.delete(key(string));
    }
    for (const [k] of entries) if (k !== '') problems.push(`${locale}: unused translation ${JSON.stringify(k.replace('\u0004', ' | '))}`);
  }
  return problems;
}

/** A .pot template of every string, for translators. */
export function pot() {
  const quote = (text) => JSON.stringify(text);
  return extractStrings()
    .map((e) =>
      [`#: ${e.where.join(' ')}`, e.context ? `msgctxt ${quote(e.context)}` : null, `msgid ${quote(e.id)}`, e.plural ? `msgid_plural ${quote(e.plural)}` : null, ...(e.plural ? ['msgstr[0] ""', 'msgstr[1] ""'] : ['msgstr ""'])]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--pot')) console.log(pot());
  if (process.argv.includes('--check')) {
    const problems = checkTranslations();
    problems.forEach((p) => console.error(p));
    process.exit(problems.length ? 1 : 0);
  }
}
