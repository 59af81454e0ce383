// Writes the one NL Design System style sheet the pages link, /static/nlds.css, from the packages
// that `npm ci` installed from package-lock.json. Maven runs it (pom.xml); it needs no network.
// Usage: node build.mjs <folder with node_modules> <output folder (target/classes)>
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  throw new Error('usage: node build.mjs <folder with node_modules> <output folder>');
}
const read = (file) => readFileSync(join(modules, 'node_modules', file), 'utf8');

// The neutral "Voorbeeld" theme of NL Design System gives every Utrecht component token a value.
// It is scoped to a class of its own; on :root it needs no class in the page, and the
// municipality's theme (/static/theme.css, also on :root, linked after this file) overrides it.
const tokens = read('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css');
const selector = '.voorbeeld-theme {';
if (tokens.split(selector).length !== 2) {
  throw new Error(`expected exactly one "${selector}" rule in the Voorbeeld theme; check the new version`);
}
const components = read('@utrecht/component-library-css/dist/index.css');

const css = [
  '/*! Built by functions/theme/build.mjs from @nl-design-system-unstable/voorbeeld-design-tokens',
  ' * (EUPL-1.2; changed: its selector .voorbeeld-theme became :root) and',
  ' * @utrecht/component-library-css (EUPL-1.2), unchanged. Versions: functions/theme/package-lock.json. */',
  tokens.replace(selector, ':root {'),
  components,
].join('\n');

mkdirSync(join(output, 'static'), { recursive: true });
writeFileSync(join(output, 'static', 'nlds.css'), css);

// EUPL-1.2 asks for the licence with every copy.
mkdirSync(join(output, 'META-INF', 'licenses'), { recursive: true });
writeFileSync(join(output, 'META-INF', 'licenses', 'utrecht-component-library-css.md'),
  read('@utrecht/component-library-css/LICENSE.md'));
writeFileSync(join(output, 'META-INF', 'licenses', 'voorbeeld-design-tokens.md'),
  read('@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md'));

// --- letters as PDF ---
// The fonts a PDF letter embeds (PDF/UA requires embedded fonts): DejaVu Sans, regular, bold and
// oblique, from the dejavu-fonts-ttf package. nl.toegang.core.letters.LetterPdf reads them as
// fonts/letters/*.ttf from the classpath.
mkdirSync(join(output, 'fonts', 'letters'), { recursive: true });
for (const face of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']) {
  copyFileSync(join(modules, 'node_modules', 'dejavu-fonts-ttf', 'ttf', face), join(output, 'fonts', 'letters', face));
}
writeFileSync(join(output, 'META-INF', 'licenses', 'dejavu-fonts.txt'), read('dejavu-fonts-ttf/LICENSE'));
