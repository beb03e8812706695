/// <reference types="vitest/config" />
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, once,
 * at maximum compression; the server (sirv) sends them to browsers that accept them. The app
 * is ~1.2 MB of JavaScript, ~0.3 MB compressed: on a phone on the district office's Wi-Fi
 * that is the difference between seconds and a minute for the first visit.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'mufakat-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|webmanifest)$/.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
        const data = fs.readFileSync(file);
        if (data.length < 1024) continue;
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
      }
    },
  };
}

/**
 * Writes the list of the build's scripts and style sheets into the service worker
 * (`const BUILD_ASSETS = [];` in client/public/sw.js), so it caches the lazy chunks too. Also
 * makes every build's worker differ byte for byte, so browsers install the new one.
 */
/**
 * Chunks the worker does not keep: the PDF reader (pdf-lib with pako, 161 kB Brotli) serves an official
 * checking a signed naskah at a desk, online; every phone in the room would otherwise download it
 * in the background on the room's Wi-Fi. Offline, /verify says the PDF reader needs the server.
 */
export const NOT_PRECACHED = /^(pdf|charterPdfCheck)-/;

function serviceWorkerAssets(): Plugin {
  let outDir = '';
  return {
    name: 'mufakat-sw-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const sw = path.join(outDir, 'sw.js');
      const assets = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => /\.(js|css)$/.test(f) && !NOT_PRECACHED.test(f)).sort().map((f) => `/assets/${f}`);
      const text = fs.readFileSync(sw, 'utf8');
      if (!text.includes('const BUILD_ASSETS = [];')) throw new Error('sw.js has no `const BUILD_ASSETS = [];` to fill in');
      fs.writeFileSync(sw, text.replace('const BUILD_ASSETS = [];', `const BUILD_ASSETS = ${JSON.stringify(assets)};`));
    },
  };
}

/**
 * The entry (`client/src/main.tsx`) imports the React app (`boot.tsx`) dynamically, so the plain
 * join page does not download it; every other page would then fetch React only after the entry
 * has run, one round trip later. A few lines in the page's head start those downloads at once
 * (`modulepreload`) on every path but a join link `/j/<code>` (`router/routes.ts`: the join
 * route; a longer `/j/…` path is the not-found page and merely loads as before).
 */
function preloadAppOffJoinPage(): Plugin {
  return {
    name: 'mufakat-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/src/boot.tsx'));
        if (!boot) throw new Error('no chunk for client/src/boot.tsx: the join page split changed');
        const entry = chunks.find((c) => c.isEntry);
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file) || file === entry?.fileName) return;
          files.add(file);
          for (const imported of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(imported);
        };
        visit(boot.fileName);
        const hrefs = JSON.stringify([...files].map((f) => `/${f}`));
        const script = `<script>if(!/^\\/j\\/[^/]+\\/?$/.test(location.pathname))for(const href of ${hrefs}){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=href;document.head.appendChild(l)}</script>`;
        return html.replace('</title>', `</title>\n    ${script}`);
      },
    },
  };
}

/**
 * Libraries in chunks of their own, named, so a deploy that changes only our code leaves them
 * cached on the phones, and each loads only with the screens that use it (client/CONTEXT.md
 * "Chunks"). Screens and panels are split by `React.lazy` in the code; these groups only decide
 * where the shared libraries go. One chunk per library family keeps Yjs a single ES module.
 */
const VENDOR_CHUNKS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|use-sync-external-store)[\\/]/, priority: 10 },
  { name: 'yjs', test: /node_modules[\\/](yjs|lib0|y-protocols|y-websocket|y-indexeddb)[\\/]/, priority: 10 },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 10 },
  { name: 'editor', test: /node_modules[\\/](@tiptap|prosemirror-[^\\/]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs|markdown-it|@popperjs|@floating-ui)[\\/]/, priority: 10 },
  { name: 'dnd-kit', test: /node_modules[\\/]@dnd-kit[\\/]/, priority: 10 },
  { name: 'crypto', test: /node_modules[\\/](@noble|canonicalize)[\\/]/, priority: 10 },
  { name: 'qrcode', test: /node_modules[\\/](qrcode|dijkstrajs|pngjs)[\\/]/, priority: 10 },
  // Only the /verify page loads it, when someone picks a naskah PDF (features/verify/verifyModel.ts).
  { name: 'pdf', test: /node_modules[\\/](pdf-lib|@pdf-lib|pako|tslib)[\\/]/, priority: 10 },
];

// One file configures the client build (root: client/, output: dist/client) and the test
// projects. Unit tests live beside the code; integration and e2e tests start real servers.
export default defineConfig({
  root: 'client',
  plugins: [react(), preloadAppOffJoinPage(), serviceWorkerAssets(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    // dist/client/.vite/manifest.json: which chunks each screen loads; the size guard
    // (tests/integration/clientChunks.test.ts) reads it. sirv does not serve dot folders.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/sync': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'tests/architecture/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          root: '.',
          include: ['tests/integration/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/chaos/**/*.test.ts', 'tests/soak/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // Chromium is heavy on two cores: run browser files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
