// Registers the service worker that vite-plugin-pwa generates (dist/sw.js), from a module file so the
// strict CSP (no inline script) holds. The worker skips waiting and claims the page, so a new version
// is installed in the background and runs from the next load; the open page is never reloaded under
// the user's hands, so nothing typed is lost.

/** How often an open page asks whether a new version was deployed (tablets stay open for days). */
export const updateCheckIntervalMs = 60 * 60 * 1000;

/** Registers `sw.js` beside index.html (works under any sub-path). Does nothing where unsupported. */
export function registerServiceWorker(
  nav: Navigator = navigator,
  baseUrl: string = import.meta.env.BASE_URL,
  win: Pick<Window, 'addEventListener' | 'setInterval'> & { document: Pick<Document, 'readyState'> } = window,
): void {
  if (!('serviceWorker' in nav)) return;
  const register = () => {
    nav.serviceWorker
      .register(`${baseUrl}sw.js`, { scope: baseUrl })
      .then((registration) => {
        win.setInterval(() => {
          registration.update().catch(() => {
            // Offline: try again at the next interval.
          });
        }, updateCheckIntervalMs);
      })
      .catch(() => {
        // Offline support is a bonus; the calculator works without it. Nothing to tell the user.
      });
  };
  // After the first screen is up, so registering never competes with the first paint.
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
