// Browser entry: lets the prerendered first screen paint before the app's code is fetched, then
// loads React DOM and src/main.tsx, which hydrates it. On a slow network the first paint then does
// not share the connection with the app's ~90 kB of script; the controls are disabled until
// hydration anyway. The first screen's stylesheets are linked from index.html by the build
// (scripts/deferred-entry-plugin.ts).
let started = false;
// React DOM first, on its own: compiling it and the app in one go would be one long task; in two,
// the browser can paint and answer input between them.
const start = () => {
  if (started) return;
  started = true;
  void import('react-dom/client').then(() => import('./main')).then((app) => app.startApp());
};

if (document.visibilityState === 'hidden') {
  // A page loaded in a background tab paints nothing until shown: start at once.
  start();
} else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  // Once the browser reports the first contentful paint (a frame on screen, not just produced).
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  // Should no paint be reported (a browser that never reports one for this page), start anyway.
  setTimeout(start, 3000);
} else {
  requestAnimationFrame(() => setTimeout(start, 0));
}
