import { chromium } from 'playwright-core';
const url = process.argv[2]; const shot = process.argv[3];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
page.on('console', m => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', e => console.log('pageerror', e.message));
page.on('requestfinished', r => { if (/wasm|\.js/.test(r.url())) console.log('req', r.url().replace(/^http:\/\/[^/]+/, '')); });
const t0 = Date.now();
await page.goto(url);
await page.waitForSelector('html[data-app=pret]', { timeout: 20000 }).catch(() => console.log('never ready'));
await page.waitForTimeout(1500);
console.log('h1:', await page.locator('h1').first().textContent().catch(() => 'none'), 'after', Date.now() - t0, 'ms');
if (process.argv[4]) { await page.getByRole('link', { name: process.argv[4] }).first().click(); await page.waitForTimeout(2000); console.log('h1 after click:', await page.locator('h1').first().textContent().catch(() => 'none')); }
if (shot) await page.screenshot({ path: shot });
await browser.close();
