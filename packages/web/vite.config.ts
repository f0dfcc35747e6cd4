import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/healthz': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', sourcemap: true },
});
