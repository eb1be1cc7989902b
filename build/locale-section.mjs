// `import strings from '../i18n/locales/pl.json?section=ticker'`: one section of a locale
// file as its own module, so each element bundle carries only its own words (a named
// import from the whole file would put every section into the chunk the elements share).
// The test runner's config serves the same import through `sectionModule`.
import { readFile } from 'node:fs/promises';

const QUERY = /\.json\?section=([A-Za-z]\w*)$/;
const PREFIX = '\0civic-locale-section:';

/** The module for one section of a locale file; a missing section is an error, not `undefined`. */
export function sectionModule(json, section, file) {
  const strings = JSON.parse(json)[section];
  if (!strings) throw new Error(`${file} has no section "${section}"`);
  return `export default ${JSON.stringify(strings)};`;
}

export function localeSection() {
  return {
    name: 'civic-locale-section',
    enforce: 'pre',
    async resolveId(id, importer) {
      const match = QUERY.exec(id);
      if (!match) return null;
      const file = await this.resolve(id.slice(0, -`?section=${match[1]}`.length), importer, { skipSelf: true });
      return file ? `${PREFIX}${file.id}?section=${match[1]}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [file, section] = id.slice(PREFIX.length).split('?section=');
      this.addWatchFile(file);
      return sectionModule(await readFile(file, 'utf8'), section, file);
    },
  };
}
