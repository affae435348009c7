import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// No backend here: the package's MSW mocks answer /api/account (public/mockServiceWorker.js).
const { startMockWorker } = await import('active-sessions/mocks/browser');
await startMockWorker({ baseUrl: '/api/account' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
