// Custom Elements Manifest: dist/custom-elements.json, read by Storybook's autodocs, IDEs
// and the configurator.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? 'dist',
  litelement: true,
  // package.json's customElements field is written by hand (the analyzer would point it at temp dirs).
  packagejson: false,
};
