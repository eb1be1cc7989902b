// Counts results for the closing line "tests: N passed, N failed, N skipped" that
// scripts/test.mjs prints after the runner's own report (the runner's live terminal would
// overwrite a line printed here). Files that failed to load count as failed.
import { writeFileSync } from 'node:fs';

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (session.errors?.length) failed += 1;
      }
      const file = process.env.CIVIC_TEST_SUMMARY;
      if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    },
  };
}
