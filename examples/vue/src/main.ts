import { createApp } from 'vue';
import 'active-sessions';
// Types for <active-sessions> in templates: attributes, properties and events.
import type {} from 'active-sessions/types/vue';
import App from './App.vue';

// No backend here: the package's MSW mocks answer /api/account (public/mockServiceWorker.js).
const { startMockWorker } = await import('active-sessions/mocks/browser');
await startMockWorker({ baseUrl: '/api/account' });

createApp(App).mount('#app');
