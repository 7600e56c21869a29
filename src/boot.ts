// Browser entry: lets the prerendered first screen paint before the app's code is fetched, then
// loads src/main.tsx, which hydrates it. On a slow network the first paint then does not share the
// connection with the app's ~90 kB of script; the controls are disabled until hydration anyway.
// The first screen's stylesheets are linked from index.html by the build (scripts/deferred-entry-plugin.ts).
// React DOM first, on its own: compiling it and the app in one go would be one long task; in two,
// the browser can paint and answer input between them.
const start = () => {
  void import('react-dom/client').then(() => import('./main')).then((app) => app.startApp());
};
// A page loaded in a background tab paints nothing until shown: start at once.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
