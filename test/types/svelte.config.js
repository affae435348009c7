// svelte-check's configuration for the type fixture (the repo's vite.config.ts has no Svelte plugin).
export default {};
