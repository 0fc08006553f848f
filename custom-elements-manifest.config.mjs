// The Custom Elements Manifest (custom-elements.json): the public API of the five elements, for
// people (the README's tables), editors, Storybook's docs and controls, and framework tooling.
//
// The analyzer reads the class JSDoc in src/; the plugin below then reshapes its output so that
//  - only the public API is listed (no private, protected, #private or static members, no Lit
//    lifecycle methods);
//  - module paths are the shipped ESM entries (dist/<tag>.js, dist/index.js, dist/all.js), and
//    each tag's definition points at the file that defines it;
//  - the CSS custom properties and their defaults come from the code that uses them:
//    src/core/palette.ts (the colours, every --foi-color-N) and src/base/styles.ts (sizes);
//  - type aliases (Theme, SortOrder …) are spelled out, so tools can offer their values, and
//    each event says its detail type (src/events/index.ts).
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const TAGS = {
  'foi-bar-chart': 'FoiBarChart',
  'foi-donut-chart': 'FoiDonutChart',
  'foi-column-chart': 'FoiColumnChart',
  'foi-line-chart': 'FoiLineChart',
  'offence-platform-bar': 'OffencePlatformBar',
  'case-outcome-donut': 'CaseOutcomeDonut',
  'offence-type-bar': 'OffenceTypeBar',
};
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'render',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'shouldUpdate',
  'createRenderRoot',
]);

/** The palette module itself, compiled on the fly: one source for the code and the manifest. */
async function loadPalette() {
  const js = ts.transpileModule(read('./src/core/palette.ts'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)).PALETTES;
}

/** `export type Name = 'a' | 'b';` aliases from a source file, spelled out. */
function typeAliases(...files) {
  const aliases = {};
  for (const file of files) {
    for (const [, name, body] of read(file).matchAll(/export type (\w+) =([^;]+);/g)) {
      aliases[name] = body.replace(/\s+/g, ' ').replace(/^ \| /, '').trim();
    }
  }
  return aliases;
}

/** The events' detail types, `{ chart: Chart }`, from their interfaces. */
function eventDetails() {
  const source = read('./src/events/index.ts');
  const details = {};
  for (const [, name, body] of source.matchAll(/export interface Foi(\w+)Detail \{([^}]*)\}/g)) {
    const fields = body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('//') && !line.startsWith('/*') && !line.startsWith('*'))
      .join(' ');
    details[`foi-${name.toLowerCase()}`] = `CustomEvent<{ ${fields} }>`;
  }
  return details;
}

function cssProperties(palette) {
  const styles = read('./src/base/styles.ts');
  const size = (name) => new RegExp(`var\\(${name}, ([^)]+)\\)`).exec(styles)?.[1];
  const { light, dark } = palette;
  const both = (key) => `Light theme \`${light[key]}\`, dark theme \`${dark[key]}\`.`;
  return [
    { name: '--foi-font-family', default: 'inherit', description: "Font; by default the page's." },
    { name: '--foi-text-color', default: light.text, description: `Text, axis and value labels. ${both('text')}` },
    {
      name: '--foi-muted-color',
      default: light.muted,
      description: `Secondary text, and bars not highlighted (then \`${light.mutedBar}\` by default). ${both('muted')}`,
    },
    { name: '--foi-background', default: light.background, description: `Background of the figure and the canvas. ${both('background')}` },
    { name: '--foi-grid-color', default: light.grid, description: `Gridlines. ${both('grid')}` },
    { name: '--foi-accent', default: light.accent, description: `Highlighted bars. ${both('accent')}` },
    { name: '--foi-focus-color', default: 'var(--foi-accent)', description: 'The keyboard focus ring; by default the accent.' },
    ...light.colors.map((color, i) => ({
      name: `--foi-color-${i + 1}`,
      default: color,
      description:
        (i === 0 ? 'Bar colour and first donut colour. ' : `Donut colour ${i + 1}. `) +
        `Light theme \`${color}\`, dark theme \`${dark.colors[i]}\`.`,
    })),
    { name: '--foi-bar-height', default: size('--foi-bar-height'), description: 'Thickness of one bar.' },
    { name: '--foi-max-height', default: size('--foi-max-height'), description: 'Largest size of a donut.' },
  ];
}

/** The shipped module that declares each public class. */
const HOMES = { FoiChart: 'dist/index.js', ...Object.fromEntries(Object.entries(TAGS).map(([tag, name]) => [name, `dist/${tag}.js`])) };

/**
 * Where an inherited member is declared, in the shipped modules: ChartProperties is FoiChart's
 * unexported half, so its members are FoiChart's. Nothing for the declaration's own members.
 */
function home(from, own) {
  const name = from.name === 'ChartProperties' ? 'FoiChart' : from.name;
  if (name === own) return undefined;
  return HOMES[name] ? { name, module: HOMES[name] } : from;
}

