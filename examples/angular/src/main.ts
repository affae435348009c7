import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';

// No backend here: the package's MSW mocks answer /api/account (public/mockServiceWorker.js).
const { startMockWorker } = await import('active-sessions/mocks/browser');
await startMockWorker({ baseUrl: '/api/account' });

bootstrapApplication(AppComponent).catch((error: unknown) => console.error(error));
