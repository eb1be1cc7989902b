import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/news-ticker/news-ticker.js';

const meta: Meta = {
  title: 'Elements/civic-news-ticker',
  component: 'civic-news-ticker',
  render: () => html`<civic-news-ticker src="data/news.json"></civic-news-ticker>`,
};
export default meta;

export const Default: StoryObj = {};
