// A Vite dev server on a free loopback port with the project's plugins, plus one route of the
// benchmark's own (generated feeds): the setup the dev-server benchmarks share.
import { createServer } from 'vite';
import { civicPlugins } from '../build/plugins.mjs';

/** `route(req, res)` answers and returns true for its own URLs; others go on to Vite. */
export async function devServer(name, route) {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
    plugins: [
      ...civicPlugins(),
      {
        name,
        configureServer(s) {
          s.middlewares.use((req, res, next) => (route(req, res) ? undefined : next()));
        },
      },
    ],
  });
  await server.listen();
  return { server, port: server.httpServer.address().port };
}
