import { defineConfig } from '@playwright/test';

const port = 8091;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // Request interception and fresh loads need the network; offline.spec.mjs turns workers on.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: `node tests/support/serve.mjs dist ${port} --precompressed`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // The same app built with --public-url /guide/ (scripts/test.sh), served under that sub-path.
      command: `node tests/support/serve.mjs target/dist-sous-chemin ${port + 1} --base /guide/`,
      url: `http://127.0.0.1:${port + 1}/guide/`,
      reuseExistingServer: false,
    },
  ],
});
