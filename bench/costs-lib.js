/**
 * What bench/costs.js measures, from the package's own sources: built by scripts/bench.mjs as the
 * bundle is (scripts/vite-lib.mjs: Rolldown, the Oxc minifier, ES2022), in memory, and served as
 * /bench/costs-lib.js. The mocks' worker (mocks/browser.ts) is built apart, as
 * /bench/costs-mocks.js, so msw stays out of this module.
 */
export { MAX_USER_AGENT_SCAN, parseUserAgent } from '../src/ua.ts';
export { parseSessionList } from '../src/model.ts';
export { OPTIONAL_BODY_TIMEOUT, request } from '../src/adapters/http.ts';
export { createRestAdapter } from '../src/adapters/rest.ts';
