#!/usr/bin/env node
/**
 * `npm run publish:check` (after `npm run build`; CI runs it): what `npm publish` would upload,
 * without uploading anything.
 *
 * 1. package.json says how the package is published: `publishConfig` with `access: "public"` and
 *    `provenance: true`, a `repository` (npm checks provenance against it), `license` MIT with
 *    the LICENSE file to match, and `engines.node`.
 * 2. `npm publish --dry-run --ignore-scripts --provenance=false` passes, and the tarball it would
 *    upload holds the README, LICENSE, CHANGELOG.md and the built bundle.
 *
 * Why `--provenance=false`: a provenance statement is signed with the CI provider's OIDC token
 * (GitHub Actions' `id-token: write`), which exists only in the release job. The dry run never
 * signs anything, so the flag only makes sure no npm version tries to; step 1 checks that the real
 * publish will ask for it. `--ignore-scripts`: dist/ is what `npm run build` just built (the
 * real publish runs `prepack`, which builds it the same way). The dry run needs no login and no
 * registry: npm only warns that a real publish needs a login.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const problems = [];

if (pkg.private) problems.push('package.json is "private": npm would refuse to publish it');
if (pkg.publishConfig?.access !== 'public') problems.push('publishConfig.access is not "public"');
if (pkg.publishConfig?.provenance !== true) problems.push('publishConfig.provenance is not true');
if (!pkg.repository?.url) problems.push('no repository.url (npm checks provenance against it)');
if (!pkg.engines?.node) problems.push('no engines.node');
const license = existsSync(path.join(root, 'LICENSE')) ? readFileSync(path.join(root, 'LICENSE'), 'utf8') : '';
if (pkg.license !== 'MIT' || !license.startsWith('MIT License')) {
  problems.push(`license is ${JSON.stringify(pkg.license)} and LICENSE ${license ? 'is not the MIT text' : 'is missing'}`);
}

if (!existsSync(path.join(root, 'dist', 'active-sessions.js'))) {
  problems.push('dist/ is not built: run `npm run build` first');
} else {
  const run = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--provenance=false', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    problems.push(`npm publish --dry-run failed (exit ${run.status}):\n${run.stderr.trim()}`);
  } else {
    // npm prints the tarball as JSON: an object, keyed by the package's name in newer npm versions.
    let report = JSON.parse(run.stdout);
    if (!Array.isArray(report.files)) report = report[pkg.name] ?? {};
    const files = new Set((report.files ?? []).map((f) => f.path));
    for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/active-sessions.js', 'custom-elements.json']) {
      if (!files.has(file)) problems.push(`the tarball would not hold ${file}`);
    }
    if (!problems.length) {
      console.log(`publish:check: ${report.id ?? `${pkg.name}@${pkg.version}`}, ${files.size} files, ${report.size} B packed (dry run, public, provenance in the real publish)`);
    }
  }
}

if (problems.length) {
  console.error(`publish:check: FAILED\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
