// A local web server for the repository's files and a headless Debian Chromium, for the
// benchmarks (benchmarks/lighthouse.mjs) and the page-bytes check (scripts/check-page-bytes.mjs).
import { spawn } from 'node:child_process';
import process from 'node:process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumArgs } from './wtr-engines.mjs';

const repository = fileURLToPath(new URL('..', import.meta.url));

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };

/**
 * Serves the repository's files (or `root`'s), gzip-compressed when the browser accepts it (text
 * only), as a plain web server would send them. `routes` answers paths of its own first (path →
 * handler); `extra` headers go with every file (a Content-Security-Policy, say).
 */
export function serve(routes = {}, root = repository, extra = {}) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url, 'http://localhost').pathname];
    if (route) return route(request, response);
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    let body;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache', ...extra };
    if (/gzip/.test(request.headers['accept-encoding'] ?? '') && type !== 'application/octet-stream') {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Headless Debian Chromium (CHROME_PATH to choose another) opening `url`, with a DevTools port (for Lighthouse). */
export async function launchChromium(url = 'about:blank') {
  const profile = mkdtempSync(join(tmpdir(), 'ctkit-chromium-'));
  const chromium = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, url], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so that closing it stops its helper processes too.
    detached: true,
  });
  const port = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)), 30_000);
    chromium.stderr.on('data', (chunk) => {
      log += chunk;
      const found = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
  });
  return {
    port,
    /** Stops Chromium and removes its profile, once it has exited. */
    async close() {
      const exited = new Promise((resolve) => (chromium.exitCode === null ? chromium.once('exit', resolve) : resolve()));
      process.kill(-chromium.pid, 'SIGTERM');
      await exited;
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/**
 * Pages that report back: `route` is a `/__result` route for {@link serve}, where a page posts
 * its result as JSON; `open(url)` opens `url` in a fresh headless Chromium (nothing cached),
 * waits for that result (or `{ error }` after `timeout` ms without one), and closes Chromium.
 * One page at a time.
 */
export function pageReports() {
  let settle;
  return {
    route: {
      '/__result': (request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          response.writeHead(204).end();
          settle(JSON.parse(body));
        });
      },
    },
    async open(url, timeout = 60_000) {
      const result = new Promise((resolve) => (settle = resolve));
      const chromium = await launchChromium(url);
      let timer;
      try {
        return await Promise.race([result, new Promise((resolve) => (timer = setTimeout(() => resolve({ error: `no report within ${timeout / 1000} s` }), timeout)))]);
      } finally {
        clearTimeout(timer);
        await chromium.close();
      }
    },
  };
}
