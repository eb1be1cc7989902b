// Counts results for the closing lines that scripts/test.mjs prints after the runner's own
// report (the runner's live terminal would overwrite a line printed here): passed, failed,
// skipped, and each failure's file and title, so the closing lines can name the engine.
// Files that failed to load count as failed. The slowest files (the sum of their tests'
// durations) tell where an engine's time goes.
import { relative } from 'node:path';
import { writeFileSync } from 'node:fs';

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const summary = { passed: 0, failed: 0, skipped: 0, failures: [], slowest: [] };
      const fileMs = [];
      const testMs = [];
      const firstLine = (error) => String(error?.message ?? error ?? '').split('\n')[0].slice(0, 200);
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        let ms = 0;
        const walk = (suite, path) => {
          for (const test of suite.tests) {
            ms += test.duration ?? 0;
            testMs.push({ test: `${file}: ${[...path, test.name].join(' > ')}`, ms: test.duration ?? 0 });
            if (test.skipped) summary.skipped += 1;
            else if (test.passed) summary.passed += 1;
            else {
              summary.failed += 1;
              summary.failures.push(`${file}: ${[...path, test.name].join(' > ')}: ${firstLine(test.error)}`);
            }
          }
          for (const child of suite.suites) walk(child, [...path, child.name]);
        };
        if (session.testResults) walk(session.testResults, []);
        fileMs.push({ file, ms });
        for (const error of session.errors ?? []) {
          summary.failed += 1;
          summary.failures.push(`${file}: ${firstLine(error)}`);
        }
      }
      summary.files = fileMs.sort((a, b) => b.ms - a.ms);
      summary.slowest = summary.files.slice(0, 3);
      summary.slowestTests = testMs.sort((a, b) => b.ms - a.ms).slice(0, 15);
      const out = process.env.CIVIC_TEST_SUMMARY;
      if (out) writeFileSync(out, JSON.stringify(summary));
    },
  };
}
