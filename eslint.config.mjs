// Lint for `npm test`: typescript-eslint's recommended rules, Lit's template rules
// (eslint-plugin-lit) and the custom-element rules (eslint-plugin-wc) on the source, tests,
// stories and scripts. Exceptions stand where they are needed, with the reason beside them.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.cache/', 'dist-demo/', 'dist-wordpress/', 'storybook-static/', 'coverage/', 'bench/results/', 'integrations/wordpress/civic-widgets/lib/', '**/*.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node: the scripts, benchmarks, build plugins, test runner set-up and end-to-end drivers.
    files: ['**/*.mjs', '**/*.cjs', 'vite.config.ts', 'bench/**', 'build/**', 'scripts/**', 'test/e2e/**', 'test/server/**', 'test/runner/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The WordPress plugin's editor code, and the checks that run it in WordPress's page: `wp` is WordPress's global.
    files: ['integrations/wordpress/**'],
    languageOptions: { globals: { wp: 'readonly' } },
  },
);
