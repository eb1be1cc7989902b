import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/partnership-panel/partnership-panel.js';
import { minimalPartnership } from './partnership-sample.js';
import bundled from '../data/partnership.json?data';
import { partnershipDescriptor } from '../src/feeds/kinds/partnership.js';
import { failingFeed, hangingFeed, seedSavedCopy } from './story-feeds.js';

interface Args {
  lang: string;
  src?: string;
  newsSrc?: string;
  bilingual?: string;
  partner?: string;
  order?: string;
  headingLevel?: number;
  width?: number;
  tileUrl?: string;
  partnerships?: unknown[];
}

/** A made-up second partnership, so a file with several can be shown. */
const examplePartnerships = [
  {
    id: 'ourtown-partnertown',
    title: { pl: 'Ourtown – Partnertown (przykład)', de: 'Ourtown – Partnertown (Beispiel)', en: 'Ourtown – Partnertown (example)' },
    status: 'active',
    since: '2019-05-09',
    cities: [
      { id: 'ourtown', name: 'Ourtown', country: 'PL', lat: 52.0, lon: 20.0, population: 40000 },
      { id: 'partnertown', name: 'Partnertown', country: 'CZ', lat: 50.0, lon: 14.4, population: 25000 },
    ],
    areas: [
      { id: 'youth', icon: 'youth', title: { pl: 'Wymiana młodzieży', de: 'Jugendaustausch', en: 'Youth exchange' } },
      { id: 'sport', icon: 'sport', title: { pl: 'Sport', de: 'Sport', en: 'Sport' } },
    ],
    contacts: [{ city: 'ourtown', name: 'Twinning office', email: 'twin@ourtown.example', phone: '+48 46 000 00 00' }],
  },
  {
    id: 'ourtown-otherville',
    title: { pl: 'Ourtown – Innemiasto (przykład)', de: 'Ourtown – Anderstadt (Beispiel)', en: 'Ourtown – Otherville (example)' },
    status: 'intent',
    since: '2026-02-01',
    next: { pl: 'Podpisanie umowy.', de: 'Unterzeichnung des Vertrags.', en: 'Signing the agreement.' },
    cities: [
      { id: 'ourtown', name: 'Ourtown', country: 'PL', lat: 52.0, lon: 20.0 },
      { id: 'otherville', name: { pl: 'Innemiasto', de: 'Anderstadt', en: 'Otherville' }, country: 'UA', lat: 49.8, lon: 24.0 },
    ],
    milestones: [
      { date: '2026-02-01', title: { pl: 'List intencyjny', de: 'Absichtserklärung', en: 'Letter of intent' } },
      { date: '2025-10-10', title: { pl: 'Pierwsza wizyta', de: 'Erster Besuch', en: 'First visit' } },
    ],
  },
];

const meta: Meta<Args> = {
  title: 'Elements/civic-partnership-panel',
  component: 'civic-partnership-panel',
  args: { lang: 'pl', src: 'data/partnership.json', newsSrc: 'data/news.json' },
  render: (args) => html`<div style=${args.width ? `max-width: ${args.width}px` : nothing}>
    <civic-partnership-panel
      lang=${args.lang}
      src=${args.src ?? nothing}
      news-src=${args.newsSrc ?? nothing}
      bilingual=${args.bilingual ?? nothing}
      partner=${args.partner ?? nothing}
      order=${args.order ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      tile-url=${args.tileUrl ?? nothing}
      .partnerships=${args.partnerships}
    ></civic-partnership-panel>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const DefaultPolish: Story = { name: 'Default (Polski)', args: { lang: 'pl' } };
export const DefaultGerman: Story = { name: 'Default (Deutsch)', args: { lang: 'de' } };
export const DefaultEnglish: Story = { name: 'Default (English)', args: { lang: 'en' } };
export const DefaultUkrainian: Story = { name: 'Default (Українська)', args: { lang: 'uk' } };

export const BilingualPlDe: Story = { name: 'Bilingual PL | DE', args: { lang: 'pl', bilingual: 'pl de' } };
export const BilingualDePl: Story = { name: 'Bilingual DE | PL', args: { lang: 'de', bilingual: 'de pl' } };
export const BilingualUkPl: Story = { name: 'Bilingual UK | PL', args: { lang: 'uk', bilingual: 'uk pl' } };

export const Narrow: Story = { name: 'Phone width (320 px)', args: { lang: 'de', width: 320 } };

/** The file is on its way (its address never answers). */
export const Loading: Story = { args: { lang: 'pl', src: hangingFeed('panel'), newsSrc: undefined } };

/** A refresh failed (HTTP 503): the saved copy from three days ago, with a notice. */
export const Stale: Story = {
  name: 'Stale (saved copy)',
  args: { lang: 'uk', newsSrc: undefined },
  render: (args, context) => {
    const src = seedSavedCopy(partnershipDescriptor, failingFeed(503, 'panel-stale'), partnershipDescriptor.parseJson(bundled, { base: new URL('/data/partnership.json', location.href).href }));
    return meta.render!({ ...args, src }, context as never);
  },
};

/** The server answers with an error (HTTP 500): plain words, the details folded away. */
export const ServerError: Story = { name: 'Error (server)', args: { lang: 'en', src: failingFeed(500, 'panel'), newsSrc: undefined } };

export const FileMissing: Story = { name: 'Error (file missing)', args: { lang: 'de', src: 'data/missing-partnership.json', newsSrc: undefined } };

export const InvalidData: Story = {
  name: 'Error (invalid data)',
  args: { lang: 'en', src: undefined, newsSrc: undefined, partnerships: [{ id: 'no-cities', title: 'No cities', status: 'talks' }] },
};

export const SeveralPartnerships: Story = {
  name: 'Several partnerships (partner picks one)',
  args: { lang: 'en', src: undefined, newsSrc: undefined, partnerships: examplePartnerships, partner: 'ourtown-otherville', order: 'newest' },
};

export const MinimalData: Story = {
  name: 'Minimal data',
  args: {
    lang: 'pl',
    src: undefined,
    newsSrc: undefined,
    partnerships: [minimalPartnership()],
  },
};

export const HeadingLevel3: Story = { name: 'Heading level 3, newest first', args: { lang: 'en', headingLevel: 3, order: 'newest' } };

/** The optional mini-map with OpenStreetMap tiles: nothing is requested before consent. */
export const MiniMap: Story = {
  name: 'Mini-map (asks before loading tiles)',
  args: { lang: 'de', tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' },
};
