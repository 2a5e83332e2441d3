import { defineConfig } from '@playwright/test';

/**
 * Browser tests (`npm run test:browser`): the pages qgrade writes, opened in
 * Debian's `chromium-headless-shell` (apt-get install chromium-headless-shell
 * fonts-noto-cjk). Playwright never downloads a browser here; set
 * QGRADE_CHROMIUM to use another Chromium binary.
 */
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/browser',
  // The machines this runs on are small and shared: one browser at a time, and time to load the library.
  workers: 1,
  timeout: 120_000,
  forbidOnly: true,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1100, height: 1400 },
    launchOptions: {
      executablePath: process.env.QGRADE_CHROMIUM ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
