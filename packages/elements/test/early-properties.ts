/**
 * Every object and string property of every element, set before the element is defined, as
 * a framework or a page script that runs before ctkit's does: what each must then show.
 * Shared by the test with the per-element entries and the one with ctkit.min.js.
 * @module
 */
import { expect } from '@open-wc/testing';
import { customFlow } from '../src/referral-flowchart/referral-flowchart.fixtures.js';
import { customTopic } from '../src/guidance-card/guidance-card.fixtures.js';
import { customSet } from '../src/indicator-checklist/indicator-checklist.fixtures.js';
import { dataPath } from '../src/contact-directory/contact-directory.fixtures.js';
import { dutyManager, ownContacts, safeguardingLead } from '../src/contacts.fixtures.js';

type El = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

export interface EarlyCase {
  tag: string;
  /** The define module, relative to dist/. */
  module: string;
  name: string;
  props: Record<string, unknown>;
  /** What the element shows once defined. */
  check: (root: ShadowRoot) => void;
}

const tel = (root: ShadowRoot) => [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const text = (root: ShadowRoot) => (root.textContent ?? '').replace(/\s+/g, ' ');
const names = (root: ShadowRoot) => [...root.querySelectorAll('[part="contact"] [part="name"]')].map((n) => n.textContent?.trim());

export const earlyCases: EarlyCase[] = [
  { tag: 'ctk-helpline-banner', module: 'helpline-banner/define.js', name: 'contact (an id)', props: { contact: 'crimestoppers' }, check: (r) => expect(tel(r)).to.include('tel:+44800555111') },
  { tag: 'ctk-helpline-banner', module: 'helpline-banner/define.js', name: 'contact (your own)', props: { contact: safeguardingLead }, check: (r) => expect(tel(r)).to.include('tel:+441632960018') },
  { tag: 'ctk-helpline-banner', module: 'helpline-banner/define.js', name: 'variant', props: { variant: 'compact' }, check: (r) => expect(r.querySelector('.compact')).to.exist },
  { tag: 'ctk-contact-directory', module: 'contact-directory/define.js', name: 'contacts', props: { contacts: ownContacts }, check: (r) => expect(names(r)).to.deep.equal(ownContacts.map((c) => c.name)) },
  {
    tag: 'ctk-contact-directory',
    module: 'contact-directory/define.js',
    name: 'extraContacts',
    props: { extraContacts: [dutyManager] },
    check: (r) => {
      expect(names(r)[0]).to.equal(dutyManager.name);
      expect(tel(r)).to.include('tel:999');
    },
  },
  { tag: 'ctk-contact-directory', module: 'contact-directory/define.js', name: 'src', props: { src: `${dataPath}own-contacts.json` }, check: (r) => expect(names(r)).to.include(safeguardingLead.name) },
  { tag: 'ctk-contact-directory', module: 'contact-directory/define.js', name: 'categories', props: { categories: 'emergency' }, check: (r) => expect(tel(r)).to.include('tel:999').and.not.to.include('tel:+448000121700') },
  {
    tag: 'ctk-contact-directory',
    module: 'contact-directory/define.js',
    name: 'query',
    props: { query: 'crimestoppers' },
    check: (r) => {
      expect(r.querySelector('input')?.value).to.equal('crimestoppers');
      expect(names(r)).to.deep.equal(['Crimestoppers']);
    },
  },
  { tag: 'ctk-indicator-checklist', module: 'indicator-checklist/define.js', name: 'sector', props: { sector: 'hospitality' }, check: (r) => expect(r.querySelector('input[value="hospitality-guest-never-alone"]')).to.exist },
  { tag: 'ctk-indicator-checklist', module: 'indicator-checklist/define.js', name: 'indicatorSet', props: { indicatorSet: customSet }, check: (r) => expect(text(r)).to.contain(customSet.title) },
  {
    tag: 'ctk-indicator-checklist',
    module: 'indicator-checklist/define.js',
    name: 'contact and checked',
    props: { contact: safeguardingLead, checked: ['general-isolated'] },
    check: (r) => {
      expect(r.querySelector<HTMLInputElement>('input[value="general-isolated"]')?.checked).to.equal(true);
      expect(tel(r)).to.include('tel:+441632960018');
    },
  },
  { tag: 'ctk-guidance-card', module: 'guidance-card/define.js', name: 'topic (an id)', props: { topic: 'training' }, check: (r) => expect(r.querySelector('[part="title"]')?.textContent).to.match(/train/i) },
  { tag: 'ctk-guidance-card', module: 'guidance-card/define.js', name: 'topic (your own)', props: { topic: customTopic }, check: (r) => expect(text(r)).to.contain(customTopic.title) },
  { tag: 'ctk-guidance-card', module: 'guidance-card/define.js', name: 'variant', props: { variant: 'compact' }, check: (r) => expect(r.querySelector('details[part="section"]')).to.exist },
  {
    tag: 'ctk-referral-flowchart',
    module: 'referral-flowchart/define.js',
    name: 'flow (your own) and extraContacts',
    props: { flow: customFlow, extraContacts: ownContacts },
    check: (r) => expect(text(r)).to.contain(customFlow.title),
  },
  { tag: 'ctk-referral-flowchart', module: 'referral-flowchart/define.js', name: 'flow (an id)', props: { flow: 'england-wales' }, check: (r) => expect(text(r)).to.contain('Is anyone in immediate danger?') },
  { tag: 'ctk-referral-flowchart', module: 'referral-flowchart/define.js', name: 'view', props: { view: 'diagram' }, check: (r) => expect(r.querySelector('[part="chart"]')).to.exist },
  {
    tag: 'ctk-referral-flowchart',
    module: 'referral-flowchart/define.js',
    name: 'answers',
    props: { answers: [{ question: 'danger', answer: 'Yes' }] },
    check: (r) => expect(r.querySelector('[part="step-title"]')?.textContent).to.contain('Call 999 now'),
  },
  { tag: 'ctk-quick-exit', module: 'quick-exit/define.js', name: 'href', props: { href: 'https://www.example.org/weather' }, check: (r) => expect(r.querySelector('a')?.getAttribute('href')).to.equal('https://www.example.org/weather') },
];

/**
 * Creates every case's element in the page, sets its properties while the tag is undefined,
 * then runs `define()`, and checks each: no error shown, nothing logged, and what it must show.
 */
export async function checkEarlyProperties(define: () => Promise<void>): Promise<void> {
  const host = document.createElement('div');
  document.body.append(host);
  const made = earlyCases.map((c) => {
    expect(customElements.get(c.tag), `${c.tag} is not defined yet`).to.equal(undefined);
    const el = document.createElement(c.tag) as El;
    Object.assign(el, c.props);
    host.append(el);
    return { c, el };
  });
  const errors: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await define();
    for (const { c, el } of made) {
      await customElements.whenDefined(c.tag);
      await el.updateComplete;
      const root = el.shadowRoot;
      // Text, not the element: chai's description of a DOM node can freeze the page.
      const error = root.querySelector('[part~="error"]');
      expect(error ? text(root).slice(0, 300) : '', `${c.tag} ${c.name} shows an error`).to.equal('');
      try {
        c.check(root);
      } catch (error) {
        throw new Error(`${c.tag} ${c.name}: ${(error as Error).message}`, { cause: error });
      }
    }
    expect(errors).to.deep.equal([]);
  } finally {
    console.error = consoleError;
    host.remove();
  }
}
