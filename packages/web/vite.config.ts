import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm --filter @lacuna/web dev` proxies the API of a running Lacuna (LACUNA_API, default port 4000).
const api = process.env.LACUNA_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': api, '/healthz': api } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The main chunk carries React, the router and the compiled GraphQL documents; Cytoscape is split off.
    chunkSizeWarningLimit: 700,
  },
});
