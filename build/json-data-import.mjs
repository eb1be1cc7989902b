// `import feed from '../data/news.json?data'`: the stories and the benchmark page take the
// bundled feeds as modules. Vite reads JSON by itself once the query is dropped; the test
// runner's config serves the same import as a module (and plain fetches as the file).
export function jsonDataImport() {
  return {
    name: 'civic-json-data-import',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith('.json?data')) return null;
      return this.resolve(id.slice(0, -'?data'.length), importer, { skipSelf: true });
    },
  };
}
