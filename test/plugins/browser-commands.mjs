// A test-runner command that emulates Windows High Contrast (`forced-colors: active`) in
// Chromium over CDP: @web/test-runner-commands' emulateMedia passes forcedColors to Playwright
// only. Other features already emulated on the page are kept. Chromium picks the palette from the
// colour scheme emulated in the same call: `scheme: 'dark'` gives High Contrast Black (white text
// on black), `'light'` High Contrast White; without it, the palette is the light one.
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
      const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
      if (payload?.scheme) features.push({ name: 'prefers-color-scheme', value: payload.scheme });
      await cdp.send('Emulation.setEmulatedMedia', { features });
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

/**
 * The accessibility tree as Chromium gives it to screen readers (CDP
 * `Accessibility.getFullAXTree`, through shadow roots), below the element matching
 * `payload.selector`, as nested `{role, name, level, expanded, pressed, children}` in document
 * order. Ignored nodes are left out and their children lifted, as assistive technology sees it.
 */
export function axTreePlugin() {
  return {
    name: 'foi-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'foi-ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('Reading the accessibility tree is not supported for this browser type (it needs CDP, in Chromium).');
      const page = session.browser.getPage(session.id);
      const cdp = await page.target().createCDPSession();
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
        const { node } = await cdp.send('DOM.describeNode', { nodeId });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
        const build = (n) => {
          const children = (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap(build);
          if (n.ignored) return children;
          const out = { role: n.role?.value, name: n.name?.value ?? '' };
          for (const key of ['level', 'expanded', 'pressed']) {
            const v = prop(n, key);
            if (v !== undefined) out[key] = v;
          }
          if (children.length) out.children = children;
          return [out];
        };
        return start ? build(start)[0] ?? null : null;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * The page's network log, as DevTools lists it: `{ start: true }` starts a new log; any other
 * payload returns each request since, as `{ url, finished, failed }` (`failed`: the browser's
 * error text, net::ERR_ABORTED for a cancelled request). Puppeteer's request events, so
 * Chromium (and Firefox); elsewhere the command is not supported.
 */
export function networkLogPlugin() {
  const logs = new WeakMap();
  return {
    name: 'foi-network-log',
    async executeCommand({ command, payload, session }) {
      if (command !== 'foi-network-log') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('The network log is not supported for this browser type.');
      const page = session.browser.getPage(session.id);
      let log = logs.get(page);
      if (!log) {
        log = new Map();
        logs.set(page, log);
        page.on('request', (request) => log.set(request, { url: request.url(), finished: false, failed: null }));
        page.on('requestfinished', (request) => log.has(request) && (log.get(request).finished = true));
        page.on('requestfailed', (request) => log.has(request) && (log.get(request).failed = request.failure()?.errorText ?? 'failed'));
      }
      if (payload?.start) {
        log.clear();
        return true;
      }
      return [...log.values()];
    },
  };
}
