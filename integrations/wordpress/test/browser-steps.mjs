// Small steps in Chromium that several checks share: pages that record console errors and
// requests, logging in, installing the plugin zip through wp-admin.

/** A page that remembers its console errors, uncaught errors and the hosts it contacted. */
export async function newPage(context, { javaScript = true, width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewport({ width, height });
  await page.setJavaScriptEnabled(javaScript);
  page.errors = [];
  page.hosts = new Set();
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(`console: ${message.text()} ${message.location()?.url ?? ''}`);
  });
  page.on('pageerror', (error) => page.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) page.hosts.add(url.host);
  });
  return page;
}

/**
 * Logs in by posting wp-login.php's form fields, as its form does. (Opening the login page
 * itself would log two PHP 8.2 deprecation notices from WordPress 6.1's wp-login.php, which
 * calls wp_signon() without credentials on every visit: core's, not the plugin's.)
 */
export async function login(page, site, user) {
  await page.goto(`${site.url}/wp-includes/images/blank.gif`, { waitUntil: 'domcontentloaded' });
  const status = await page.evaluate(
    async ({ url, user, password }) => {
      document.cookie = 'wordpress_test_cookie=WP%20Cookie%20check; path=/';
      const body = new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Zaloguj się', redirect_to: `${url}/wp-admin/`, testcookie: '1' });
      const response = await fetch(`${url}/wp-login.php`, { method: 'POST', body, credentials: 'same-origin' });
      return { status: response.status, url: response.url };
    },
    { url: site.url, user, password: site.password },
  );
  if (!status.url.includes('/wp-admin')) throw new Error(`login as ${user} failed: ${JSON.stringify(status)}`);
}

/** Plugins → Add New → Upload Plugin with the zip, then Activate. */
export async function installPlugin(page, site, zip, check) {
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
  const input = await page.$('#pluginzip');
  await input.uploadFile(zip);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 60_000 }), page.click('#install-plugin-submit')]);
  const installed = await page.evaluate(() => document.querySelector('.wrap')?.innerText ?? '');
  const activate = await page.$('a.button-primary[href*="action=activate"]');
  check('the zip installs through Plugins → Add New → Upload Plugin', Boolean(activate), installed.slice(0, 600));
  if (!activate) throw new Error('plugin upload failed');
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), activate.click()]);
  const row = await page.evaluate(() => {
    const tr = document.querySelector('tr[data-slug="civic-widgets"]');
    return tr ? { active: tr.classList.contains('active'), text: tr.innerText } : null;
  });
  check('the plugin activates, with a Settings link on the Plugins screen (in Polish)', row?.active && row.text.includes('Ustawienia'), JSON.stringify(row));
}

/** Uploads a file to the media library through the REST API, with the logged-in page's nonce. */
export async function uploadMedia(page, site, name, body, type) {
  return page.evaluate(
    async ({ url, name, body, type }) => {
      const nonce = await (await fetch(`${url}/wp-admin/admin-ajax.php?action=rest-nonce`, { credentials: 'same-origin' })).text();
      const response = await fetch(`${url}/wp-json/wp/v2/media`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-WP-Nonce': nonce, 'Content-Disposition': `attachment; filename="${name}"`, 'Content-Type': type },
        body,
      });
      const json = await response.json();
      return { status: response.status, id: json.id, url: json.source_url, message: json.message };
    },
    { url: site.url, name, body, type },
  );
}
