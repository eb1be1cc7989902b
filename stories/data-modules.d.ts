/** `import feed from '../data/news.json?data'`: a JSON file as a module (Vite; the test runner mirrors it). */
declare module '*.json?data' {
  const value: unknown;
  export default value;
}
