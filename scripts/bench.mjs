// Prints the first-load sizes and the Lighthouse scores of every route. See scripts/bench.sh.
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';

const DIST = 'dist';
const PORT = 8093;
// The results link is what a stand visitor opens by scanning the QR code: not prerendered.
const RESULTS = '/quiz/resultats?r=1-' + '210'.repeat(8) + '-11-01';
const ROUTES = ['/', '/metiers', '/metiers/aide-soignant', '/quiz', RESULTS, '/carte', '/quiz/classe', '/vrai-ou-faux', '/a-propos'];
const STATIC_ROUTE = '/metiers/aide-soignant (page statique)';
const RUNS = 3;
// As a CDN serves it: HTTP/2 over TLS (a certificate made for 127.0.0.1, which the browser is told to
// accept); `--http1` measures plain HTTP/1.1 instead.
const HTTP1 = process.argv.includes('--http1');
const TLS = 'target/bench-tls';
if (!HTTP1) {
  await mkdir(TLS, { recursive: true });
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', `${TLS}/key.pem`, '-out', `${TLS}/cert.pem`], { stdio: 'ignore' });
  if (made.status !== 0) throw new Error('openssl n\'a pas pu créer le certificat de test');
}
const SCHEME = HTTP1 ? 'http' : 'https';
const serverFlags = HTTP1 ? [] : ['--h2', `${TLS}/cert.pem`, `${TLS}/key.pem`];
const origin = (port) => `${SCHEME}://127.0.0.1:${port}`;
const kb = (n) => (n / 1024).toFixed(1);

async function size(path) {
  try { return (await stat(path)).size; } catch { return 0; }
}

const server = spawn('node', ['tests/support/serve.mjs', DIST, String(PORT), '--precompressed', ...serverFlags], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));

