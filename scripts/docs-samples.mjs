#!/usr/bin/env node
/**
 * `npm run docs:samples`: every fenced code block of README.md and docs/*.md is checked, so the
 * docs cannot show code that does not work (run `npm run build` first: the samples are checked
 * against the package's built types in dist/). The rules are in docs/getting-started.md, "The
 * docs' samples":
 *
 * - `ts`, `tsx`, `js`: type-checked with the TypeScript compiler, one module per block (top-level
 *   `await` allowed), the package's entries (`active-sessions`, `active-sessions/react`, …, as
 *   package.json's `exports` lists them) resolved to this repository's dist/ .d.ts files through
 *   `paths`. `ts`/`tsx` strictly; `js` as JavaScript (`checkJs`, not strict about null).
 *   `<!-- sample-prelude: … -->` right before a block is TypeScript prepended to it (what the
 *   sample takes from the host app), not shown on GitHub or in Storybook; for a `js` block its
 *   `import` lines are prepended and the rest becomes a declaration file beside it. A relative
 *   import resolves as from docs/ (the samples are written one folder below the repository's root).
 * - `html`: must parse (elements closed, attributes well formed); `<active-sessions>` may carry
 *   only the manifest's attributes and global ones; each inline module script is a `js` sample.
 * - `vue`: `<active-sessions>`'s attributes (`:`-bound too) and `@` events must be the manifest's.
 * - `css`: `--active-sessions-*` properties and `::part()` names must be the manifest's.
 * - `json`: must parse.
 * - `sh`, `text`: not checked (commands, output, file trees). Any other block, or one opting out,
 *   needs `<!-- sample-skip: why -->` right before it.
 * - Relative links between the pages, and their `#anchors`, must resolve.
 *
 * Prints how many samples were checked; exits 1 on any failure, each with its file and line.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TAG = 'active-sessions';
const UNCHECKED = { sh: 'a shell command', text: 'plain text: output or a file tree' };
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot', 'part', 'title', 'tabindex', 'inert', 'exportparts', 'is', 'translate', 'autofocus', 'nonce']);

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

// ---- The pages and their fenced blocks ------------------------------------------------------------

const pages = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** Fenced blocks of one page: language, first line of content (1-based), content, markers. */
function blocksOf(file) {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith(fence)) end++;
    // The markers: HTML comments on the lines right before the fence.
    const markers = {};
    for (let j = i - 1; j >= 0 && /^<!--.*-->\s*$/.test(lines[j]); j--) {
      const marker = /^<!--\s*sample-(prelude|skip):\s*([\s\S]*?)\s*-->\s*$/.exec(lines[j]);
      if (marker) markers[marker[1]] = marker[1] === 'prelude' && markers.prelude ? `${marker[2]}\n${markers.prelude}` : marker[2];
    }
    blocks.push({ file, line: i + 2, lang: open[2].toLowerCase(), code: lines.slice(i + 1, end).join('\n'), ...markers });
    i = end;
  }
  return blocks;
}

// ---- The manifest ---------------------------------------------------------------------------------

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'custom-elements.json'), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === TAG);
const attributes = new Set((element.attributes ?? []).map((a) => a.name));
const properties = new Set((element.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name));
const events = new Set((element.events ?? []).map((e) => e.name));
const cssProperties = new Set((element.cssProperties ?? []).map((p) => p.name));
const cssParts = new Set((element.cssParts ?? []).map((p) => p.name));
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// ---- HTML: a small tokenizer, enough to say whether a sample parses -------------------------------

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);

