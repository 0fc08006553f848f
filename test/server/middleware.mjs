// Test-only endpoints for remote data, served by the test runner's own dev server.
//   /__test/slow?ms=N&body=...&type=...   answers after N ms (default body: a two-row CSV)
//   /__test/drip?ms=N                     sends the headers at once, then the CSV body a byte at a
//                                         time over N ms (a slow body, not a slow server)
//   /__test/status/N                      answers with that HTTP status
//   /__test/big                           a 1.5 MB CSV (with Content-Length)
//   /__test/big-chunked                   a 1.5 MB CSV streamed without Content-Length
//   /__test/count/NAME?ms=N               counts requests (GET /__test/count-read/NAME returns the
//                                         count); answers a small CSV, after N ms if given
//   /__test/count-read/NAME               {"count": n}
//   /__test/html                          an HTML page served with status 200
//   /__test/store/NAME                    PUT stores the request body (and its content type);
//                                         GET serves it back (404 until stored)
//   /__test/cdn/dist/FILE                 dist/FILE (.js, .json, .css) byte for byte, with CORS, as a CDN serves it (the
//                                         test server's own /dist/ is transformed by esbuild, so its
//                                         bytes are not those integrity.json hashed)
//   /__test/cdn/tampered/FILE             the same, but foi-charts-draw.js altered by one comment (a
//                                         compromised CDN), so its sha384 no longer matches
//   /__test/csp-page?variant=...          an HTML page under a strict Content-Security-Policy that
//                                         loads /src/all.ts (variant=canary adds an inline style
//                                         that must be reported; variant=embed loads
//                                         /dist/foi-charts.js instead)
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const counts = new Map();
const store = new Map();

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function cspPage(variant) {
  const script =
    variant === 'embed'
      ? '<script src="/dist/foi-charts.js" defer></script>'
      : '<script type="module" src="/src/all.ts"></script>';
  // Inline style attributes are forbidden by style-src 'self': the canary must be reported,
  // which proves the listener works.
  const canary = variant === 'canary' ? '<p id="canary" style="color: red">canary</p>' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>foi-charts under a strict CSP</title>
<script src="/test/server/csp-listener.js"></script>
${script}
</head>
<body>
${canary}
<offence-platform-bar eager id="preset"></offence-platform-bar>
<foi-donut-chart eager id="donut" values="Alpha: 5; Beta: 3; Gamma: 2" actions="table csv png bars"></foi-donut-chart>
<foi-bar-chart eager id="patterns" patterns highlight="B" values="A: 1; B: 2; C: -1"></foi-bar-chart>
<foi-bar-chart eager id="remote" src="/test/fixtures/platforms.csv" value-column="Cases"></foi-bar-chart>
<div data-foi-chart="foi-bar-chart" data-eager id="placeholder">
  <p></p>
  <table><caption>From a table</caption>
    <tr><th>Thing</th><th>Count</th></tr>
    <tr><td>X</td><td>4</td></tr>
    <tr><td>Y</td><td>5</td></tr>
  </table>
</div>
</body>
</html>
`;
}

export async function testServerMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/dist/')) {
    // As a CDN serves the embed: the chunks are ES modules, which load cross-origin only with CORS.
    await next();
    ctx.set('Access-Control-Allow-Origin', '*');
    return;
  }
  if (!url.pathname.startsWith('/__test/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  if (kind === 'slow') {
    const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 30000);
    await sleep(ms);
    ctx.type = url.searchParams.get('type') || 'text/csv';
    ctx.body = url.searchParams.get('body') || 'label,value\nA,1\nB,2\n';
    return;
  }
  if (kind === 'drip') {
    const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 30000);
    const text = 'label,value\nA,1\nB,2\n';
    const step = ms / text.length;
    ctx.type = 'text/csv';
    ctx.body = Readable.from(
      (async function* () {
        for (const ch of text) {
          yield ch;
          await sleep(step);
        }
      })(),
    );
    return;
  }
  if (kind === 'status') {
    ctx.status = Number(arg) || 500;
    ctx.body = 'nope';
    return;
  }
  if (kind === 'big') {
    ctx.type = 'text/csv';
    ctx.body = 'label,value\n' + 'x'.repeat(1_500_000) + ',1\n';
    return;
  }
  if (kind === 'big-chunked') {
    // A stream body: Koa sends it chunked, with no Content-Length to refuse it by.
    ctx.type = 'text/csv';
    ctx.body = Readable.from(
      (function* () {
        yield 'label,value\n';
        for (let i = 0; i < 150; i++) yield `row${i},${'1'.repeat(9_990)}\n`;
      })(),
    );
    return;
  }
  if (kind === 'count') {
    counts.set(arg, (counts.get(arg) || 0) + 1);
    const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 30000);
    if (ms) await sleep(ms);
    ctx.type = 'text/csv';
    ctx.body = 'label,value\nA,3\nB,4\n';
    return;
  }
  if (kind === 'count-read') {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({ count: counts.get(arg) || 0 });
    return;
  }
  if (kind === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body>Not data</body></html>';
    return;
  }
  if (kind === 'store') {
    if (ctx.method === 'PUT' || ctx.method === 'POST') {
      const body = await readBody(ctx.req);
      store.set(arg, { type: ctx.get('content-type') || 'text/plain', body });
      ctx.status = 204;
      return;
    }
    const entry = store.get(arg);
    if (!entry) {
      ctx.status = 404;
      ctx.body = 'not stored';
      return;
    }
    ctx.type = entry.type;
    ctx.body = entry.body;
    return;
  }
  if (kind === 'cdn') {
    const [, , , dir, file] = url.pathname.split('/');
    if (!['dist', 'tampered'].includes(dir) || !/^[\w.-]+\.(js|json|css)$/.test(file ?? '')) return next();
    const text = await readFile(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = file.endsWith('.json') ? 'application/json' : file.endsWith('.css') ? 'text/css' : 'text/javascript';
    ctx.body = dir === 'tampered' && file === 'foi-charts-draw.js' ? `${text}\n/* tampered */\n` : text;
    return;
  }
  if (kind === 'csp-page') {
    ctx.type = 'text/html';
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = cspPage(url.searchParams.get('variant') || '');
    return;
  }
  return next();
}
