// Text folding lives beside the other text matching (src/feeds/localized.ts), in the code every
// element shares: as a module of its own it became a chunk of its own, one more round trip
// before the first cards could render (a browser finds a module's imports only once it has it).
export { fold } from '../feeds/localized.js';
