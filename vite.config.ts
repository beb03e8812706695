/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One file configures the client build (root: client/, output: dist/client) and the test
// projects. Unit tests live beside the code; integration and e2e tests start real servers.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
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
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
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
