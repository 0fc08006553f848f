// The same test runner, against Lit's development build: test/dev/ checks that foi-charts
// triggers none of Lit's development warnings. `npm test` runs it after the main suite.
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/dev/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // Lit announces its development mode once per page; that notice is expected.
  filterBrowserLogs: (log) => base.filterBrowserLogs(log) && !String(log.args[0]).startsWith('Lit is in dev mode'),
};
