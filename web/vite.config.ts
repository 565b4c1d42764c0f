import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const dkfdsDist = fileURLToPath(new URL('../node_modules/dkfds/dist/', import.meta.url));

/**
 * The web client's build. Run from the repository root with
 * `vite build --config web/vite.config.ts`; the output goes to dist/web, which
 * the Fastify server serves with an SPA fallback and a strict CSP (no inline
 * scripts or styles), so the build must not inline any. Every compressible
 * file also gets a brotli and a gzip copy (precompress.ts), which the server
 * sends as they are.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), precompress()],
  resolve: {
    // dkfds's package entry exports only its JavaScript; styles and icons are taken from its dist.
    alias: [
      { find: /^dkfds-css$/, replacement: `${dkfdsDist}css/dkfds.min.css` },
      { find: /^dkfds-icons(\?.*)?$/, replacement: `${dkfdsDist}img/all-svg-icons.svg$1` },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The preload polyfill is an inline script, which the CSP (script-src 'self') refuses.
    modulePreload: { polyfill: false },
    // Keep assets as files: fonts and icons referenced from CSS stay cacheable.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    fs: { allow: [repoRoot] },
    proxy: { '/api': 'http://localhost:3200' },
  },
});
