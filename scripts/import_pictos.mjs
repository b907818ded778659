// Copies the pictograms the content uses from two open icon sets into content/pictos/, once, with
// their provenance (content/pictos/PROVENANCE.md). Run again only to add or change a pictogram:
//   node scripts/import_pictos.mjs
// Health Icons (healthicons 2.0.0, MIT, made for health workers) for care-specific objects and
// people; Tabler Icons (@tabler/icons 3.52.0, MIT) for the rest. Both draw with currentColor.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const SETS = {
  hi: { pkg: 'healthicons@2.0.0', dir: 'public/icons/svg/outline', name: 'Health Icons', licence: 'MIT, © 2021 Resolve to Save Lives' },
  tb: { pkg: '@tabler/icons@3.52.0', dir: 'icons/outline', name: 'Tabler Icons', licence: 'MIT, © 2020-2026 Paweł Kuna' },
};
// our name → [set, path in the set]
const PICTOS = {
  'accompagnement': ['hi', 'people/community_healthworker'],
  'garde-enfant': ['hi', 'people/child_care'],
  'cartable': ['tb', 'backpack'],
  'menage': ['hi', 'objects/cleaning'],
  'maison-coeur': ['tb', 'home-heart'],
  'soignant': ['hi', 'people/health_worker'],
  'ambulance': ['hi', 'vehicles/ambulance'],
  'groupe': ['hi', 'people/group_discussion_meeting'],
  'geriatrie': ['hi', 'specialties/geriatrics'],
  'aide-menagere': ['hi', 'people/domestic_worker'],
  'famille-accueil': ['tb', 'friends'],
  'bebe': ['hi', 'people/baby_0306m'],
  'jouet': ['tb', 'horse-toy'],
  'main-tendue': ['tb', 'heart-handshake'],
  'puzzle': ['tb', 'puzzle'],
  'infirmiere': ['hi', 'people/nurse'],
  'kinesitherapie': ['hi', 'specialties/physical_therapy'],
  'equipe': ['tb', 'users'],
  'mouvement': ['hi', 'people/exercise_yoga'],
  'maison': ['tb', 'home-2'],
  'poussette': ['tb', 'baby-carriage'],
  'ecole': ['tb', 'school'],
  'travail-social': ['hi', 'specialties/social_work'],
  'budget': ['tb', 'wallet'],
  'pediatrie': ['hi', 'specialties/pediatrics'],
  'stethoscope': ['hi', 'devices/stethoscope'],
  'planning': ['tb', 'calendar-event'],
  'accueil-familial': ['hi', 'places/home'],
  'nuit': ['tb', 'moon'],
  'repas': ['hi', 'objects/i_utensils'],
  'lit-patient': ['hi', 'devices/inpatient'],
  'volant': ['tb', 'steering-wheel'],
  'secretariat': ['hi', 'specialties/admissions'],
  'pharmacie': ['hi', 'devices/medicine_mortar'],
  'personne-agee': ['hi', 'people/elderly'],
  'fauteuil-roulant': ['hi', 'devices/wheelchair'],
  'protection': ['tb', 'shield-heart'],
  'enfant': ['hi', 'people/girl_0105y'],
  'malade': ['hi', 'devices/hospitalized'],
  'famille': ['tb', 'users-group'],
  'domicile': ['tb', 'home'],
  'etablissement': ['tb', 'building'],
  'hopital': ['hi', 'places/hospital'],
  'bureau': ['tb', 'briefcase'],
  'adore': ['hi', 'emotions/happy'],
  'pourquoi-pas': ['hi', 'emotions/ok'],
  'pas-pour-moi': ['hi', 'emotions/not_ok'],
  'ne-sait-pas': ['hi', 'emotions/confused'],
  'boussole': ['tb', 'compass'],
  'question': ['tb', 'message-circle-question'],
  'vrai-faux': ['tb', 'help-circle'],
  'repere': ['tb', 'map-pin'],
};

const out = new URL('../content/pictos/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.svg')) rmSync(join(out, f));
const work = mkdtempSync(join(tmpdir(), 'pictos-'));
const roots = {};
for (const [key, set] of Object.entries(SETS)) {
  const tgz = execFileSync('npm', ['pack', set.pkg, '--silent'], { cwd: work, encoding: 'utf8' }).trim().split('\n').pop();
  const dir = join(work, key);
  mkdirSync(dir);
  execFileSync('tar', ['xzf', join(work, tgz), '-C', dir]);
  roots[key] = join(dir, 'package', set.dir);
}
const rows = [];
for (const [name, [key, path]] of Object.entries(PICTOS)) {
  const svg = readFileSync(join(roots[key], `${path}.svg`), 'utf8');
  writeFileSync(join(out, `${name}.svg`), svg);
  rows.push(`| \`${name}\` | ${SETS[key].name} | \`${SETS[key].pkg}\` : \`${SETS[key].dir}/${path}.svg\` | ${SETS[key].licence} |`);
}
writeFileSync(join(out, 'PROVENANCE.md'), `# Pictogrammes

Copiés par \`node scripts/import_pictos.mjs\` depuis deux jeux d'icônes ouverts, sans modification (la
compilation les allège : voir build.rs). Les deux dessinent en \`currentColor\`.

| nom | jeu | fichier d'origine | licence |
|---|---|---|---|
${rows.join('\n')}

Textes des licences : Health Icons, https://github.com/resolvetosavelives/healthicons/blob/main/LICENSE (MIT) ;
Tabler Icons, https://github.com/tabler/tabler-icons/blob/main/LICENSE (MIT).
`);
rmSync(work, { recursive: true, force: true });
console.log(`${Object.keys(PICTOS).length} pictogrammes dans content/pictos/`);
