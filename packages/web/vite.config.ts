import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev -w @koers/web` serves the app on :5173 and forwards /api to the Koers server.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
