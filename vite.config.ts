// Build, dev server and Vitest configuration.
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { linkDeferredEntryStyles } from './scripts/deferred-entry-plugin.ts';
import { prerenderFirstScreen } from './scripts/prerender-plugin.ts';

export default defineConfig({
  // Relative asset paths so dist/ can be served from any sub-path.
  base: './',
  plugins: [
    react(),
    // The first screen rendered to HTML into dist/index.html, hydrated in the browser.
    prerenderFirstScreen(),
    // The entry loads the app after the first paint; the app's stylesheets are linked from index.html.
    linkDeferredEntryStyles(),
    // Offline: a generated service worker precaches the app shell, every built chunk (the lazy views
    // too, so they open offline), the reference data in public/data/ and the audit's sample CSV.
    // No runtime caching: nothing the user types is ever fetched, so nothing typed can land in a cache.
    VitePWA({
      // The page registers the worker itself from src/app/register-service-worker.ts: no inline
      // script (the CSP forbids it) and no forced reload in the middle of an entry.
      injectRegister: false,
      registerType: 'autoUpdate',
      // The icons are precached by the glob below; listing them again would only duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'J9207 ixabepilone dose & billing calculator',
        short_name: 'J9207 dose',
        description:
          'Dose, vials and J9207 billing units for ixabepilone (IXEMPRA), worked out exactly and explained.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b4f6c',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}', 'data/*.json', '*.csv'],
        navigateFallback: 'index.html',
        // A new version takes over as soon as it is installed; the open page keeps running the code
        // it loaded, and the next load (or reload) runs the new version. No tab stays stuck on an old one.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Keep the worker a single file (no importScripts of a workbox-*.js sibling).
        inlineWorkboxRuntime: true,
        sourcemap: false,
      },
    }),
  ],
  // No modulepreload polyfill: every browser we target supports modulepreload, and without it a
  // preload is only skipped, never broken. Saves its bytes in the first load.
  // The manifest (dist/.vite/manifest.json) tells the size budget which chunks the first load fetches.
  build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: false },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    // Sized for a machine three times slower than a developer's, under load: the slowest test
    // (typing through the whole app) takes a few seconds here.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
