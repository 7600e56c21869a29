// Vite plugin: at the end of `vite build`, renders the app's first screen to HTML and puts it in
// dist/index.html's <div id="root"> (in place of the <!--app-html--> marker), so a first visit paints
// the real screen before any script runs; src/main.tsx then hydrates it. The render comes from a
// nested SSR build of src/prerender.tsx, so it is whatever the app renders, never a hand-kept copy.
// It runs in transformIndexHtml, before vite-plugin-pwa precaches index.html, so the service worker
// serves the prerendered page too. `vite build`, `npm start` and the e2e build all go through it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

const marker = '<!--app-html-->';

export function prerenderFirstScreen(entry = 'src/prerender.tsx'): Plugin {
  let root = process.cwd();
  return {
    name: 'j9207:prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(marker)) throw new Error(`index.html has no ${marker} marker for the prerender`);
        // Inside the project, so the SSR bundle's bare imports (react, react-dom) resolve to node_modules.
        const cacheDir = join(root, 'node_modules', '.cache');
        mkdirSync(cacheDir, { recursive: true });
        const outDir = mkdtempSync(join(cacheDir, 'prerender-'));
        try {
          await build({
            configFile: false,
            root,
            logLevel: 'warn',
            plugins: [react()],
            build: { ssr: entry, outDir, emptyOutDir: true, minify: false, sourcemap: false },
          });
          const file = pathToFileURL(join(outDir, 'prerender.js')).href;
          const { renderFirstScreen } = (await import(file)) as { renderFirstScreen: () => Promise<string> };
          const body = await renderFirstScreen();
          if (!body.trim()) throw new Error('the prerender rendered nothing');
          return html.replace(marker, body);
        } finally {
          rmSync(outDir, { recursive: true, force: true });
        }
      },
    },
  };
}
