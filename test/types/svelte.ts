/** Svelte 5: `import type {} from 'active-sessions/types/svelte'` is all a host adds. */
import type {} from 'active-sessions/types/svelte';
export { default } from './svelte.svelte';
