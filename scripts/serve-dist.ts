// Shared by scripts/lighthouse.ts and bench/keystroke.bench.ts: build the production bundle when it
// is missing or older than the sources, and serve it with `vite preview` on a given port.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
