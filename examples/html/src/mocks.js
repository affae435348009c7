// The mocks for the page: MSW and the package's handlers in one browser module (dist/mocks.js).
export { startMockWorker } from 'active-sessions/mocks/browser';
