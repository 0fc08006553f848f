// A test-runner command that emulates Windows High Contrast (`forced-colors: active`) in
// Chromium over CDP: @web/test-runner-commands' emulateMedia passes forcedColors to Playwright
// only. Other features already emulated on the page are kept.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'foi-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'foi-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('Forced colours are not supported for this browser type.');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.target().createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * Brings the test's window to the front: Firefox delivers focus events (and applies :focus)
 * only in the focused window, and test files run side by side in windows.
 */
export function focusPagePlugin() {
  return {
    name: 'foi-focus-page',
    async executeCommand({ command, session }) {
      if (command !== 'foi-focus-page') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      await session.browser.getPage(session.id).bringToFront();
      return true;
    },
  };
}
