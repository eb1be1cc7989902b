import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run analyze`, which the storybook scripts run first; absent in a fresh
// clone until then, hence no type check of the import.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- @ts-expect-error would fail once the file exists
// @ts-ignore
import manifest from '../dist/custom-elements.json';

// Autodocs (attributes, properties, events, slots, parts, CSS properties) come from the
// same manifest as the README reference and the configurator.
setCustomElementsManifest(manifest);

/** A language toolbar: each story renders inside an element whose `lang` it sets. */
const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'pl', title: 'Polski' },
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
          { value: 'uk', title: 'Українська' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'pl' },
  decorators: [
    (story, context) =>
      html`<div lang=${context.args.lang ?? context.globals.lang ?? 'pl'}>${story()}</div>`,
  ],
};

export default preview;
