// Custom Elements Manifest: dist/custom-elements.json, read by Storybook's autodocs, IDEs,
// the README reference and the configurator.

/**
 * Keeps the manifest to the public API: private and protected members, `#private` and
 * `_underscored` ones, statics (`styles`) and anything marked `@internal` stay out, so the
 * docs tables list what a page can use, not the element's inner workings (`i18n`, `feed`, …).
 */
function publicApiOnly() {
  const internal = new Set();
  return {
    name: 'civic-public-api-only',
    analyzePhase({ ts, node }) {
      // Remember members whose JSDoc says @internal (the analyzer has no field for it).
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) {
          internal.add(`${node.name.text}.${member.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              !member.static &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !/^[#_]/.test(member.name) &&
              !internal.has(`${declaration.name}.${member.name}`),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? 'dist',
  litelement: true,
  // package.json's customElements field is written by hand (the analyzer would point it at temp dirs).
  packagejson: false,
  plugins: [publicApiOnly()],
};
