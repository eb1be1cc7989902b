import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A language toolbar: each story renders inside an element whose `lang` it sets. */
const preview: Preview = {
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
