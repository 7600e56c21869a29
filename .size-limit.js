// Size budget (`npm run size`, after `npm run build`): the first load's JavaScript + CSS, gzipped.
// The first load is what a browser fetches to show and start the first screen, read from Vite's
// build manifest (dist/.vite/manifest.json): the entry script of index.html (src/boot.ts), the app's
// start it imports right after the first paint (src/main.tsx), every chunk those two import
// statically, and their stylesheets. Lazy chunks (the calculation core, the result panel's content,
// details, audit, print, …) are not in it: no result exists before the core arrives, and the
// prerendered first screen is on screen before any of them.
// SIZE_DIST=<folder> measures another build folder (default dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.SIZE_DIST ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  throw new Error(`${manifestPath} not found: run \`npm run build\` first.`);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** The chunk's file, its static imports' files (recursively) and all their stylesheets. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in ${manifestPath}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entry) throw new Error(`No index.html entry in ${manifestPath}`);
const start = 'src/main.tsx';
if (!manifest[entry].dynamicImports?.includes(start)) {
  throw new Error(`index.html's entry no longer imports ${start}: update this budget's first-load set.`);
}
const firstLoad = [...closure(start, closure(entry))].map((file) => join(dist, file));

export default [
  {
    name: 'First load: entry JS, the app start it imports, their static imports and CSS (gzip)',
    path: firstLoad,
    gzip: true,
    // 100,000 bytes exactly (size-limit reads "KB" as 1,024 bytes).
    limit: '100000 B',
  },
  {
    name: 'Everything precached for offline: all JS + CSS, lazy views included (gzip, no budget)',
    path: [join(dist, 'assets/*.js'), join(dist, 'assets/*.css')],
    gzip: true,
  },
];
