/**
 * custom-elements.json feeds the Storybook Docs page and editors: every public item of every
 * registered element must say what it is in at least one full sentence. (`.ci/run` separately
 * checks that the committed manifest matches `npm run analyze`.)
 */
import { expect } from '@open-wc/testing';
import manifest from '../custom-elements.json';

interface Item {
  name: string;
  description?: string;
  summary?: string;
  privacy?: string;
  kind?: string;
}
interface Declaration extends Item {
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const elements = (manifest.modules as { path: string; declarations?: Declaration[] }[]).flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ path: mod.path, element: d })),
);

const KINDS = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'] as const;

/** A description that is at least one sentence: some text, ending like a sentence ends. */
const isSentence = (text: string | undefined) => !!text && /\S/.test(text) && /[.!?]["'`)]?$/.test(text.trim());

describe('custom-elements.json', () => {
  it('declares the <active-sessions> element', () => {
    expect(elements.map((e) => e.element.tagName)).to.include('active-sessions');
  });

  for (const { path, element } of elements) {
    describe(`<${element.tagName}> (${path})`, () => {
      it('has a summary and a description', () => {
        expect(isSentence(element.summary), 'summary').to.be.true;
        expect(isSentence(element.description), 'description').to.be.true;
      });

      for (const kind of KINDS) {
        it(`describes every public item in ${kind}`, () => {
          const items = (element[kind] ?? []).filter(
            (item) => !item.privacy || item.privacy === 'public',
          );
          if (kind !== 'slots') expect(items.length, `${kind} is empty`).to.be.greaterThan(0);
          const undescribed = items.filter((item) => !isSentence(item.description)).map((item) => item.name);
          expect(undescribed, `${kind} without a one-sentence description`).to.deep.equal([]);
        });
      }
    });
  }
});
