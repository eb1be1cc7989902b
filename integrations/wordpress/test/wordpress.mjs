// One test site's files: Debian's WordPress (/usr/share/wordpress) linked into a document root
// of our own, with our own wp-config.php and a wp-content the web server may write to. Debian's
// wp-config.php (which reads /etc/wordpress) is never used: a PHP prepend file names our root
// as ABSPATH before WordPress starts, for Apache and for the command-line setup alike.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORDPRESS } from './packages.mjs';
import { WEB_USER } from './servers.mjs';

const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Writes the document root, wp-config.php and the PHP prepend file; returns their paths. */
export function createSiteFiles(dir, { url, db }) {
  const root = `${dir}/site`;
  const content = `${root}/wp-content`;
  mkdirSync(content, { recursive: true });
  for (const entry of readdirSync(WORDPRESS)) {
    if (entry !== 'wp-config.php' && entry !== 'wp-content') symlinkSync(`${WORDPRESS}/${entry}`, `${root}/${entry}`);
  }
  // Themes and core translations come from Debian; plugins and uploads are this site's own.
  symlinkSync(`${WORDPRESS}/wp-content/themes`, `${content}/themes`);
  symlinkSync(`${WORDPRESS}/wp-content/languages`, `${content}/languages`);
  for (const sub of ['plugins', 'uploads', 'upgrade', 'mu-plugins']) mkdirSync(`${content}/${sub}`);
  copyFileSync(fileURLToPath(new URL('offline.php', import.meta.url)), `${content}/mu-plugins/offline.php`);
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    `${root}/wp-config.php`,
    `<?php
// Written by integrations/wordpress/test for one run.
define( 'DB_NAME', ${php(db.database)} );
define( 'DB_USER', ${php(db.user)} );
define( 'DB_PASSWORD', ${php(db.password)} );
define( 'DB_HOST', ${php(`127.0.0.1:${db.port}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', ${php(randomBytes(24).toString('hex'))} );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );
define( 'WP_CONTENT_DIR', ${php(content)} );
define( 'WP_CONTENT_URL', ${php(`${url}/wp-content`)} );
// Every notice reaches the PHP error log the test reads; none is shown in pages.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', false );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
// A closed network: no update checks, no cron loopback, no request to wordpress.org.
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // Pretty permalinks, as most real sites use (so the REST API lives at /wp-json/).
  writeFileSync(
    `${root}/.htaccess`,
    `<IfModule mod_rewrite.c>
RewriteEngine On
RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
`,
  );
  const prepend = `${dir}/prepend.php`;
  writeFileSync(prepend, `<?php\ndefine( 'ABSPATH', ${php(`${root}/`)} );\n`);
  const logs = `${dir}/logs`;
  mkdirSync(logs);
  const phpLog = `${logs}/php-errors.log`;
  writeFileSync(phpLog, '');
  for (const path of [dir, root, logs]) chmodSync(path, 0o755);
  giveToWebUser(content, logs);
  return { root, content, prepend, phpLog };
}

/** Lets the web server's user write `paths` (when we are root and Apache runs as www-data). */
export function giveToWebUser(...paths) {
  if (WEB_USER) spawnSync('chown', ['-R', `${WEB_USER}:${WEB_USER}`, ...paths]);
}

/** Runs a PHP file on the command line as the web server's user, with WordPress's ABSPATH set. */
export function runPhp(site, script, scriptArgs = [], env = {}) {
  const args = ['-d', `auto_prepend_file=${site.prepend}`, '-d', 'log_errors=1', '-d', 'display_errors=stderr', '-d', `error_log=${site.phpLog}`, '-d', 'error_reporting=32767', script, ...scriptArgs];
  const [command, commandArgs] = WEB_USER ? ['runuser', ['-u', WEB_USER, '--', 'php', ...args]] : ['php', args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`php ${script} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}
