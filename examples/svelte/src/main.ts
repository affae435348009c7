import { mount } from 'svelte';
import 'active-sessions';
// Types for <active-sessions> in .svelte files: attributes, properties and events.
import type {} from 'active-sessions/types/svelte';
import App from './App.svelte';

// No backend here: the package's MSW mocks answer /api/account (public/mockServiceWorker.js).
const { startMockWorker } = await import('active-sessions/mocks/browser');
await startMockWorker({ baseUrl: '/api/account' });

mount(App, { target: document.getElementById('app')! });
