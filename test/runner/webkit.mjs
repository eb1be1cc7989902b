// WebKit for @web/test-runner: WebKitGTK's own WebDriver (WebKitWebDriver) drives MiniBrowser,
// reached through the runner's webdriver launcher (webdriverio). MiniBrowser is a real GTK
// window, so this launcher starts a private Xvfb display and the driver on free ports, and
// stops both with the run. It also sizes the page: WebDriver sizes windows, not viewports.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on the first free display (it tells which through -displayfd). */
export function startXvfb(path) {
  const xvfb = spawn(path, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  xvfb.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}): ${log.trim().split('\n').pop()}`)));
    xvfb.stdio[3].once('data', (chunk) => resolve({ process: xvfb, display: `:${String(chunk).trim()}` }));
  });
}

export async function startDriver(path, display) {
  const port = await freePort();
  const driver = spawn(path, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Without a GPU, WebKitGTK's DMA-BUF renderer took 300-460 ms to show each change (a
    // requestAnimationFrame after a new panel, measured); shared-memory buffers take 4-14 ms.
    // Only how frames reach the X display changes, not what the page computes or paints.
    env: { ...process.env, DISPLAY: display, WEBKIT_DISABLE_DMABUF_RENDERER: '1' },
  });
  let log = '';
  driver.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((_, reject) =>
    driver.once('exit', (code) => reject(new Error(`WebKitWebDriver stopped (${code}): ${log.trim()}`))));
  exited.catch(() => {}); // once it is up, its exit at the end of the run is no error
  for (let i = 0; i < 100; i += 1) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ready) return { process: driver, port };
    await Promise.race([exited, new Promise((r) => setTimeout(r, 100))]);
  }
  driver.kill();
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s.`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor({ driver, browser, xvfb }) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver runs
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.paths = { driver, xvfb };
    this.children = [];
    this.killChildren = () => this.children.forEach((child) => child.kill());
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    const xvfb = await startXvfb(this.paths.xvfb);
    this.children.push(xvfb.process);
    process.once('exit', this.killChildren);
    const driver = await startDriver(this.paths.driver, xvfb.display);
    this.children.push(driver.process);
    this.options.port = driver.port;
    const manager = await super.createDriverManager();
    await this.setViewport({ width: 800, height: 600 });
    return manager;
  }

  /** Makes the page's viewport (not the window) the given size, as puppeteer's setViewport does. */
  async setViewport({ width, height }) {
    const inner = () => this.driver.execute(() => [window.innerWidth, window.innerHeight]);
    await this.driver.setWindowSize(width, height);
    const [w, h] = await inner();
    if (w !== width || h !== height) await this.driver.setWindowSize(2 * width - w, 2 * height - h);
  }

  async stop() {
    await super.stop();
    this.killChildren();
    this.children = [];
    process.off('exit', this.killChildren);
  }
}

export const webkitLauncher = (paths) => new WebKitLauncher(paths);
