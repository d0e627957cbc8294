import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress, shakeUtrechtComponents } from './vite-plugins.ts';
import { onlyUsedUtrechtCss } from './utrecht-css.ts';

// `npm run dev -w @koers/web` serves the app on :5173 and forwards /api to the Koers server.
export default defineConfig({
  plugins: [react(), shakeUtrechtComponents(), onlyUsedUtrechtCss(), precompress()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Which chunks each page needs, for the bench's entry sizes (npm run bench, KOERS_BENCH_PARTS=web); not served.
    manifest: true,
    // Two pages: the employee app and the inburgeraar portal (its own light entry, issue 17).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        portaal: fileURLToPath(new URL('./portaal.html', import.meta.url)),
      },
    },
  },
});
