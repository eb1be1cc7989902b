import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/attractions-map/attractions-map.js';
import { attractionsDescriptor } from '../src/feeds/kinds/attractions.js';
import { failingFeed, hangingFeed, seedSavedCopy } from './story-feeds.js';

/** Three places of the bundled file, for the "may be out of date" story's saved copy. */
const savedPlaces = {
  type: 'FeatureCollection',
  language: 'pl',
  features: [
    ['ruiny-zamku', 'heritage', 20.2342, 52.2264, { pl: 'Ruiny Zamku Książąt Mazowieckich', de: 'Burgruine der Herzöge von Masowien', en: 'Ruins of the Castle of the Dukes of Masovia', uk: 'Руїни замку мазовецьких князів' }],
    ['muzeum-ziemi', 'museum', 20.238, 52.2295, { pl: 'Muzeum Ziemi Sochaczewskiej', de: 'Museum des Sochaczewer Landes', en: 'Museum of the Sochaczew Land', uk: 'Музей Сохачевської землі' }],
    ['park-chopina', 'park', 20.2409, 52.2283, { pl: 'Park im. Fryderyka Chopina', de: 'Frédéric-Chopin-Park', en: 'Frédéric Chopin Park', uk: 'Парк імені Фридерика Шопена' }],
  ].map(([id, category, lon, lat, name]) => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, category, name } })),
};

/**
 * Stories never contact a tile server: consented stories draw a plain grid tile from a
 * `data:` URL. Set `tile-url` (or leave the default OpenStreetMap) on a real page.
 */
const GRID_TILE =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='256' height='256'%3E%3Crect width='256' height='256' fill='%23eef1ea'/%3E%3Cpath d='M0 .5H256M.5 0V256' stroke='%23d5dbd0'/%3E%3C/svg%3E";

interface Args {
  lang: string;
  src: string;
  consent?: string;
  tileUrl?: string;
  categories?: string;
  selected?: string;
  view?: string;
  theme?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/civic-attractions-map',
  component: 'civic-attractions-map',
  args: { lang: 'pl', src: 'data/attractions.geojson' },
  render: (args) => html`<civic-attractions-map
    src=${args.src}
    consent=${args.consent ?? nothing}
    tile-url=${args.tileUrl ?? nothing}
    tile-attribution=${args.tileUrl === GRID_TILE ? 'Story grid (no tiles loaded)' : nothing}
    categories=${args.categories ?? nothing}
    selected=${args.selected ?? nothing}
    view=${args.view ?? nothing}
    theme=${args.theme ?? nothing}
  ></civic-attractions-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Before consent: the list, an outline of the points and the two-click consent. */
export const NoConsent: Story = {};
export const NoConsentGerman: Story = { args: { lang: 'de' } };
export const NoConsentEnglish: Story = { args: { lang: 'en' } };
export const NoConsentUkrainian: Story = { args: { lang: 'uk' } };
/** `consent="granted"`: the map loads when visible. */
export const Consented: Story = { args: { consent: 'granted', tileUrl: GRID_TILE } };
export const ConsentedGerman: Story = { args: { lang: 'de', consent: 'granted', tileUrl: GRID_TILE } };
export const ConsentedEnglish: Story = { args: { lang: 'en', consent: 'granted', tileUrl: GRID_TILE } };
export const ConsentedUkrainian: Story = { args: { lang: 'uk', consent: 'granted', tileUrl: GRID_TILE } };
/** `categories="museum park"` preselects the legend filter. */
export const Filtered: Story = { args: { consent: 'granted', tileUrl: GRID_TILE, categories: 'museum park' } };
/** `selected` opens the details of one attraction. */
export const Selected: Story = { args: { lang: 'en', consent: 'granted', tileUrl: GRID_TILE, selected: 'muzeum-ziemi-sochaczewskiej-i-pola-bitwy-nad-bzura' } };
export const SelectedPolish: Story = { args: { selected: 'dom-urodzenia-fryderyka-chopina' } };
/** `view="list"`: the accessible list alone, no map. */
export const ListOnly: Story = { args: { view: 'list' } };
/** The feed is on its way (its address never answers): the list waits, the map frame is reserved. */
export const Loading: Story = { args: { src: hangingFeed('map') } };
/** A refresh failed (HTTP 503): the saved copy from three days ago, with a notice. */
export const Stale: Story = {
  args: { lang: 'uk' },
  render: (args, context) =>
    meta.render!({ ...args, src: seedSavedCopy(attractionsDescriptor, failingFeed(503, 'map-stale'), attractionsDescriptor.parseJson(savedPlaces)) }, context as never),
};
/** The server answers with an error (HTTP 500). */
export const ServerError: Story = { name: 'Error (server)', args: { lang: 'en', src: failingFeed(500, 'map') } };
/** A feed that cannot be loaded: the reason and a retry button. */
export const Error: Story = { args: { src: 'data/missing-attractions.geojson' } };
export const ErrorGerman: Story = { args: { lang: 'de', src: 'data/missing-attractions.geojson' } };
/** `theme="dark"` on a dark page (the element takes the page's background). */
export const Dark: Story = {
  args: { lang: 'en', theme: 'dark', consent: 'granted', tileUrl: GRID_TILE },
  render: (args, context) => html`<div style="background:#121417;padding:1rem">${meta.render!(args, context as never)}</div>`,
};
