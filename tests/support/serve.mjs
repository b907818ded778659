// A static server for dist/, as a host or CDN would serve it: prerendered pages (<path>/index.html),
// SPA fallback to the bare shell for other page paths,
// real 404s for missing files, long cache for hashed assets, and (with --precompressed) the
// .br/.gz files written next to each asset, chosen by Accept-Encoding.
// With --base /guide/, the site is served under that sub-path, as a deployment under a sub-path.
// With --h2 <certificate> <key>, it speaks HTTP/2 over TLS, as CDNs do (the benchmark uses it: the page
// modules are many small files, which HTTP/1.1 would fetch six at a time).
// Usage: node tests/support/serve.mjs <dir> <port> [--precompressed] [--base /guide/] [--h2 cert.pem key.pem]
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '8090', ...flags] = process.argv.slice(2);
const precompressed = flags.includes('--precompressed');
const base = flags.includes('--base') ? flags[flags.indexOf('--base') + 1] : '/';
const h2 = flags.includes('--h2') ? flags.slice(flags.indexOf('--h2') + 1, flags.indexOf('--h2') + 3) : null;
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8', '.tsv': 'text/tab-separated-values; charset=utf-8', '.bin': 'application/octet-stream',
};

async function file(path) {
  try { return (await stat(path)).isFile() ? path : null; } catch { return null; }
}

const serve = async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(base) && url.pathname !== base.replace(/\/$/, '')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }); res.end('hors du site'); return;
  }
  let path = normalize(decodeURIComponent(url.pathname.slice(base.length - 1) || '/')).replace(/^(\.\.[/\\])+/, '');
  let target = await file(join(dir, path)) ?? (extname(path) === '' ? await file(join(dir, path, 'index.html')) : null);
  let status = 200;
  if (!target) {
    // SPA fallback: the bare shell, and the app routes itself (index.html may be the prerendered home).
    if (extname(path) === '') { target = await file(join(dir, 'coquille.html')) ?? join(dir, 'index.html'); }
    else { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }); res.end('introuvable'); return; }
  }
  const headers = { 'content-type': types[extname(target)] ?? 'application/octet-stream', vary: 'Accept-Encoding' };
  headers['cache-control'] = /[.-][0-9a-f]{12,16}[._/]/.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache';
  let body = target;
  const accept = req.headers['accept-encoding'] ?? '';
  if (precompressed) {
    for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accept.includes(enc) && await file(target + ext)) { body = target + ext; headers['content-encoding'] = enc; break; }
    }
  }
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : await readFile(body));
};
const server = h2
  ? createSecureServer({ cert: await readFile(h2[0]), key: await readFile(h2[1]), allowHTTP1: true }, serve)
  : createServer(serve);
server.listen(Number(port), '127.0.0.1', () => console.log(`dist servi sur ${h2 ? 'https' : 'http'}://127.0.0.1:${port}`));
