import AxeBuilder from '@axe-core/playwright';
import { test, expect, ROUTES, openRoute } from './fixtures.mjs';

const SIZES = [
  { name: 'téléphone', width: 390, height: 844 },
  { name: 'tablette', width: 1024, height: 768 },
  { name: 'projecteur', width: 1920, height: 1080 },
];
const EXTRA = ['/agenda', '/accompagnement', '/carte?metier=aide-soignant&commune=62041', '/carte?diplome=de-psychomotricien', '/quiz/comment-ca-marche', '/quiz/resultats?r=1-210210210210210210210210-11-01', '/quiz/resultats?r=abimé', '/metiers/infirmier', '/metiers/accompagnant-educatif-petite-enfance', '/metiers?secteur=grand-age', '/page-inconnue', '/metiers/metier-inconnu', '/organisateur', '/quiz/classe', '/metiers/aide-soignant/fiche-activite', '/vrai-ou-faux', '/vrai-ou-faux/classe', '/vrai-ou-faux/fiche', '/metiers/assistant-maternel', '/metiers/brancardier'];

for (const size of SIZES) {
  test.describe(`axe à la taille ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const path of [...ROUTES.map((r) => r.path), ...EXTRA]) {
      test(`${path} : aucune violation`, async ({ page }) => {
        await openRoute(page, path);
        if (path.startsWith('/metiers/') && !path.includes('inconnu')) await expect(page.locator('.corps-fiche h2').first()).toBeVisible();
        if (path.startsWith('/carte')) await expect(page.locator('.centre').first()).toBeVisible();
        if (path === '/accompagnement') await expect(page.locator('.corps-fiche h2').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      });
    }
  });
}
