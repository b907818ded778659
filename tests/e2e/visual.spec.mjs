import AxeBuilder from '@axe-core/playwright';
import { test, expect, openRoute, SLUGS } from './fixtures.mjs';

// Emoji and pictographic symbols: drawn as empty boxes where no colour-emoji font exists (kiosks,
// this Chromium), so the UI must use the SVG pictograms instead.
const EMOJI = /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{FE0F}]/u;
const PAGES = ['/', '/metiers', '/metiers/aide-soignant', '/metiers/brancardier', '/quiz', '/quiz/resultats?r=1-210210210210210210210210-11-01', '/vrai-ou-faux', '/carte', '/a-propos', '/organisateur'];

test.describe('identité visuelle', () => {
  test('aucune page n\'affiche d\'emoji ; les pictogrammes sont des SVG décoratifs en currentColor', async ({ page }) => {
    for (const path of PAGES) {
      await openRoute(page, path);
      if (path === '/quiz') await page.getByRole('button', { name: /Commencer le quiz|Reprendre le quiz/ }).click();
      const text = await page.locator('body').innerText();
      const found = text.match(EMOJI);
      expect(found, `${path} : « ${found?.[0]} »`).toBeNull();
      for (const svg of await page.locator('svg.picto').all()) {
        await expect(svg).toHaveAttribute('aria-hidden', 'true');
      }
    }
    await openRoute(page, '/');
    await expect(page.locator('.entrees svg.picto')).toHaveCount(4);
    await openRoute(page, '/metiers');
    await expect(page.locator('.carte-metier svg.picto')).toHaveCount(SLUGS.length);
    // Every symbol a page uses is in the sprite, and it is drawn (it has a size).
    const first = page.locator('.carte-metier svg.picto').first();
    const used = await page.locator('svg.picto use').evaluateAll((uses) => uses.map((u) => u.getAttribute('href')));
    const [file] = new Set(used.map((href) => href.split('#')[0]));
    expect(used.every((href) => href.startsWith(`${file}#`))).toBe(true);
    const sprite = await (await page.request.get(file)).text();
    for (const href of used) expect(sprite, href).toContain(`<symbol id="${href.split('#')[1]}"`);
    await expect.poll(() => first.locator('use').evaluate((u) => u.getBBox().width)).toBeGreaterThan(0);
    // Drawn in the text's colour, so class mode, forced colours and print keep them visible: no
    // colour of their own, on the page or in the sprite.
    const roots = await page.locator('svg.picto').evaluateAll((all) => all.flatMap((svg) => [svg.getAttribute('fill'), svg.getAttribute('stroke')]));
    const paints = [...roots.filter(Boolean), ...[...sprite.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1])];
    expect(paints.length).toBeGreaterThan(0);
    expect(paints.filter((paint) => !['currentColor', 'none'].includes(paint))).toEqual([]);
  });

  for (const width of [320, 390]) {
    test(`à ${width} px, rien ne déborde et aucun mot de « L'essentiel » n'est coupé`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 844 });
      for (const path of ['/', '/metiers', '/metiers/aide-soignant', '/metiers/secretaire-medical', '/quiz', '/vrai-ou-faux', '/carte']) {
        await openRoute(page, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      for (const slug of SLUGS) {
        await openRoute(page, `/metiers/${slug}`);
        const split = await page.locator('.essentiel').evaluate((box) => {
          const problems = [];
          for (const el of box.querySelectorAll('dt, dd, li, h2, h3')) {
            // A hyphen is a place where a word may break; a split elsewhere is the defect.
            const words = el.textContent.split(/[\s\u2010-\u2014-]+/).filter(Boolean);
            const probe = document.createElement('span');
            probe.style.whiteSpace = 'nowrap';
            el.appendChild(probe);
            for (const word of words) {
              probe.textContent = word;
              if (probe.getBoundingClientRect().width > el.getBoundingClientRect().width + 0.5) problems.push(word);
            }
            probe.remove();
          }
          return problems;
        });
        expect(split, slug).toEqual([]);
      }
      // The header stays compact on a phone: name on one line, menu in one row, 44 px targets.
      await openRoute(page, '/');
      const header = await page.locator('.entete').boundingBox();
      expect(header.height).toBeLessThanOrEqual(112);
      for (const link of await page.locator('.navigation a').all()) {
        expect((await link.boundingBox()).height).toBeGreaterThanOrEqual(44);
      }
      await page.locator('.navigation a').last().focus();
      await expect(page.locator('.navigation a').last()).toBeInViewport();
    });
  }

  test('à 200 % de zoom, « L\'essentiel » passe sur une colonne', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await openRoute(page, '/metiers/aide-soignant');
    const columns = await page.locator('.essentiel dl').evaluate((dl) => getComputedStyle(dl).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
  });

  test('en couleurs forcées, le profil et le quiz restent sans violation axe', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    for (const path of ['/metiers/aide-soignant', '/quiz']) {
      await openRoute(page, path);
      if (path === '/quiz') await page.getByRole('button', { name: /Commencer le quiz|Reprendre le quiz/ }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => v.id), path).toEqual([]);
      await expect(page.locator('svg.picto').first()).toBeVisible();
      // The system's text colour, even where a list or a title gives them the brand colour.
      for (const colour of await page.locator('svg.picto').evaluateAll((all) => all.filter((svg) => !svg.closest('a')).map((svg) => getComputedStyle(svg).color))) {
        expect(colour, path).toBe(await page.evaluate(() => { const probe = document.createElement('p'); probe.style.color = 'CanvasText'; document.body.append(probe); const c = getComputedStyle(probe).color; probe.remove(); return c; }));
      }
    }
  });
});
