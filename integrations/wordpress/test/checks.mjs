// What test:wordpress checks in Chromium, in the order an editor would meet it: install the
// zip in wp-admin, set up the data files and settings, look at the pages (with and without
// JavaScript), then work in the block editor. Each step asserts what a person sees.
import { readFileSync, statSync } from 'node:fs';
import { installPlugin, login, newPage } from './browser-steps.mjs';
import { checkSettings } from './check-settings.mjs';
import { checkVisitor } from './check-visitor.mjs';
import { checkEditor } from './check-editor.mjs';

export async function runChecks({ browser, site, zip, check, phase }) {
  const admin = await browser.createBrowserContext();
  const page = await newPage(admin);
  await login(page, site, site.content.users.admin);
  await phase('plugin upload', () => installPlugin(page, site, zip, check));
  await phase('settings', () => checkSettings({ browser, page, site, check }));
  await phase('visitor pages', () => checkVisitor({ browser, site, check }));
  await phase('block editor', () => checkEditor({ browser, site, check }));
  const log = readFileSync(site.phpLog, 'utf8').trim();
  check('the PHP error log stayed empty (E_ALL, WP_DEBUG)', statSync(site.phpLog).size === 0, log.split('\n').slice(0, 20).join('\n'));
  await admin.close();
}
