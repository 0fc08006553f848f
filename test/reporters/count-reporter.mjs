// Counts passed, failed and skipped tests over every browser and file, and writes them as JSON
// to the file named by FOI_TEST_COUNTS (used by .ci/run to print "N passed, N failed"), adding
// to what the file already holds. The failures are listed by name too (`failures`), so that the
// end of a CI log, which may be all that is kept, says which tests failed and in which browser.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function walk(suite, counts, where, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      const why = String(test.error?.message ?? '').split('\n')[0].slice(0, 200);
      counts.failures.push(`${where}: ${[...path, test.name].join(' > ')}${why ? ` (${why})` : ''}`);
    }
  }
  for (const child of suite?.suites ?? []) walk(child, counts, where, [...path, child.name]);
}

export function countReporter(file = process.env.FOI_TEST_COUNTS) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, errors: 0, failures: [] };
      for (const session of sessions) {
        const where = `${session.browser?.name ?? 'browser'} ${relative(process.cwd(), session.testFile)}`;
        walk(session.testResults, counts, where);
        // A file that failed to load, or threw outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.errors += session.errors.length;
          counts.failed += 1;
          counts.failures.push(`${where}: ${String(session.errors[0]?.message ?? 'error').split('\n')[0].slice(0, 200)}`);
        }
      }
      // Several runs (production and development Lit) add up in one file.
      if (file && existsSync(file)) {
        try {
          const before = JSON.parse(readFileSync(file, 'utf8'));
          for (const key of Object.keys(counts)) {
            if (key === 'failures') counts.failures = [...(before.failures ?? []), ...counts.failures];
            else counts[key] += Number(before[key]) || 0;
          }
        } catch {
          // an empty or unreadable file: start from these counts
        }
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
