/**
 * What `npm pack` would publish (issue 10, "packaging a user can trust"): the file list of
 * `npm pack --dry-run --json`, taken by the `npm-pack` server command of
 * web-test-runner.config.mjs from dist/ as `npm test`'s pretest built it. Nothing of the repo's
 * own (tests, stories, demo, examples, TypeScript sources) ships; every path package.json names
 * ships; source maps, if any, point only at what ships. `npm run lint:package` (publint + attw)
 * checks the same tarball from the resolvers' side.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface SourceMapInfo {
  file?: string | null;
  sourceRoot?: string;
  sources?: string[];
  embedded?: boolean[];
  error?: string;
}
interface Packed {
  files: string[];
  packageJson: Record<string, unknown>;
  maps: Record<string, SourceMapInfo>;
  mapUrls: Record<string, string>;
}

/** `./dist/x.js` → `dist/x.js`, as `npm pack` lists paths. */
const normalize = (target: string) => target.replace(/^\.\//, '');

/** A path resolved against the folder of `from` (both package-relative); null if it leaves the package. */
function resolveFrom(from: string, relative: string): string | null {
  const base = new URL(from, 'file:///package/');
  const url = new URL(relative, base);
  if (url.protocol !== 'file:' || !url.pathname.startsWith('/package/')) return null;
  return decodeURIComponent(url.pathname.slice('/package/'.length));
}

/** Every target string under an `exports` value: through conditions, arrays and subpaths. */
function exportTargets(value: unknown, at: string, out: { at: string; target: string }[] = []) {
  if (typeof value === 'string') out.push({ at, target: value });
  else if (Array.isArray(value)) value.forEach((v, i) => exportTargets(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) exportTargets(v, `${at}[${JSON.stringify(key)}]`, out);
  }
  return out;
}

/** Fields whose values are not paths into the package (or are checked on their own below). */
const NOT_PATHS = new Set([
  'name', 'version', 'description', 'license', 'keywords', 'author', 'contributors', 'homepage',
  'repository', 'bugs', 'funding', 'scripts', 'dependencies', 'devDependencies', 'peerDependencies',
  'peerDependenciesMeta', 'optionalDependencies', 'bundleDependencies', 'overrides', 'engines',
  'allowScripts', 'workspaces', 'publishConfig', 'type', 'private', 'files', 'exports', 'sideEffects',
]);
/** A string that names a file of the package: a relative path with a file extension. */
const PATH_LIKE = /^(\.\/)?[\w@.-]+(\/[\w@.-]+)*\.(m?js|cjs|d\.[mc]?ts|json|css|html)$/;

/** Every path-like string in the other fields (`main`, `types`, `customElements`, `web-types`, editor data, …). */
function fieldPaths(value: unknown, at: string, out: { at: string; target: string }[] = []) {
  if (typeof value === 'string') {
    if (PATH_LIKE.test(value)) out.push({ at, target: value });
  } else if (Array.isArray(value)) value.forEach((v, i) => fieldPaths(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) fieldPaths(v, `${at}.${key}`, out);
  }
  return out;
}

/** Whether an `exports` target (which may hold one `*`) matches a packed file. */
function matches(target: string, files: Set<string>) {
  const path = normalize(target);
  if (!path.includes('*')) return files.has(path);
  const escaped = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${escaped.join('.+')}$`);
  return [...files].some((f) => pattern.test(f));
}

describe('what `npm pack` publishes', function () {
  // `npm pack --dry-run` starts npm and walks the tree on two busy cores.
  this.timeout(60_000);

  let packed: Packed;
  let files: Set<string>;
  before(async () => {
    packed = (await executeServerCommand('npm-pack')) as Packed;
    files = new Set(packed.files);
  });

  it('ships the built entries, the manifest, the README and package.json', () => {
    // Without them an install has nothing to import, editors and Storybook have no element data.
    const entries = ['dist/active-sessions.js', 'dist/src/main.js', 'dist/server.js', 'dist/src/server/index.d.ts'];
    for (const file of ['package.json', 'README.md', 'custom-elements.json', ...entries]) {
      expect(files.has(file), `${file} is not in the package`).to.equal(true);
    }
  });

  it('ships its licence and changelog, and publishes publicly with provenance', () => {
    // Who may use it and what changed, in every user's node_modules; and what `npm publish` reads.
    for (const file of ['LICENSE', 'CHANGELOG.md']) expect(files.has(file), `${file} is not in the package`).to.equal(true);
    const pkg = packed.packageJson as { license?: string; publishConfig?: object; engines?: { node?: string }; repository?: { url?: string } };
    expect(pkg.license).to.equal('MIT');
    expect(pkg.publishConfig).to.deep.equal({ access: 'public', provenance: true });
    expect(pkg.engines?.node, 'engines.node').to.be.a('string');
    expect(pkg.repository?.url, 'repository.url, which provenance is checked against').to.be.a('string');
  });

  it('ships no tests, stories, demo, examples or repo tooling', () => {
    // Each would be dead weight in every user's node_modules, and test/story files drag in imports
    // (msw, @open-wc/testing, storybook) a user's type-checker or bundler may trip over.
    const unwanted = packed.files.filter(
      (f) =>
        /(^|\/)(test|tests|__tests__|stories|demo|examples)\//.test(f) ||
        /^(storybook-static|bench|docs|scripts|public|\.storybook|\.ci)\//.test(f) ||
        /\.(test|spec|stories)\.[cm]?[jt]sx?$/.test(f),
    );
    expect(unwanted, 'files a user should not get').to.deep.equal([]);
  });

  it('ships no TypeScript source, only declarations', () => {
    // A `.ts` file next to its `.js` can be picked up by a user's bundler or tsc (`allowJs`,
    // `moduleResolution: bundler` with `.ts` extensions) and compiled with the user's settings.
    const sources = packed.files.filter((f) => /\.([cm]?tsx?)$/.test(f) && !/\.d\.[cm]?ts$/.test(f));
    expect(sources, 'TypeScript sources in the package').to.deep.equal([]);
  });

  it('every source map points only at files that ship (or embeds them)', () => {
    // A map whose sources are missing makes the user's dev server and devtools warn
    // "Failed to load source map" / show nothing when they step into the widget.
    const broken: string[] = [];
    for (const [map, info] of Object.entries(packed.maps)) {
      if (info.error) {
        broken.push(`${map}: unreadable (${info.error})`);
        continue;
      }
      if (info.file) {
        const target = resolveFrom(map, info.file);
        if (!target || !files.has(target)) broken.push(`${map}: file ${info.file}`);
      }
      (info.sources ?? []).forEach((source, i) => {
        if (info.embedded?.[i]) return;
        const target = resolveFrom(map, (info.sourceRoot ?? '') + source);
        if (!target || !files.has(target)) broken.push(`${map}: source ${source}`);
      });
    }
    for (const [file, url] of Object.entries(packed.mapUrls)) {
      if (url.startsWith('data:')) continue;
      const target = resolveFrom(file, url);
      if (!target || !files.has(target)) broken.push(`${file}: sourceMappingURL=${url}`);
    }
    expect(broken, 'source map references to files that do not ship').to.deep.equal([]);
  });

  it('every path in `exports` ships', () => {
    // A missing target is "Cannot find module" / ERR_MODULE_NOT_FOUND (or "Could not find a
    // declaration file", for a `types` target) the moment a user imports that entry.
    const targets = exportTargets(packed.packageJson.exports, 'exports');
    expect(targets.length, 'exports names no files').to.be.greaterThan(0);
    const missing = targets.filter(({ target }) => !matches(target, files)).map(({ at, target }) => `${at}: ${target}`);
    expect(missing, 'exports targets that are not in the package').to.deep.equal([]);
  });

  it('every file named by main, module, types, customElements, editor data and other fields ships', () => {
    // `main`/`types` serve tools that do not read `exports`; `customElements`, `web-types` and the
    // VS Code data are read by editors and Storybook, which silently show nothing when a file is missing.
    const fields = Object.entries(packed.packageJson).filter(([key]) => !NOT_PATHS.has(key));
    const named = fields.flatMap(([key, value]) => fieldPaths(value, key));
    for (const key of ['main', 'module', 'types', 'customElements']) {
      expect(named.map((n) => n.at), `package.json has no ${key}`).to.include(key);
    }
    const missing = named.filter(({ target }) => !files.has(normalize(target))).map(({ at, target }) => `${at}: ${target}`);
    expect(missing, 'files package.json names that are not in the package').to.deep.equal([]);
  });

  it('every `sideEffects` path ships, and each `files` entry matches something', () => {
    // A stale `sideEffects` path lets a bundler drop the module that defines the tag: the element
    // never registers. A `files` entry matching nothing means something meant to ship does not.
    const sideEffects = packed.packageJson.sideEffects;
    const effects = Array.isArray(sideEffects) ? (sideEffects as string[]).filter((s) => !s.includes('*')) : [];
    expect(effects.filter((s) => !files.has(normalize(s))), 'sideEffects paths not in the package').to.deep.equal([]);
    const entries = (packed.packageJson.files as string[] | undefined) ?? [];
    const empty = entries.filter((entry) => {
      const path = normalize(entry).replace(/\/$/, '');
      return !packed.files.some((f) => f === path || f.startsWith(`${path}/`) || matches(path, new Set([f])));
    });
    expect(empty, '`files` entries that match no packed file').to.deep.equal([]);
  });
});
