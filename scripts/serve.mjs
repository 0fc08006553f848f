#!/usr/bin/env node
// Serves the repository on localhost for the demo article and the chart builder (npm start builds first).
// Plain static files, no build step at request time: the demo loads dist/foi-charts.js exactly
// as a partner site would. PORT picks the port (default 8000; the next free one if taken).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // The chart builder lives in dist/builder/ (it loads the embed beside it, ../foi-charts.js).
  if (url.pathname === '/builder' || url.pathname === '/builder/') {
    res.writeHead(302, { Location: '/dist/builder/' }).end();
    return;
  }
  // The address a newcomer types first goes to the demo article.
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (path !== root && !path.startsWith(root + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    const size = statSync(path).size;
    res.writeHead(200, {
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-cache',
      // Lets the embed be tried from another origin, as from a CDN.
      'Access-Control-Allow-Origin': '*',
    });
    createReadStream(path).pipe(res);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

let port = Number(process.env.PORT) || 8000;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(++port, '127.0.0.1');
  else throw error;
});
server.on('listening', () => {
  console.log(`foi-charts demo: http://localhost:${port}/demo/`);
  console.log(`Chart builder: http://localhost:${port}/builder/`);
  console.log('Press Ctrl+C to stop.');
});
server.listen(port, '127.0.0.1');