/** Elements of an HTML (or Vue template) sample, with their attributes; parse errors are thrown. */
function parseHtml(source, { selfClosing = false } = {}) {
  const elements = [];
  const stack = [];
  const tagPattern = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|</gi;
  let match;
  while ((match = tagPattern.exec(source))) {
    const [whole, close, open, attrText, slash] = match;
    if (whole === '<') throw new Error(`a "<" that starts no well-formed tag, at "${source.slice(match.index, match.index + 40)}"`);
    if (close) {
      const name = close.toLowerCase();
      if (stack.at(-1) !== name) throw new Error(`</${name}> closes ${stack.length ? `<${stack.at(-1)}>` : 'nothing'}`);
      stack.pop();
      continue;
    }
    if (!open) continue;
    const name = open.toLowerCase();
    const attrs = [...attrText.matchAll(/([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)].map(([, n, v]) => ({
      name: n,
      value: v?.replace(/^["']|["']$/g, ''),
    }));
    const seen = new Set();
    for (const { name: attr } of attrs) {
      if (seen.has(attr)) throw new Error(`<${name}> has ${attr} twice`);
      seen.add(attr);
    }
    const start = match.index + whole.length;
    elements.push({ name, attrs });
    if (VOID.has(name)) continue;
    if (slash) {
      if (!selfClosing) throw new Error(`<${name} /> is not closed in HTML (only void elements self-close)`);
      continue;
    }
    if (RAW.has(name)) {
      const end = source.toLowerCase().indexOf(`</${name}`, start);
      if (end < 0) throw new Error(`<${name}> is never closed`);
      elements.at(-1).text = source.slice(start, end);
      elements.at(-1).textLine = source.slice(0, start).split('\n').length - 1;
      tagPattern.lastIndex = end;
      stack.push(name);
      continue;
    }
    stack.push(name);
  }
  if (stack.length) throw new Error(`<${stack.at(-1)}> is never closed`);
  return elements;
}

const isGlobal = (name) => GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-') || name === 'role';

// ---- Type-checking ------------------------------------------------------------------------------

/** Each `exports` entry that has types, as a `paths` mapping onto dist/ ("./adapters/kratos" → …). */
function packagePaths() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const paths = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types || subpath.includes('*')) continue;
    const file = path.join(ROOT, types);
    if (!existsSync(file)) throw new Error(`${types} is missing: run \`npm run build\` first`);
    paths[subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`] = [file];
  }
  return paths;
}

const scripts = []; // { where, lang: 'ts' | 'tsx' | 'js', code, prelude }

/**
 * Type-checks samples in a temporary directory inside the repository (so its node_modules resolve).
 * A TypeScript sample gets its prelude on its first line (so it keeps its line numbers); a
 * JavaScript one, which cannot hold `declare`, gets it as a declaration file beside it, checked in
 * a program of its own so that no two samples' preludes meet.
 */
function typeCheck(samples, options) {
  if (!samples.length) return;
  const dir = mkdtempSync(path.join(ROOT, '.docs-samples-'));
  try {
    // JS samples see the element's global types (HTMLElementTagNameMap, the event map) as a page that loaded it does.
    const globals = path.join(dir, 'globals.d.ts');
    writeFileSync(globals, `import '${TAG}';\n`);
    const groups = [[]];
    samples.forEach((sample, i) => {
      const file = path.join(dir, `sample-${i}.${sample.lang}`);
      const prelude = (sample.prelude ?? '').split('\n').filter((line) => line.trim());
      if (sample.lang === 'js') {
        // JavaScript takes the prelude's imports as they are; its declarations go in a .d.ts.
        const imports = prelude.filter((line) => /^import\s/.test(line));
        const declarations = prelude.filter((line) => !/^import\s/.test(line));
        writeFileSync(file, `${[...imports, 'export {};'].join('\n')}\n${sample.code}\n`);
        const entry = { file, sample, offset: imports.length + 1 };
        if (!declarations.length) return void groups[0].push(entry);
        entry.extra = path.join(dir, `sample-${i}.prelude.d.ts`);
        writeFileSync(entry.extra, `${declarations.join('\n')}\n`);
        groups.push([entry]);
      } else {
        writeFileSync(file, `${[...prelude, 'export {};'].join('\n')}\n${sample.code}\n`);
        groups[0].push({ file, sample, offset: prelude.length + 1 });
      }
    });
    let previous;
    for (const group of groups.filter((g) => g.length)) {
      const roots = [globals, ...group.flatMap((f) => (f.extra ? [f.file, f.extra] : [f.file]))];
      const program = ts.createProgram({
        rootNames: roots,
        oldProgram: previous,
        options: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
          jsx: ts.JsxEmit.ReactJSX,
          experimentalDecorators: true,
          useDefineForClassFields: false,
          skipLibCheck: true,
          noEmit: true,
          types: ['mocha'],
          paths: packagePaths(),
          ...options,
        },
      });
      previous = program;
      const byFile = new Map(group.flatMap((f) => [[f.file, f], ...(f.extra ? [[f.extra, { ...f, prelude: true }]] : [])]));
      for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        const found = diagnostic.file && byFile.get(diagnostic.file.fileName);
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
        if (!found) {
          // A file a sample imports (a recipe in examples/) is checked by its own configuration.
          if (!diagnostic.file) fail('docs:samples', message);
          continue;
        }
        const { sample } = found;
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const at = found.prelude || line < found.offset ? `${sample.file}:${sample.line - 2} (its sample-prelude)` : `${sample.file}:${sample.line + line - found.offset}`;
        fail(at, `${message} (${sample.lang} sample${sample.from ? `, ${sample.from}` : ''})`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- Links --------------------------------------------------------------------------------------

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, '');
  const seen = new Map();
  const anchors = new Set();
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = heading.replace(/<[^>]*>/g, '').toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

function checkLinks(file) {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const lines = text.split('\n');
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^(`{3,}|~{3,})/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const [, target] of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [targetPath, anchor] = target.split('#');
      const resolved = targetPath ? path.join(ROOT, path.dirname(file), targetPath) : path.join(ROOT, file);
      const where = `${file}:${i + 1}`;
      if (!existsSync(resolved)) {
        fail(where, `link to ${target}: no such file`);
      } else if (anchor !== undefined && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) {
        fail(where, `link to ${target}: no heading with that anchor`);
      }
    }
  });
}

