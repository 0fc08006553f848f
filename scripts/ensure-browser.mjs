#!/usr/bin/env node
// Makes sure the browsers the tests need exist before the test runner starts.
// Chromium by default; with --all also Firefox ESR, WebKitGTK's driver and Xvfb.
// If one is missing and apt-get can run (root), installs Debian's package; otherwise stops
// with a message saying how to point CHROME_PATH at a browser.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const all = process.argv.includes('--all');
const needs = [
  { bin: process.env.CHROME_PATH || '/usr/bin/chromium', pkg: 'chromium', env: 'CHROME_PATH' },
  ...(all
    ? [
        { bin: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr', pkg: 'firefox-esr', env: 'FIREFOX_BIN' },
        { bin: process.env.WEBKIT_DRIVER_BIN || '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver', env: 'WEBKIT_DRIVER_BIN' },
        { bin: '/usr/bin/Xvfb', pkg: 'xvfb', env: 'DISPLAY (a running X server)' },
      ]
    : []),
];
const missing = needs.filter((n) => !existsSync(n.bin));
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!canApt) {
  for (const m of missing) {
    console.error(`foi-charts tests need ${m.pkg}: ${m.bin} was not found.`);
    console.error(`  Install it (Debian: sudo apt-get install ${m.pkg}) or set ${m.env} to its path.`);
  }
  process.exit(1);
}
const pkgs = missing.map((m) => m.pkg).join(' ');
console.log(`Installing Debian packages for the tests: ${pkgs}`);
try {
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs} fonts-dejavu-core`, {
    stdio: 'inherit',
  });
} catch {
  console.error(`Could not install ${pkgs}. Install it by hand, or set CHROME_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}
