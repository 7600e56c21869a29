// Build-time render of the first screen to HTML, written into dist/index.html by the prerender
// plugin in vite.config.ts; the browser then hydrates it (src/main.tsx). Rendered as a first visit
// sees it: no clock, default settings, no reference data (those arrive after hydration; see
// src/lib/after-hydration.tsx).
import { prerender } from 'react-dom/static';
import { Root } from './app/root';

export async function renderFirstScreen(): Promise<string> {
  const { prelude } = await prerender(<Root />);
  return new Response(prelude).text();
}
