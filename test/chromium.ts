import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How every browser run of the project (e2e, the bench) launches Chromium: Debian's
 * /usr/bin/chromium when present (Playwright cannot download its own browser on CI or on an
 * air-gapped machine), else Playwright's own. The flags keep a headless Chromium from reaching
 * for the network on its own (refused here, and slow) and make it run as root in a container.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumLaunchOptions(): LaunchOptions {
  return fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS } : {};
}
