import type { Partnership } from '../src/feeds/types.js';

/**
 * The least a partnership needs (two cities, a title, a status), without the lists a parsed
 * file always has: stories and tests start from it to show what the panel makes of little.
 */
export const minimalPartnership = (over: Partial<Partnership> = {}): Partnership =>
  ({
    id: 'ourtown-partnertown',
    title: 'Ourtown – Partnertown',
    status: 'contact',
    cities: [
      { id: 'ourtown', name: 'Ourtown', country: 'PL' },
      { id: 'partnertown', name: 'Partnertown', country: 'DE' },
    ],
    ...over,
  }) as Partnership;
