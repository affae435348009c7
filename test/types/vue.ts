/** Vue 3: `import type {} from 'active-sessions/types/vue'` is all a host adds (GlobalComponents). */
import type {} from 'active-sessions/types/vue';
export { default } from './vue.vue';
