// The distance helpers moved down a floor (src/map/distance.ts): the attractions map measures
// the visitor's distance to each place with them too.
export * from '../../map/distance.js';
