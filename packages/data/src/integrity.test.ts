// The shipped data against its sources: numbers digit for digit, no known-wrong number
// anywhere in what we publish, stable ids.
import { expect } from '@open-wc/testing';
import { contacts } from './contacts.js';
import { guidance } from './guidance.js';
import { indicatorSets } from './indicators.js';
import { referralFlows } from './referral.js';

const root = new URL('../../../', import.meta.url);
const fetchText = async (path: string) => {
  const response = await fetch(new URL(path, root));
  expect(response.ok, `${path} is served`).to.equal(true);
  return response.text();
};
const digits = (text: string) => text.replace(/\D/g, '');

/** Phone-like runs of digits and spaces in the sources document, spaces removed. */
async function sourcedNumbers(): Promise<Set<string>> {
  const sources = await fetchText('docs/content-sources.md');
  return new Set([...sources.matchAll(/\d[\d ]*\d/g)].map((match) => digits(match[0])));
}

/** The number a UK caller dials for a display, in the form `number` must hold. */
function dialled(display: string): string {
  const national = digits(display);
  if (national.startsWith('18001')) return national; // Relay UK prefix before a number
  return national.startsWith('0') ? `+44${national.slice(1)}` : national;
}

describe('@ctkit/data integrity', () => {
  it('ships every number exactly as the sources give it', async () => {
    const sourced = await sourcedNumbers();
    for (const contact of contacts) {
      for (const phone of contact.phones) {
        expect(sourced.has(digits(phone.display)), `${contact.id}: ${phone.display} is in content-sources.md`).to.equal(true);
        expect(phone.number, `${contact.id}: ${phone.display} dials the number shown`).to.equal(dialled(phone.display));
      }
    }
  });

  it('has the contacts the contract names', () => {
    const ids = contacts.map((c) => c.id);
    expect(ids).to.have.members([
      'modern-slavery-helpline',
      'police-emergency',
      'police-non-emergency',
      'nhs-111',
      'crimestoppers',
      'acas',
      'glaa',
      'salvation-army',
      'british-transport-police',
      'a21-uk',
    ]);
    expect(ids[0], 'emergency first').to.equal('police-emergency');
  });

  it('publishes neither the guide’s misprint of the helpline nor a replaced number', async () => {
    const published = [
      'packages/data/dist/json/contacts.json',
      'packages/data/dist/json/guidance.json',
      'packages/data/dist/json/indicator-sets.json',
      'packages/data/dist/json/referral-flows.json',
      'packages/data/dist/index.js',
      'packages/data/dist/contacts.js',
      'packages/data/README.md',
      'packages/elements/dist/ctkit.min.js',
      'README.md',
    ];
    for (const path of published) {
      const text = digits(await fetchText(path));
      expect(text.includes('08000700121'), `${path} has the misprinted helpline`).to.equal(false);
      expect(text.includes('03003038151'), `${path} has the Salvation Army's replaced line`).to.equal(false);
    }
  });

  it('uses stable kebab-case ids, unique within each kind', () => {
    const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    const kinds = {
      contacts: contacts.map((c) => c.id),
      indicatorSets: indicatorSets.map((s) => s.id),
      indicators: indicatorSets.flatMap((s) => s.categories.flatMap((c) => c.indicators.map((i) => i.id))),
      guidance: guidance.map((t) => t.id),
      referralFlows: referralFlows.map((f) => f.id),
    };
    for (const [kind, ids] of Object.entries(kinds)) {
      for (const id of ids) expect(id, kind).to.match(kebab);
      expect(new Set(ids).size, `${kind} ids are unique`).to.equal(ids.length);
    }
  });

  it('marks every record with a fact no current source confirms', () => {
    const unverified = contacts.filter((c) => c.confidence === 'unverified').map((c) => c.id);
    expect(unverified).to.include.members(['a21-uk', 'glaa', 'acas']);
    for (const contact of contacts.filter((c) => c.confidence === 'unverified')) {
      expect(contact.confidenceNote, contact.id).to.be.a('string').and.not.equal('');
    }
  });
});
