import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/article-cards/article-cards.js';
import type { NewsItem } from '../src/feeds/types.js';
import { sampleNews, seedStaleCopy } from './news-sample.js';
import { failingFeed, hangingFeed } from './story-feeds.js';

interface Args {
  lang?: string;
  src?: string;
  items?: NewsItem[];
  layout?: 'grid' | 'list' | 'compact';
  pageSize?: number;
  category?: string;
  featured?: boolean;
  seo?: boolean;
}

/**
 * `<civic-article-cards>`: one story per state, layout and language. The loading, error
 * and stale stories read feeds that hang or fail in the page itself (stories/story-feeds.ts),
 * so they show those states in the static Storybook too.
 */
const meta: Meta<Args> = {
  title: 'Elements/civic-article-cards',
  component: 'civic-article-cards',
  args: { lang: 'pl', layout: 'grid', pageSize: 6 },
  argTypes: { layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] } },
  render: (args) => html`<civic-article-cards
    src=${args.src ?? nothing}
    .items=${args.items}
    layout=${args.layout ?? 'grid'}
    page-size=${args.pageSize ?? nothing}
    category=${args.category ?? nothing}
    ?featured=${args.featured}
    ?seo=${args.seo}
  ></civic-article-cards>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The bundled feed through `src`, first card featured, as on the demo page. */
export const Default: Story = { args: { src: 'data/news.json', featured: true } };
export const Polish: Story = { args: { items: sampleNews, lang: 'pl' } };
export const German: Story = { args: { items: sampleNews, lang: 'de' } };
export const English: Story = { args: { items: sampleNews, lang: 'en' } };
export const Ukrainian: Story = { args: { items: sampleNews, lang: 'uk' } };
export const GridFeatured: Story = { args: { items: sampleNews, featured: true } };
/** Image beside the text once there is room. */
export const ListLayout: Story = { args: { items: sampleNews, layout: 'list', featured: true, pageSize: 4 } };
/** Titles and dates only, like a sidebar "Przeczytaj" list. */
export const CompactLayout: Story = { args: { items: sampleNews, layout: 'compact', pageSize: 5 } };
export const Category: Story = { args: { items: sampleNews, category: 'Współpraca' } };
export const CategoryWithoutArticles: Story = { args: { items: sampleNews, category: 'Sport', lang: 'en' } };
/** Missing and broken images get a neutral placeholder of the same size. */
export const MissingImages: Story = {
  args: {
    items: sampleNews.slice(0, 3).map((item, i) => ({ ...item, image: i === 0 ? undefined : `/data/images/missing-${i}.png` })),
  },
};
/** With `seo`: JSON-LD (an ItemList of NewsArticle) in the light DOM. */
export const Seo: Story = { args: { items: sampleNews, seo: true, pageSize: 3 } };
export const Loading: Story = { args: { src: hangingFeed('cards') } };
export const LoadingCompact: Story = { args: { src: hangingFeed('cards-compact'), layout: 'compact', pageSize: 4 } };
export const Empty: Story = { args: { items: [] } };
export const ErrorState: Story = { name: 'Error', args: { src: failingFeed(500, 'cards') } };
export const ErrorGerman: Story = { args: { src: failingFeed(404, 'cards'), lang: 'de' } };
/** A saved copy is shown after the feed failed, with a "may be out of date" notice. */
export const Stale: Story = {
  render: (args) => html`<civic-article-cards
    lang=${args.lang ?? 'pl'}
    page-size="3"
    src=${seedStaleCopy(failingFeed(503, 'cards-stale'))}
  ></civic-article-cards>`,
};
