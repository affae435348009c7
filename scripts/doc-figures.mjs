/**
 * The size figures the docs state, written by the script that measures them (`npm run size`), as
 * the reference tables are written from the manifest.
 *
 * A figure sits between markers naming what it is, in README.md and every docs/**\/*.md(x):
 *   <!-- size:page -->29,679 B<!-- /size -->              (Markdown)
 *   {/* size:page kB *\/}29.7 kB{/* /size *\/}             (MDX)
 * `kB` after the name writes kilobytes with one decimal (1 kB = 1,000 B); without it, bytes.
 * The names are those `npm run size` measures (it lists them when one is unknown): `page`,
 * `page-limit`, `bundle`, `user-agent`, `german-page`, `lang-index`, `lang-de`, `lang-de-flows`,
 * `languages` (the smallest–largest language chunk), `language-limit`, `adapter/<file name>`.
 *
 * `npm run size` fails when a figure differs from what it measured; `npm run size -- --write`
 * rewrites them. `npm run docs:check` fails when a gzip size is stated outside markers (no build
 * needed), so a figure typed by hand cannot slip in.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** README.md and every Markdown or MDX file under docs/. */
export function docFiles() {
  const files = [path.join(ROOT, 'README.md')];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(ROOT, 'docs'));
  return files;
}

const MARKERS = [
  /(<!--\s*size:([\w./-]+)(?:\s+(kB|B))?\s*-->)([^<]*?)(<!--\s*\/size\s*-->)/g,
  /(\{\/\*\s*size:([\w./-]+)(?:\s+(kB|B))?\s*\*\/\})([^{]*?)(\{\/\*\s*\/size\s*\*\/\})/g,
];

/** A measured figure as the docs write it: bytes (`29,679 B`), or kB with one decimal; a range for `{ min, max }`. */
export function formatFigure(value, unit = 'B') {
  if (typeof value === 'object') return `${formatFigure(value.min, unit).replace(/ k?B$/, '')}–${formatFigure(value.max, unit)}`;
  return unit === 'kB' ? `${(value / 1000).toFixed(1)} kB` : `${value.toLocaleString('en-US')} B`;
}

/**
 * Checks (or with `write`, rewrites) every marked figure against `figures` (name → bytes or
 * `{ min, max }`). Returns the problems: stale figures (unless written) and unknown names.
 */
export function syncFigures(figures, { write = false } = {}) {
  const problems = [];
  for (const file of docFiles()) {
    const before = readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file);
    let after = before;
    for (const marker of MARKERS) {
      after = after.replace(marker, (match, open, name, unit, value, close) => {
        if (!(name in figures)) {
          problems.push(`${rel}: unknown figure "${name}" (known: ${Object.keys(figures).join(', ')})`);
          return match;
        }
        const expected = formatFigure(figures[name], unit);
        if (value !== expected && !write) problems.push(`${rel}: ${name} says ${value}, measured ${expected}`);
        return `${open}${expected}${close}`;
      });
    }
    if (write && after !== before) {
      writeFileSync(file, after);
      console.log(`size: wrote the figures in ${rel}`);
    }
  }
  return problems;
}

/** Gzip sizes stated outside markers (`12 kB gzip`, `1,234 B (gzip)`), with file and line. */
export function unwiredFigures() {
  const found = [];
  for (const file of docFiles()) {
    const text = readFileSync(file, 'utf8');
    const stripped = MARKERS.reduce((t, marker) => t.replace(marker, (m) => ' '.repeat(m.length)), text);
    const lines = stripped.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/\d[\d,.]*\s?k?B\b\s*\(?gzip/g)) {
        found.push(`${path.relative(ROOT, file)}:${i + 1}: "${m[0]}"`);
      }
    });
  }
  return found;
}
