import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/news-ticker/news-ticker.js';
import type { NewsItem } from '../src/feeds/types.js';
import { sampleWithBreaking, seedStaleCopy } from './news-sample.js';
import { failingFeed, hangingFeed } from './story-feeds.js';

interface Args {
  lang?: string;
  src?: string;
  items?: NewsItem[];
  mode?: 'scroll' | 'step';
  limit?: number;
  category?: string;
  label?: string;
  time?: string;
  paused?: boolean;
  speed?: number;
  interval?: number;
}

/**
 * `<civic-news-ticker>`: one story per state, mode and language. The loading, error and
 * stale stories read feeds that hang or fail in the page itself (stories/story-feeds.ts),
 * so they show those states in the static Storybook too.
 */
const meta: Meta<Args> = {
  title: 'Elements/civic-news-ticker',
  component: 'civic-news-ticker',
  args: { lang: 'pl', limit: 8, mode: 'scroll' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['scroll', 'step'] },
    time: { control: 'inline-radio', options: ['relative', 'date', 'none'] },
  },
  render: (args) => html`<civic-news-ticker
    src=${args.src ?? nothing}
    .items=${args.items}
    mode=${args.mode ?? 'scroll'}
    limit=${args.limit ?? nothing}
    category=${args.category ?? nothing}
    label=${args.label ?? nothing}
    time=${args.time ?? nothing}
    speed=${args.speed ?? nothing}
    interval=${args.interval ?? nothing}
    ?paused=${args.paused}
  ></civic-news-ticker>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The bundled feed, loaded through `src`. */
export const Default: Story = { args: { src: 'data/news.json' } };
export const Polish: Story = { args: { items: sampleWithBreaking, lang: 'pl' } };
export const German: Story = { args: { items: sampleWithBreaking, lang: 'de' } };
export const English: Story = { args: { items: sampleWithBreaking, lang: 'en' } };
export const Ukrainian: Story = { args: { items: sampleWithBreaking, lang: 'uk' } };
/** One headline at a time, with previous/next. */
export const StepMode: Story = { args: { items: sampleWithBreaking, mode: 'step', interval: 4 } };
export const StepModeGerman: Story = { args: { items: sampleWithBreaking, mode: 'step', lang: 'de' } };
/** Paused by the user (the `paused` attribute): only the play button resumes. */
export const Paused: Story = { args: { items: sampleWithBreaking, paused: true } };
/** Absolute dates and a custom label. */
export const DatesAndLabel: Story = { args: { items: sampleWithBreaking, time: 'date', label: 'Z ratusza' } };
/** `category="Wydarzenia"`. */
export const Category: Story = { args: { items: sampleWithBreaking, category: 'Wydarzenia' } };
export const Loading: Story = { args: { src: hangingFeed('ticker') } };
export const Empty: Story = { args: { items: [] } };
export const ErrorState: Story = { name: 'Error', args: { src: failingFeed(500, 'ticker') } };
/** A saved copy is shown after the feed failed, with a "may be out of date" notice. */
export const Stale: Story = {
  args: { lang: 'pl' },
  render: (args) => html`<civic-news-ticker
    lang=${args.lang ?? 'pl'}
    src=${seedStaleCopy(failingFeed(503, 'ticker-stale'))}
  ></civic-news-ticker>`,
};
