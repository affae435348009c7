// `cem analyze` configuration (npm run analyze): Lit-aware, source files only. Besides
// custom-elements.json it writes what is generated from it (docs/frameworks.md): the framework
// types in types/ and the editor data in editors/, each by a maintained generator, never by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const INTERNAL = ['renderRoot', 'adoptedStyleSheets', 'sheet'];

/** The generated types import the element class and the event detail types from the built package. */
const TYPES_FROM = '../dist/src/index.js';
const EVENTS_SOURCE = readFileSync(new URL('./src/events.ts', import.meta.url), 'utf8');

/** `active-sessions-logged-out-all` → `ActiveSessionsLoggedOutAllDetail`, a type src/events.ts exports. */
function detailTypeOf(eventName) {
  const name = `${eventName.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase())}Detail`;
  if (!new RegExp(`^export type ${name} =`, 'm').test(EVENTS_SOURCE)) {
    throw new Error(`custom-elements-manifest.config.mjs: src/events.ts exports no ${name} for ${eventName}`);
  }
  return name;
}

/**
 * What the generators read: a copy of the manifest without the `token` attribute (refused by the
 * element: the token is a property only, so no framework type may offer the attribute), and,
 * where `unwrapEvents` is set, each event's type as its detail type (the break-stuff generators
 * wrap it in `CustomEvent<…>` themselves; @wc-toolkit/jsx-types reads `CustomEvent<…>`).
 * `propertiesOnly` drops the attributes, so every input is typed under its property name: vue-tsc
 * camel-cases `page-size` in a template to `pageSize` and leaves a kebab-case prop type unchecked.
 * `pascalEvents` names each event in PascalCase, so the Vue generator's `on<name>` props are the
 * ones vue-tsc looks up: `@active-sessions-logged-out-all` is the prop `onActiveSessionsLoggedOutAll`.
 */
function forGenerators(manifest, { unwrapEvents = false, propertiesOnly = false, pascalEvents = false } = {}) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.attributes) decl.attributes = decl.attributes.filter((a) => a.name !== 'token' && !propertiesOnly);
      if (propertiesOnly) for (const member of decl.members ?? []) delete member.attribute;
      if (pascalEvents) {
        for (const event of decl.events ?? []) event.name = event.name.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());
      }
      if (unwrapEvents) {
        for (const event of decl.events ?? []) {
          const match = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '');
          if (match) event.type = { text: match[1] };
        }
      }
    }
  }
  return copy;
}

/**
 * @wc-toolkit/jsx-types (1.8.2, its latest) types every element's `ref` as `T | ((e: T) => void)`:
 * Solid's kinds of ref, not React's or Preact's, so `ref={useRef<ActiveSessions>(null)}` (a
 * `{ current }` object) and `ref={null}` on the bare tag were type errors. It has no option for
 * it, and the type cannot come from React's own (`React.Ref<T>`): the file is shared by every JSX
 * framework, hosts without @types/react included, and @types/react 18's `React.JSX` extends the
 * global `JSX` it also augments. So this widens that one generated line to take those too (an
 * object typed for another element stays an error); it fails if the generator stops writing it.
 */
const GENERATED_REF = 'ref?: (T | ((e: T) => void)) | undefined;';
const REF = 'ref?: T | ((e: T) => void) | { current: T | null } | null | undefined;';

function acceptRefObjects(file) {
  return {
    name: 'jsx-types-ref-objects',
    packageLinkPhase() {
      const url = new URL(file, import.meta.url);
      const text = readFileSync(url, 'utf8');
      if (text.split(GENERATED_REF).length !== 2) {
        throw new Error(`custom-elements-manifest.config.mjs: ${file} has no single \`${GENERATED_REF}\` to widen`);
      }
      writeFileSync(url, text.replace(GENERATED_REF, REF));
    },
  };
}

/** Runs a generator plugin on the copy above instead of the manifest that is written out. */
function generator(plugin, options) {
  return {
    name: plugin.name,
    packageLinkPhase({ customElementsManifest, ...rest }) {
      plugin.packageLinkPhase({ customElementsManifest: forGenerators(customElementsManifest, options), ...rest });
    },
  };
}
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The element observes a `token` attribute only to refuse it; say so in the manifest.
      name: 'describe-refused-token-attribute',
      packageLinkPhase({ customElementsManifest }) {
        // In path order: the glob lists files in the file system's order, which differs between
        // two clones, and CI compares the manifest with the committed one.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            // The base class's plumbing is not part of the element's API.
            if (decl.members) decl.members = decl.members.filter((m) => !INTERNAL.includes(m.name));
            // The context request the element dispatches is not one of its events.
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('active-sessions-'));
            // `token` is a setter only (write-only): the analyzer finds no type to report.
            const token = decl.members?.find((m) => m.name === 'token');
            if (token && !token.type) token.type = { text: 'string | undefined' };
            const attr = decl.attributes?.find((a) => a.name === 'token');
            if (attr) {
              attr.description =
                'Ignored, with a console warning that never prints its value: the token is a secret, set the `token` property instead.';
            }
            // Each event's detail is a named type of src/events.ts (unless its @fires tag gives one).
            for (const event of decl.events ?? []) {
              event.type ??= { text: `CustomEvent<${detailTypeOf(event.name)}>` };
            }
          }
        }
      },
    },
    // React 19, Preact, Solid and Svelte 5 read jsx.d.ts (types/solid.d.ts and types/svelte.d.ts
    // only wire it into those frameworks); Vue reads vue.d.ts (GlobalComponents).
    generator(
      jsxTypesPlugin({ outdir: 'types', fileName: 'jsx.d.ts', globalTypePath: TYPES_FROM, stronglyTypedEvents: true }),
    ),
    acceptRefObjects('./types/jsx.d.ts'),
    generator(customElementVuejsPlugin({ outdir: 'types', fileName: 'vue.d.ts', globalTypePath: TYPES_FROM, hideLogs: true }), {
      unwrapEvents: true,
      propertiesOnly: true,
      pascalEvents: true,
    }),
    // Editor data: VS Code HTML/CSS custom data and JetBrains web-types (package.json names them).
    generator(
      customElementVsCodePlugin({
        outdir: 'editors',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
        hideLogs: true,
      }),
    ),
    generator(customElementJetBrainsPlugin({ outdir: 'editors', webTypesFileName: 'web-types.json', hideLogs: true })),
  ],
};