// What a first visit to each route downloads until the app has taken over the page (brotli, as served):
// every response, and the wasm modules apart (the main one and the page's modules).
const firstLoads = {};
{
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  for (const route of ROUTES) {
    const context = await browser.newContext({ serviceWorkers: 'block', ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const responses = [];
    page.on('requestfinished', (request) => responses.push(request));
    await page.goto(`${origin(PORT)}${route}`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'pret');
    await page.waitForLoadState('networkidle');
    const load = { total: 0, wasm: 0, wasmFiles: 0, files: 0 };
    for (const request of responses) {
      const { responseBodySize, responseHeadersSize } = await request.sizes();
      load.total += responseBodySize + responseHeadersSize;
      load.files += 1;
      if (request.url().endsWith('.wasm')) { load.wasm += responseBodySize; load.wasmFiles += 1; }
    }
    firstLoads[route] = load;
    await context.close();
  }
  await browser.close();
}
console.log('\nPremier chargement par route, jusqu\'à ce que l\'application ait pris la page (brotli, en-têtes compris pour le total)');
console.log('| route | wasm | fichiers wasm | total | requêtes |\n|---|---:|---:|---:|---:|');
for (const [route, load] of Object.entries(firstLoads)) {
  console.log(`| ${route} | ${kb(load.wasm)} Ko | ${load.wasmFiles} | ${kb(load.total)} Ko | ${load.files} |`);
}

// The physical limit (#8): the aide-soignant profile as a plain static page, i.e. the app's own
// rendered page with every script removed, the same CSS, served the same way.
const STATIC_DIR = 'target/bench-statique';
const STATIC_PORT = PORT + 2;
{
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ ignoreHTTPSErrors: true });
  await page.goto(`${origin(PORT)}/metiers/aide-soignant`);
  await page.waitForSelector('.corps-fiche h2');
  const html = (await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`))
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload|manifest)"[^>]*>/g, '');
  await browser.close();
  await rm(STATIC_DIR, { recursive: true, force: true });
  await mkdir(STATIC_DIR, { recursive: true });
  await writeFile(join(STATIC_DIR, 'index.html'), html);
  for (const file of await readdir(DIST)) if (/\.(css|svg)$/.test(file)) await copyFile(join(DIST, file), join(STATIC_DIR, file));
  await new Promise((resolve) => spawn('node', ['scripts/compress.mjs', STATIC_DIR], { stdio: 'ignore' }).on('exit', resolve));
}
const staticServer = spawn('node', ['tests/support/serve.mjs', STATIC_DIR, String(STATIC_PORT), '--precompressed', ...serverFlags], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--ignore-certificate-errors'],
});
const rows = [];
try {
  const targets = [...ROUTES.map((route) => [route, `${origin(PORT)}${route}`]), [STATIC_ROUTE, `${origin(STATIC_PORT)}/`]];
  for (const [route, url] of targets) {
    // Lighthouse varies from run to run (mostly Total Blocking Time on a shared machine): the
    // run with the median performance score of three, as Lighthouse's documentation advises.
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push((await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })).lhr);
    runs.sort((x, y) => x.categories.performance.score - y.categories.performance.score);
    const lhr = runs[Math.floor(RUNS / 2)];
    const c = lhr.categories;
    const a = lhr.audits;
    const row = {
      route,
      performance: Math.round(c.performance.score * 100),
      accessibility: Math.round(c.accessibility.score * 100),
      bestPractices: Math.round(c['best-practices'].score * 100),
      seo: Math.round(c.seo.score * 100),
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      tti: a.interactive?.numericValue ?? NaN,
      transfer: a['total-byte-weight'].numericValue,
      performanceRuns: runs.map((r) => Math.round(r.categories.performance.score * 100)),
      lcpRuns: runs.map((r) => r.audits['largest-contentful-paint'].numericValue).sort((x, y) => x - y),
      failing: Object.values(a).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary').map((x) => x.id),
    };
    rows.push(row);
  }
} finally {
  await chrome.kill();
  server.kill();
  staticServer.kill();
}
// In-browser timings from the app's performance marks (median of 5 runs).
const marks = {};
{
  const server2 = spawn('node', ['tests/support/serve.mjs', DIST, String(PORT + 1), '--precompressed', ...serverFlags], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const measure = async (path, wait, start, end) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ ignoreHTTPSErrors: true });
      await page.goto(`${origin(PORT + 1)}${path}`);
      await page.waitForSelector(wait);
      await page.waitForTimeout(100);
      runs.push(await page.evaluate(([a, b]) => {
        const [s] = performance.getEntriesByName(a);
        const [e] = performance.getEntriesByName(b);
        return s && e ? e.startTime - s.startTime : NaN;
      }, [start, end]));
      await page.close();
    }
    runs.sort((a, b) => a - b);
    return runs[2];
  };
  marks.quiz = await measure(RESULTS, '.piste', 'quiz:calcul-debut', 'quiz:calcul-fin');
  marks.map = await measure('/carte?dep=france', 'g.marqueur', 'carte:donnees-pretes', 'carte:dessinee');
  marks.mapParse = await measure('/carte?dep=france', 'g.marqueur', 'carte:analyse-debut', 'carte:analyse-fin');
  await browser.close();
  server2.kill();
}
const sizes = {};
for (const f of ['fond.svg', 'departements.tsv', 'centres.tsv', 'communes.tsv']) sizes[f] = await size(join(DIST, 'contenu/carte', f + '.br'));
console.log('\nMesures dans le navigateur (médiane de 5)');
console.log(`| calcul du quiz (24 réponses, toutes les fiches) | ${marks.quiz.toFixed(2)} ms |`);
console.log(`| lecture des données de la carte (1 771 centres, communes, départements) | ${marks.mapParse.toFixed(1)} ms |`);
console.log(`| premier rendu de la carte nationale (après lecture des données) | ${marks.map.toFixed(1)} ms |`);
console.log(`| données de la carte (brotli) | ${kb(Object.values(sizes).reduce((a, b) => a + b, 0))} Ko (${Object.entries(sizes).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}) |`);

console.log(`\nLighthouse (mobile, throttling simulé, ${HTTP1 ? 'HTTP/1.1' : 'HTTP/2'} ; médiane de ${RUNS} passages, les ${RUNS} scores entre parenthèses)`);
console.log('| route | Perf. | Access. | Bonnes pratiques | SEO | FCP | LCP | TBT | TTI | transféré |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.route} | ${r.performance} (${r.performanceRuns.join(', ')}) | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.fcp / 1000).toFixed(2)} s | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${(r.tti / 1000).toFixed(2)} s | ${kb(r.transfer)} Ko |`);
}
const app = rows.find((r) => r.route === '/metiers/aide-soignant');
const plain = rows.find((r) => r.route === STATIC_ROUTE);
const median = (values) => values[Math.floor(values.length / 2)];
const ratio = median(app.lcpRuns) / median(plain.lcpRuns);
const seconds = (values) => values.map((v) => (v / 1000).toFixed(2)).join(' ; ');
console.log(`\nLCP de /metiers/aide-soignant (médiane de ${RUNS}) : application ${(median(app.lcpRuns) / 1000).toFixed(2)} s (${seconds(app.lcpRuns)}), page statique ${(median(plain.lcpRuns) / 1000).toFixed(2)} s (${seconds(plain.lcpRuns)}), rapport ${ratio.toFixed(2)} (budget 1,3)`);
for (const r of rows) if (r.failing.length) console.log(`audits en échec sur ${r.route} : ${r.failing.join(', ')}`);
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), protocol: HTTP1 ? 'http/1.1' : 'h2', firstLoads, routes: rows, lcpRatio: ratio, marks, mapData: sizes }, null, 2));
