// Shared by scripts/lighthouse.ts and bench/keystroke.bench.ts: build the production bundle when it
// is missing or older than the sources, and serve it on a given port — with `vite preview`, or with
// `serveStatic`, a static server that gzips each file once, as a production server serving
// precompressed files does (vite preview gzips every response anew, work that on a one-core host
// competes with the page being measured).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Newest modification time under the given files and folders (ms). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    newest = stat.isDirectory()
      ? Math.max(newest, newestMtime(readdirSync(path).map((f) => join(path, f))))
      : Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Runs `vite build --outDir dist` unless dist/index.html is newer than every source file. */
export function buildIfNeeded(dist: string): void {
  const built = join(dist, 'index.html');
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(sources)) {
    console.log(`Using the existing build in ${dist}/`);
    return;
  }
  console.log(`Building into ${dist}/ …`);
  const run = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('vite build failed');
}

export interface Preview {
  readonly url: string;
  readonly stop: () => void;
}

/** Starts `vite preview` on 127.0.0.1:port and resolves once it answers. */
export async function startPreview(dist: string, port: number): Promise<Preview> {
  const url = `http://127.0.0.1:${port}/`;
  // Never measure someone else's server (a dev server on the same port would answer too).
  const alreadyThere = await fetch(url).then(
    () => true,
    () => false,
  );
  if (alreadyThere)
    throw new Error(`port ${port} is already in use: choose another (see the script's options)`);
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    // Its own process group, so stop() ends npx and the vite process it started together.
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const stop = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (is port ${port} taken?)`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.csv', '.txt']);

/**
 * Serves `dist` on 127.0.0.1:port from this process: each file read and gzipped once (again when it
 * changes on disk), unknown paths answered with index.html (the app has one page), no caching by the
 * browser (every run loads the page as a first visit does).
 */
export async function serveStatic(dist: string, port: number): Promise<Preview> {
  const root = normalize(dist);
  const cache = new Map<string, { mtimeMs: number; body: Buffer; gzipped?: Buffer }>();
  const load = (file: string) => {
    const { mtimeMs } = statSync(file);
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const body = readFileSync(file);
    const entry = { mtimeMs, body, ...(compressible.has(extname(file)) ? { gzipped: gzipSync(body) } : {}) };
    cache.set(file, entry);
    return entry;
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const entry = load(file);
    const gzip = entry.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip && entry.gzipped ? entry.gzipped : entry.body;
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
