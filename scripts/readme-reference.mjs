#!/usr/bin/env node
/**
 * `npm run docs:reference`: writes the reference tables of docs/reference.md from
 * custom-elements.json, so they say what the manifest (and so Storybook, editors and the framework
 * types) says. `npm run docs:check` (`--check`) writes nothing and exits 1 when a table in
 * docs/reference.md differs from what the manifest gives (CI runs it after `npm run analyze`), or
 * when README.md or a page under docs/ states a gzip size by hand instead of between the markers
 * `npm run size` writes (scripts/doc-figures.mjs).
 *
 * Each table sits between a marker pair in docs/reference.md, e.g.
 *   <!-- reference:events:start … -->
 *   | event | … |
 *   <!-- reference:events:end -->
 * for the tables `attributes` (attributes and properties), `events`, `slots`, `css-properties`
 * and `css-parts`. Only what is between a pair is rewritten; the prose around the tables is
 * hand-written. To change a row, change the JSDoc in src/ and run `npm run analyze` first.
 *
 * Why not @custom-elements-manifest/to-markdown: its 0.1 output (tried on this manifest) renders
 * a whole-module dump whose attribute table has no type, default or description, and it escapes
 * the backticks inside descriptions (`` \`same-origin\` ``), so no inline code survives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unwiredFigures } from './doc-figures.mjs';

const TAG = 'active-sessions';
const readmePath = fileURLToPath(new URL('../docs/reference.md', import.meta.url));
const FILE = 'docs/reference.md';
const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
const check = process.argv.includes('--check');

const fail = (message) => {
  console.error(`docs:reference: ${message}`);
  process.exit(1);
};

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const element = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .find((declaration) => declaration.customElement && declaration.tagName === TAG);
if (!element) fail(`custom-elements.json declares no <${TAG}>`);

/** A table cell: one line, pipes escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
/** Inline code, with a longer fence when the text holds a backtick. */
const code = (text) => {
  if (text === undefined || text === null || text === '') return '—';
  const value = cell(String(text));
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
};
/** A numeric default as people read it: `15_000` → `15000`. */
const literal = (value) => (value !== undefined && /^\d[\d_]*(\.\d+)?$/.test(value) ? value.replace(/_/g, '') : value);
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const isPublic = (item) => (!item.privacy || item.privacy === 'public') && !item.name.startsWith('#') && !item.static;

/**
 * Attributes and properties: one row per public field, with its attribute when it has one, in the
 * manifest's order; then attributes that no property reflects (e.g. `token`, observed only to be refused).
 */
function attributesTable() {
  const attributes = element.attributes ?? [];
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const rows = fields.map((field) => {
    const attribute = attributes.find((a) => a.fieldName === field.name);
    const description = field.description ?? attribute?.description;
    return [
      attribute ? code(attribute.name) : '—',
      code(field.name),
      code(field.type?.text ?? attribute?.type?.text),
      code(literal(field.default ?? attribute?.default)),
      `${field.readonly ? '**Read-only.** ' : ''}${cell(description)}`,
    ];
  });
  for (const attribute of attributes.filter((a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName))) {
    rows.push([code(attribute.name), '—', code(attribute.type?.text), code(literal(attribute.default)), cell(attribute.description)]);
  }
  return table(['attribute', 'property', 'type', 'default', 'description'], rows);
}

/**
 * Events: the JSDoc convention of src/ (`@fires name - [Cancelable. ]What happened. Detail: `{…}`.`)
 * becomes the columns; the detail column adds the detail's type name when the manifest types the
 * event (`CustomEvent<ActiveSessionsLoadDetail>`), and shows that type alone when no shape is given.
 */
function eventsTable() {
  const rows = (element.events ?? []).map((event) => {
    let text = cell(event.description);
    const cancelable = /^Cancelable\.\s*/.test(text);
    text = text.replace(/^Cancelable\.\s*/, '');
    const detail = /\s*Detail: (`[^`]*`)\.?$/.exec(text);
    if (detail) text = text.slice(0, detail.index);
    // `CustomEvent<ActiveSessionsLoadDetail>` → the detail's type name, for TypeScript users.
    const type = event.type?.text;
    const typeName = type && /^CustomEvent<(.+)>$/.exec(type)?.[1];
    const shape = detail?.[1];
    const detailCell = shape && typeName ? `${shape} (${code(typeName)})` : (shape ?? (type ? code(typeName || type) : '—'));
    return [code(event.name), cancelable ? '**yes**' : 'no', detailCell, text];
  });
  return table(['event', 'cancelable', 'detail', 'when'], rows);
}

const slotsTable = () =>
  table(['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]));

const cssPropertiesTable = () =>
  table(
    ['custom property', 'default', 'description'],
    (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
  );

const cssPartsTable = () =>
  table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]));

const TABLES = {
  attributes: attributesTable,
  events: eventsTable,
  slots: slotsTable,
  'css-properties': cssPropertiesTable,
  'css-parts': cssPartsTable,
};

const readme = readFileSync(readmePath, 'utf8');
let next = readme;
const stale = [];
for (const [name, render] of Object.entries(TABLES)) {
  const pattern = new RegExp(`(<!-- reference:${name}:start\\b[^>]*-->\\r?\\n)([\\s\\S]*?)(<!-- reference:${name}:end -->)`, 'g');
  const found = [...readme.matchAll(pattern)];
  if (found.length !== 1) fail(`${FILE} needs exactly one <!-- reference:${name}:start --> … <!-- reference:${name}:end --> pair (found ${found.length})`);
  const body = `${render()}\n`;
  if (found[0][2] !== body) stale.push(name);
  next = next.replace(pattern, (_, start, _old, end) => `${start}${body}${end}`);
}

if (check) {
  if (stale.length) {
    fail(`${FILE}'s reference tables are stale (${stale.join(', ')}): run \`npm run analyze && npm run docs:reference\``);
  }
  // Sizes come from `npm run size` (scripts/doc-figures.mjs), never typed by hand.
  const unwired = unwiredFigures();
  if (unwired.length) {
    fail(`gzip sizes stated outside <!-- size:… --> markers (wire each to \`npm run size\`, see scripts/doc-figures.mjs):\n  ${unwired.join('\n  ')}`);
  }
  console.log(`docs:reference: ${FILE} reference tables match custom-elements.json`);
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log(`docs:reference: ${FILE} updated (${stale.join(', ')})`);
} else {
  console.log(`docs:reference: ${FILE} already current`);
}
