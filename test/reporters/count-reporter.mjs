// Counts passed, failed and skipped tests over every browser and file, and writes them as JSON
// to the file named by FOI_TEST_COUNTS (used by .ci/run to print "N passed, N failed"), adding
// to what the file already holds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

function walk(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) walk(child, counts);
}

export function countReporter(file = process.env.FOI_TEST_COUNTS) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, errors: 0 };
      for (const session of sessions) {
        walk(session.testResults, counts);
        // A file that failed to load, or threw outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.errors += session.errors.length;
          counts.failed += 1;
        }
      }
      // Several runs (production and development Lit) add up in one file.
      if (file && existsSync(file)) {
        try {
          const before = JSON.parse(readFileSync(file, 'utf8'));
          for (const key of Object.keys(counts)) counts[key] += Number(before[key]) || 0;
        } catch {
          // an empty or unreadable file: start from these counts
        }
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
