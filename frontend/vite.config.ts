/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: {
    // During `npm run dev` the backend runs separately on port 8080.
    proxy: {
      '/api/v1': 'http://localhost:8080',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The Utrecht React packages carry their CSS as strings (about 440 kB of the bundle, 50 kB gzipped).
    chunkSizeWarningLimit: 1024,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    // the CI machines have two cores shared with the backend build: a keyboard-driven grid test can
    // take longer than vitest's 5 s default without anything being wrong
    testTimeout: 20_000,
    // checks/: tests of the repository's papers (publiccode.yml), run with the unit tests
    include: ['src/**/*.test.{ts,tsx}', 'checks/**/*.test.ts'],
    css: false,
  },
});
