// A private MariaDB and Apache (mod_php) for one test run: their own data, config and logs in
// a temporary folder, listening on 127.0.0.1 only, on ports nobody else uses. The system's own
// services and /etc are left alone. Each server runs under a small shell watchdog that stops
// it when our process goes away, even if the test itself is killed.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { writeFileSync } from 'node:fs';
import { phpModule } from './packages.mjs';

const isRoot = process.getuid?.() === 0;
/** The user Apache's PHP runs as (and so the one that writes uploads and plugins). */
export const WEB_USER = isRoot ? 'www-data' : undefined;

/** A port on 127.0.0.1 that is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// `read` returns when our end of the pipe closes: on stop(), or when this process dies.
const WATCHDOG = '"$@" </dev/null & child=$!; read _eof; kill -TERM "$child" 2>/dev/null; wait "$child"';

/** Starts `command` under the watchdog; `stop()` ends it and waits for it to exit. */
function supervise(name, command, args) {
  // Its own process group: Apache signals its whole group when it stops, which must not be ours.
  const shell = spawn('sh', ['-c', WATCHDOG, 'sh', command, ...args], { stdio: ['pipe', 'ignore', 'pipe'], detached: true });
  const output = [];
  shell.stderr.on('data', (chunk) => output.push(chunk));
  const exited = new Promise((resolve) => shell.on('exit', resolve));
  let stopped = false;
  return {
    name,
    async stop() {
      if (stopped) return;
      stopped = true;
      shell.stdin.end();
      const timer = setTimeout(() => shell.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
    exited,
    /** What the server wrote to stderr (shown when the test fails). */
    stderr: () => Buffer.concat(output).toString(),
  };
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port, process, what, seconds = 30) {
  let ended = false;
  process.exited.then(() => (ended = true));
  for (const started = Date.now(); Date.now() - started < seconds * 1000; ) {
    if (await portOpen(port)) return;
    if (ended) throw new Error(`${what} exited before it listened on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not listen on port ${port} within ${seconds} s`);
}

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.stdout;
};

// Small InnoDB files: the whole database of the test site is a few megabytes.
const DB_TUNING = ['--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M', '--innodb-data-file-path=ibdata1:8M:autoextend'];

/** A fresh MariaDB in `dir` with one database and user for WordPress. */
export async function startMariaDb(dir, { port, database, user, password }) {
  const asUser = isRoot ? ['--user=root'] : [];
  run('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/data`, ...asUser, '--auth-root-authentication-method=normal', '--skip-test-db', ...DB_TUNING]);
  const socket = `${dir}/mysql.sock`;
  const server = supervise('MariaDB', '/usr/sbin/mariadbd', [
    '--no-defaults',
    `--datadir=${dir}/data`,
    `--socket=${socket}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    '--skip-name-resolve',
    `--pid-file=${dir}/mysql.pid`,
    `--log-error=${dir}/mysql-error.log`,
    ...asUser,
    ...DB_TUNING,
  ]);
  await waitForPort(port, server, 'MariaDB');
  const sql = [
    `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
    `CREATE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';`,
    `GRANT ALL ON \`${database}\`.* TO '${user}'@'127.0.0.1';`,
  ].join('\n');
  run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot'], { input: sql });
  return server;
}

/** Apache with mod_php serving `docRoot` on 127.0.0.1:`port`; PHP logs every error to `phpLog`. */
export async function startApache(dir, { port, docRoot, prepend, phpLog, allow }) {
  const modules = '/usr/lib/apache2/modules';
  const load = (name, file) => `LoadModule ${name}_module ${modules}/${file}`;
  const config = `# One test run's Apache: nothing from /etc/apache2 is read.
ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${dir}/httpd.pid"
DefaultRuntimeDir "${dir}"
Mutex file:${dir} default
ErrorLog "${dir}/apache-error.log"
LogLevel warn
${load('mpm_prefork', 'mod_mpm_prefork.so')}
${load('authz_core', 'mod_authz_core.so')}
${load('mime', 'mod_mime.so')}
${load('dir', 'mod_dir.so')}
${load('rewrite', 'mod_rewrite.so')}
LoadModule php_module ${phpModule()}
${isRoot ? `User ${WEB_USER}\nGroup ${WEB_USER}` : ''}
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
LogFormat "%h %t \\"%r\\" %>s %b %D" timed
CustomLog "${dir}/access.log" timed
DocumentRoot "${docRoot}"
DirectoryIndex index.php index.html
<Directory />
  AllowOverride None
  Require all denied
</Directory>
${[docRoot, ...allow].map((path) => `<Directory "${path}">\n  Options FollowSymLinks\n  AllowOverride All\n  Require all granted\n</Directory>`).join('\n')}
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_value auto_prepend_file "${prepend}"
php_admin_flag log_errors on
php_admin_flag display_errors off
php_admin_value error_reporting 32767
php_admin_value error_log "${phpLog}"
php_admin_value upload_max_filesize 16M
php_admin_value post_max_size 16M
php_admin_value memory_limit 256M
`;
  writeFileSync(`${dir}/httpd.conf`, config);
  run('/usr/sbin/apache2', ['-t', '-f', `${dir}/httpd.conf`]);
  const server = supervise('Apache', '/usr/sbin/apache2', ['-f', `${dir}/httpd.conf`, '-DFOREGROUND']);
  await waitForPort(port, server, 'Apache');
  return server;
}
