// Prerendering: after a release build, opens each main route of the app in Debian's chromium and
// writes what it shows into a static page (`<route>/index.html`, `/` into index.html), so that a
// visitor on a weak connection reads the page before the wasm has arrived; the app then takes
// over the same page. Paths without a prerendered page fall back to coquille.html (the bare shell).
// Usage: node scripts/prerender.mjs <dist> [--base /guide/]
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const [dir = 'dist', ...flags] = process.argv.slice(2);
const base = flags.includes('--base') ? flags[flags.indexOf('--base') + 1] : '/';
const port = 8097;
const slugs = (await readdir(join(dir, 'contenu/metiers'))).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();
const routes = [
  // Not /organisateur: it shows this device's state (cache, modes, statistics), unknown at build time.
  '/', '/metiers', '/quiz', '/quiz/classe', '/quiz/comment-ca-marche', '/carte', '/agenda', '/accompagnement', '/a-propos',
  '/vrai-ou-faux', '/vrai-ou-faux/classe', '/vrai-ou-faux/fiche',
  ...slugs.map((s) => `/metiers/${s}`),
  ...slugs.map((s) => `/metiers/${s}/fiche-activite`),
];
// The results link a stand visitor scans (`/quiz/resultats?r=…`) carries the answers in its query,
// so no static page can hold the results. Its frame can: the heading and the note that come before
// any result, with a status where the results will be. The phone then shows the page at once
// instead of a bare « Chargement… » until the wasm has arrived. The frame is cut from the page the
// app shows for a sample link, so it cannot drift from it.
const frames = {
  '/quiz/resultats': { visit: '/quiz/resultats?r=1-' + '210'.repeat(8) + '-11-01', keepUpTo: 'main .encadre', waiting: 'Tes pistes s\'affichent…' },
};
routes.push(...Object.keys(frames));

const shell = await readFile(join(dir, 'coquille.html'), 'utf8');
const appStart = shell.indexOf('<div id="app">');
const appEnd = shell.lastIndexOf('</body>');
if (appStart < 0 || appEnd < 0) throw new Error(`${dir}/coquille.html : pas de <div id="app"> à remplir`);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const server = spawn('node', ['tests/support/serve.mjs', dir, String(port), '--base', base], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  await new Promise((r) => setTimeout(r, 500));
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // The map page stays « Chargement de la carte… »: its map and lists are drawn from data the app
  // loads anyway, and a prerendered copy would only be torn down and drawn again.
  await page.route('**/contenu/carte/**', () => {});
  for (const route of routes) {
    const frame = frames[route];
    await page.goto(`http://127.0.0.1:${port}${base.replace(/\/$/, '')}${frame?.visit ?? route}`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'pret');
    // Wait for the fragments the page loads, then let it settle.
    const waitForData = route !== '/carte';
    await page.waitForFunction((all) => document.querySelector('main h1') && (!all || !document.querySelector('#app .chargement')), waitForData, { timeout: 15_000 });
    await page.waitForTimeout(50);
    if (frame) {
      const cut = await page.evaluate(({ keepUpTo, waiting }) => {
        const last = document.querySelector(keepUpTo);
        if (!last) return false;
        while (last.nextSibling) last.nextSibling.remove();
        const status = Object.assign(document.createElement('p'), { className: 'chargement', textContent: waiting });
        status.setAttribute('role', 'status');
        last.after(status);
        return true;
      }, frame);
      if (!cut) throw new Error(`${frame.visit} : « ${frame.keepUpTo} » introuvable, le cadre de la page ne peut pas être prérendu`);
    }
    const { app, title, description } = await page.evaluate(() => ({
      app: document.getElementById('app').innerHTML,
      title: document.title,
      // Each page tells search engines what it is about: its own first sentence.
      description: document.querySelector('main .fiche-resume, main .accroche, main h1 + p')?.textContent.trim().replace(/\s+/g, ' ').slice(0, 200),
    }));
    if (/<script|\sstyle="/i.test(app)) throw new Error(`${route} : script ou style en ligne dans la page rendue`);
    // The page is readable without the app: no preloading that would compete with its first
    // paint (the loader starts the app once the page has painted, see sitegen).
    const html = `${shell.slice(0, appStart)}<div id="app">${app}</div>\n${shell.slice(appEnd)}`
      .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
      .replace(/<meta name="description" content="[^"]*">/, (meta) => (description ? `<meta name="description" content="${escape(description).replace(/"/g, '&quot;')}">` : meta))
      .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\n?/g, '');
    const target = route === '/' ? join(dir, 'index.html') : join(dir, route.slice(1), 'index.html');
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, html);
  }
  if (problems.length) throw new Error(`erreurs pendant le prérendu : ${problems.join(' ; ')}`);
  console.log(`${routes.length} pages prérendues dans ${dir}/`);
} finally {
  await browser.close();
  server.kill();
}
