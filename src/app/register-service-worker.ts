// Registers the service worker that vite-plugin-pwa generates (dist/sw.js), from a module file so the
// strict CSP (no inline script) holds. The worker skips waiting and claims the page, so a new version
// is installed in the background and runs from the next load; the open page is never reloaded under
// the user's hands, so nothing typed is lost.

/** Registers `sw.js` beside index.html (works under any sub-path). Does nothing where unsupported. */
export function registerServiceWorker(nav: Navigator = navigator, baseUrl = import.meta.env.BASE_URL): void {
  if (!('serviceWorker' in nav)) return;
  const register = () => {
    nav.serviceWorker.register(`${baseUrl}sw.js`, { scope: baseUrl }).catch(() => {
      // Offline support is a bonus; the calculator works without it. Nothing to tell the user.
    });
  };
  // After the first screen is up, so registering never competes with the first paint.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
