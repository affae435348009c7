import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <active-sessions> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'active-sessions' } },
    }),
  ],
  server: { host: '127.0.0.1' },
});
