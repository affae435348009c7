import base from './web-test-runner.config.mjs';
export default { ...base, testsFinishTimeout: 60000, testFramework: { config: { timeout: 5000, grep: process.env.GREP } } };
