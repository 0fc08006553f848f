// Test-only endpoints for remote data, served by the test runner's own dev server.
//   /__test/slow?ms=N&body=...   answers after N ms
//   /__test/status/N             answers with that HTTP status
//   /__test/big                  a 1.5 MB CSV
//   /__test/count/NAME           counts requests (GET /__test/count-read/NAME returns the count)
const counts = new Map();

export async function testServerMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  if (kind === 'slow') {
    const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 30000);
    await new Promise((r) => setTimeout(r, ms));
    ctx.type = url.searchParams.get('type') || 'text/csv';
    ctx.body = url.searchParams.get('body') || 'label,value\nA,1\nB,2\n';
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
  if (kind === 'count') {
    counts.set(arg, (counts.get(arg) || 0) + 1);
    ctx.type = 'text/csv';
    ctx.body = 'label,value\nA,3\nB,4\n';
    return;
  }
  if (kind === 'count-read') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(arg) || 0 });
    return;
  }
  if (kind === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body>Not data</body></html>';
    return;
  }
  return next();
}
