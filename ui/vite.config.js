import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI is bundled into ui/dist and embedded in the app: nothing is fetched at run time.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The .ftl files live in ../locales, shared with Rust.
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    // No inline scripts or data: URLs for modules: the content security policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
