// What a page downloads from dist/, found by what it requests (rows 11 and 12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { open, settle } from './browser.mjs';
import { root } from './env.mjs';

/** Chart.js's LineElement defaults (they survive minification): a file holding them holds line code. */
const LINE_CODE = 'capBezierPoints';

/**
 * The JavaScript a library page fetches from dist/, found by what the page requests (so a
 * change in how the library is split into chunks needs no change here). A fresh page in a fresh
 * context, loaded until its charts have drawn and it is quiet; then the gzip -9 bytes of each
 * dist/ .js file it requested (read from disk: the server sends the files as they are), and
 * whether the file holds Chart.js's line code. `against`: the dist/ directory of a build served
 * under /before/.
 */
export async function downloads({ browser, origin, against = null }, path) {
  const s = await open(browser, origin, null);
  const urls = new Set();
  s.page.on('request', (request) => urls.add(request.url()));
  try {
    await s.page.goto(origin + path, { waitUntil: 'load' });
    await s.page.waitForFunction(() => window.__bench.firstRender != null, { timeout: 30_000 });
    await settle(s.page);
    const files = [...urls]
      .map((url) => decodeURIComponent(new URL(url).pathname))
      .filter((pathname) => /^(\/before)?\/dist\//.test(pathname) && /\.m?js$/.test(pathname))
      .sort()
      .map((pathname) => {
        const before = pathname.startsWith('/before/');
        const file = pathname.replace(/^\/before/, '').slice(1);
        const code = readFileSync(before ? join(against, file.slice('dist/'.length)) : join(root, file));
        return { file, bytes: gzipSync(code, { level: 9 }).length, line: code.includes(LINE_CODE) };
      });
    return { files, bytes: files.reduce((a, f) => a + f.bytes, 0), problems: s.problems };
  } finally {
    await s.close();
  }
}

/** `a.js` 1,234 B + `b.js` 5,678 B (files without their dist/ folder). */
export const fileList = (d, mark = () => '') =>
  d.files.map((f) => `\`${f.file.replace(/^dist\//, '')}\` ${f.bytes.toLocaleString('en-GB')} B${mark(f)}`).join(' + ');