// ---- Run ----------------------------------------------------------------------------------------

const counts = {};
const count = (kind) => (counts[kind] = (counts[kind] ?? 0) + 1);

for (const file of pages) {
  checkLinks(file);
  for (const block of blocksOf(file)) {
    const where = `${block.file}:${block.line}`;
    if (block.skip !== undefined) {
      if (!block.skip) fail(where, 'a sample-skip marker must say why');
      count('skipped');
      continue;
    }
    if (!block.lang) {
      fail(where, 'a code block needs a language (sh and text are not checked; anything else is)');
      continue;
    }
    if (UNCHECKED[block.lang]) {
      count(`not checked (${block.lang})`);
      continue;
    }
    try {
      switch (block.lang) {
        case 'ts':
        case 'tsx':
        case 'js':
          scripts.push(block);
          break;
        case 'json':
          JSON.parse(block.code);
          break;
        case 'html': {
          for (const el of parseHtml(block.code)) {
            if (el.name === TAG) {
              for (const { name } of el.attrs) {
                if (!attributes.has(name) && !isGlobal(name)) fail(where, `<${TAG}> has no attribute "${name}" (custom-elements.json)`);
              }
            }
            if (el.name === 'script' && el.attrs.some((a) => a.name === 'type' && a.value === 'module') && el.text?.trim()) {
              scripts.push({ ...block, line: block.line + el.textLine, lang: 'js', code: el.text, from: 'its inline module script' });
            }
          }
          break;
        }
        case 'vue': {
          const template = /<template>([\s\S]*)<\/template>/.exec(block.code)?.[1] ?? block.code;
          for (const el of parseHtml(template, { selfClosing: true })) {
            if (el.name !== TAG) continue;
            for (const { name } of el.attrs) {
              if (name.startsWith('@') || name.startsWith('v-on:')) {
                const event = name.replace(/^(@|v-on:)/, '').split('.')[0];
                if (!events.has(event)) fail(where, `<${TAG}> fires no "${event}" event (custom-elements.json)`);
              } else if (name.startsWith(':') || name.startsWith('v-bind:')) {
                const bound = name.replace(/^(:|v-bind:)/, '').split('.')[0];
                if (!attributes.has(bound) && !properties.has(bound) && ![...properties].some((p) => kebab(p) === bound) && !isGlobal(bound)) {
                  fail(where, `<${TAG}> has no attribute or property "${bound}" (custom-elements.json)`);
                }
              } else if (!attributes.has(name) && !isGlobal(name)) {
                fail(where, `<${TAG}> has no attribute "${name}" (custom-elements.json)`);
              }
            }
          }
          break;
        }
        case 'css': {
          const css = block.code.replace(/\/\*[\s\S]*?\*\//g, '');
          for (const [name] of css.matchAll(/--active-sessions-[\w-]+/g)) {
            if (!cssProperties.has(name)) fail(where, `${name} is not one of the element's custom properties`);
          }
          for (const [, parts] of css.matchAll(/::part\(([^)]*)\)/g)) {
            for (const part of parts.trim().split(/\s+/)) {
              if (!cssParts.has(part)) fail(where, `::part(${part}) is not one of the element's parts`);
            }
          }
          break;
        }
        default:
          fail(where, `a ${block.lang} block is not checked: mark it <!-- sample-skip: why --> or use a checked language`);
          continue;
      }
      count(block.lang);
    } catch (error) {
      fail(where, `${block.lang} sample does not parse: ${error.message}`);
      count(block.lang);
    }
  }
}

const jsOptions = { allowJs: true, checkJs: true, strict: false, noImplicitAny: false };
typeCheck(scripts.filter((s) => s.lang !== 'js'), { strict: true });
typeCheck(scripts.filter((s) => s.lang === 'js'), jsOptions);

const checked = Object.entries(counts).filter(([kind]) => !kind.startsWith('not checked') && kind !== 'skipped');
const total = checked.reduce((sum, [, n]) => sum + n, 0);
const extra = scripts.filter((s) => s.from).length;
console.log(
  `docs:samples: ${total} samples checked in ${pages.length} pages (${checked.map(([k, n]) => `${n} ${k}`).join(', ')}` +
    `${extra ? `; and ${extra} inline module scripts type-checked` : ''})` +
    `${Object.entries(counts).filter(([k]) => k.startsWith('not checked') || k === 'skipped').map(([k, n]) => `, ${n} ${k}`).join('')}`,
);
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`docs:samples: ${failures.length} failure${failures.length === 1 ? '' : 's'}`);
  process.exit(1);
}
