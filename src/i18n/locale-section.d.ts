// `locales/<lang>.json?section=<name>`: one section of a locale file (build/locale-section.mjs).
type Section = import('./i18n.js').TranslationTree;
declare module '*.json?section=common' { const strings: Section; export default strings; }
declare module '*.json?section=errors' { const strings: Section; export default strings; }
declare module '*.json?section=ticker' { const strings: Section; export default strings; }
declare module '*.json?section=cards' { const strings: Section; export default strings; }
declare module '*.json?section=map' { const strings: Section; export default strings; }
declare module '*.json?section=panel' { const strings: Section; export default strings; }
