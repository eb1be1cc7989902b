// Leaflet's ES module build has the same API as the UMD `main` that @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