/** Field name → its `@default` JSDoc tag, read from the source as the analyzer walks it. */
const DEFAULTS = new Map();

function publicOnly(decl, spell, details, css) {
  const isPublic = (m) =>
    !m.static && !m.name.startsWith('#') && (!m.privacy || m.privacy === 'public') && !LIFECYCLE.has(m.name);
  const retype = (type) => (type?.text ? { text: spell(type.text) } : type);
  const clean = (item) => {
    const out = { ...item };
    if (out.type) out.type = retype(out.type);
    if (out.inheritedFrom) out.inheritedFrom = home(out.inheritedFrom, decl.name);
    // A member's real default (`@default` in its JSDoc) rather than the `null` that means "unset".
    const real = DEFAULTS.get(out.fieldName ?? out.name);
    if (real !== undefined && 'default' in out) out.default = real;
    if (out.return?.type) out.return = { ...out.return, type: retype(out.return.type) };
    if (out.parameters) out.parameters = out.parameters.map((p) => ({ ...p, type: retype(p.type) }));
    return out;
  };
  return {
    ...decl,
    superclass: decl.superclass?.name === 'ChartProperties' ? { name: 'LitElement', package: 'lit' } : decl.superclass ? (home(decl.superclass) ?? decl.superclass) : undefined,
    members: (decl.members ?? []).filter(isPublic).map(clean),
    attributes: (decl.attributes ?? []).map(clean).map((a) =>
      a.name === 'state' ? { ...a, description: `${a.description ?? ''} Set by the element (reflected); do not set it.`.trim() } : a,
    ),
    events: (decl.events ?? []).map(clean).map((e) => ({ ...e, type: { text: details[e.name] ?? 'CustomEvent' } })),
    slots: (decl.slots ?? []).map(clean),
    cssParts: (decl.cssParts ?? []).map(clean),
    cssProperties: css,
  };
}

const PALETTES = await loadPalette();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  litelement: true,
  plugins: [
    {
      name: 'foi-public-manifest',
      analyzePhase({ ts: tsc, node }) {
        if (!tsc.isPropertyDeclaration(node)) return;
        const tag = tsc.getJSDocTags(node).find((t) => t.tagName.text === 'default');
        if (tag) DEFAULTS.set(node.name.getText(), tsc.getTextOfJSDocComment(tag.comment)?.trim());
      },
      // The analyzer does not await this hook: everything it needs is loaded above.
      packageLinkPhase({ customElementsManifest: manifest }) {
        const aliases = typeAliases('./src/base/attributes.ts', './src/core/types.ts', './src/base/chart-state.ts');
        const spell = (text) =>
          text.replace(/\b(Theme|SortOrder|ValueFormat|Total|ChartState)\b/g, (name) => (aliases[name] ? aliases[name] : name))
            .replace(/\bActionList\b/g, 'string');
        const details = eventDetails();
        const css = cssProperties(PALETTES);
        const declarations = new Map();
        for (const mod of manifest.modules) for (const d of mod.declarations ?? []) declarations.set(d.name, d);

        const modules = [];
        const base = declarations.get('FoiChart');
        modules.push({
          kind: 'javascript-module',
          path: 'dist/index.js',
          description: 'The element classes, without defining any tag.',
          declarations: [{ ...publicOnly(base, spell, details, css), customElement: undefined, tagName: undefined }],
          exports: [
            { kind: 'js', name: 'FoiChart', declaration: { name: 'FoiChart', module: 'dist/index.js' } },
            ...Object.values(TAGS).map((name) => ({ kind: 'js', name, declaration: { name, module: `dist/${tagOf(name)}.js` } })),
          ],
        });
        for (const [tag, name] of Object.entries(TAGS)) {
          const decl = declarations.get(name);
          if (!decl) throw new Error(`manifest: no declaration for ${name}`);
          modules.push({
            kind: 'javascript-module',
            path: `dist/${tag}.js`,
            description: `Defines <${tag}>.`,
            declarations: [{ ...publicOnly(decl, spell, details, css), tagName: tag, customElement: true }],
            exports: [
              { kind: 'js', name, declaration: { name, module: `dist/${tag}.js` } },
              { kind: 'custom-element-definition', name: tag, declaration: { name, module: `dist/${tag}.js` } },
            ],
          });
        }
        modules.push({
          kind: 'javascript-module',
          path: 'dist/all.js',
          description: 'Defines every element, and upgrades data-foi-chart placeholders.',
          declarations: [],
          exports: Object.entries(TAGS).map(([tag, name]) => ({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name, module: `dist/${tag}.js` },
          })),
        });
        manifest.modules = JSON.parse(JSON.stringify(modules));
      },
    },
  ],
};

function tagOf(name) {
  return Object.entries(TAGS).find(([, n]) => n === name)[0];
}
