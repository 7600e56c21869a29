// Vite plugin: index.html's entry (src/boot.ts) only imports src/main.tsx dynamically, after the first
// paint. Vite would then load the app's stylesheets with that import, after the paint, and the
// prerendered first screen would paint unstyled. This links them from index.html instead: every
// stylesheet of the dynamically imported entry's chunk and of the chunks it imports statically.
// Vite's import of main.tsx later finds them already linked and does not load them again.
import type { Plugin } from 'vite';

type ChunkLike = {
  type: 'chunk';
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
};

export function linkDeferredEntryStyles(): Plugin {
  let base = './';
  return {
    name: 'j9207:link-deferred-entry-styles',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk) return html;
        const css = new Set<string>();
        const seen = new Set<string>();
        const visit = (fileName: string) => {
          if (seen.has(fileName)) return;
          seen.add(fileName);
          const output = bundle[fileName] as unknown as ChunkLike | undefined;
          if (output?.type !== 'chunk') return;
          for (const file of output.viteMetadata?.importedCss ?? []) css.add(file);
          for (const imported of output.imports) visit(imported);
        };
        for (const dynamic of (chunk as unknown as ChunkLike).dynamicImports) visit(dynamic);
        const links = [...css]
          .filter((file) => !html.includes(file))
          .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`)
          .join('\n    ');
        if (!links)
          throw new Error('the deferred entry has no stylesheet to link: is src/boot.ts the entry?');
        return html.replace('</head>', `    ${links}\n  </head>`);
      },
    },
  };
}
