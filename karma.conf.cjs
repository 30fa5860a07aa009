// Karma configuration shared by every web library's `test` target (@angular/build:karma).
// The Angular builder adds the compiled specs, the test-bed set-up and its own middleware.
const fs = require('node:fs');
const path = require('node:path');

process.env.CHROME_BIN ||= '/usr/bin/chromium';

/**
 * Writes `{"passed":N,"failed":N,"skipped":N}` to the file named by TEST_RESULTS_FILE at the end
 * of the run, so `npm test` can add up results across projects. A run that errored outside any
 * spec (for example a failed import) counts as at least one failure.
 */
function ResultsFileReporter() {
  const counts = { passed: 0, failed: 0, skipped: 0 };

  this.onRunStart = () => {
    counts.passed = 0;
    counts.failed = 0;
    counts.skipped = 0;
  };

  this.onSpecComplete = (_browser, result) => {
    if (result.skipped || result.pending) counts.skipped += 1;
    else if (result.success) counts.passed += 1;
    else counts.failed += 1;
  };

  this.onRunComplete = (_browsers, results) => {
    const file = process.env.TEST_RESULTS_FILE;
    if (!file) return;
    const failed = results.error || results.disconnected ? Math.max(counts.failed, 1) : counts.failed;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ passed: counts.passed, failed, skipped: counts.skipped }) + '\n');
  };
}
ResultsFileReporter.$inject = [];

module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      { 'reporter:results-file': ['type', ResultsFileReporter] },
    ],
    reporters: ['progress', 'results-file'],
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    },
    client: { jasmine: { random: true } },
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
    browserNoActivityTimeout: 60000,
    captureTimeout: 60000,
  });
};
