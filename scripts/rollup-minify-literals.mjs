// A rollup plugin that minifies the static text of Lit's html`…` and css`…` templates in our own
// sources: terser leaves template text alone, and indentation is a good share of what every
// reader downloads. Conservative on purpose:
//  - css``: comments dropped, runs of white space collapsed, spaces around { } ; , : > removed;
//  - html``: runs of white space that contain a line break become one space (HTML collapses
//    them anyway), so text and inline spacing keep their meaning.
import MagicString from 'magic-string';

const collapseCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

const collapseHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child.type === 'string') walk(child, visit);
  }
}

export function minifyLitLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'foi-minify-lit-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|css)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const collapse = node.tag.name === 'css' ? collapseCss : node.tag.name === 'html' ? collapseHtml : null;
        if (!collapse) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const min = collapse(raw);
          if (min !== raw) out.overwrite(quasi.start, quasi.end, min.length ? min : ' ');
        }
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
