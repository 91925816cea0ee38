// The shipped data against its sources: numbers digit for digit, stable ids, honest
// confidence. (That no known-wrong number is published is checked in Node: test/published.test.mjs.)
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

/**
 * Every number we ship, typed out a second time by hand from docs/content-sources.md, with
 * the row of its table that must give it. The data and this table must agree exactly, and
 * each number must stand in its own row, so a changed, swapped or added number fails.
 */
const expected: Record<string, { row: string; numbers: string[] }> = {
  'police-emergency': { row: 'Police emergency', numbers: ['999', '999', '18000'] },
  'modern-slavery-helpline': { row: 'Modern Slavery & Exploitation Helpline', numbers: ['08000 121 700'] },
  'police-non-emergency': { row: 'Police non-emergency', numbers: ['101', '18001 101'] },
  crimestoppers: { row: 'Crimestoppers', numbers: ['0800 555 111'] },
  'british-transport-police': { row: 'British Transport Police', numbers: ['0800 40 50 40', '61016'] },
  glaa: { row: 'Fair Work Agency', numbers: ['0800 432 0804'] },
  'nhs-111': { row: 'NHS 111', numbers: ['111', '18001 111'] },
  acas: { row: 'Acas', numbers: ['0300 123 1100', '18001 0300 123 1100'] },
  'salvation-army': { row: 'Salvation Army', numbers: ['0800 808 3733'] },
  'local-council': { row: 'Local council', numbers: [] },
  'a21-uk': { row: 'A21 UK', numbers: ['020 7736 6994'] },
  'police-scotland': { row: 'Police Scotland', numbers: ['101'] },
  'nhs-24': { row: 'NHS 24 (Scotland)', numbers: ['111'] },
  tara: { row: 'TARA (Trafficking Awareness Raising Alliance)', numbers: ['0141 276 7724'] },
  'migrant-help-scotland': { row: 'Migrant Help (Scotland)', numbers: ['0141 884 7900', '0141 212 8553'] },
  'guardianship-scotland': { row: 'Guardianship Scotland', numbers: [] },
  'scotland-council-social-work': { row: 'Council social work (Scotland)', numbers: [] },
  psni: { row: 'PSNI', numbers: ['101'] },
  'ni-gp-out-of-hours': { row: 'GP out of hours (Northern Ireland)', numbers: [] },
  'hsc-gateway': { row: "Health and Social Care Trust: children's Gateway team", numbers: [] },
  'migrant-help-ni': { row: 'Migrant Help (Northern Ireland)', numbers: ['077 6666 8781'] },
  'belfast-lisburn-womens-aid': { row: "Belfast & Lisburn Women's Aid", numbers: [] },
  'ni-independent-guardian': { row: 'Independent Guardian Service (Northern Ireland)', numbers: [] },
};

/** The rows of the UK contacts table in content-sources.md, by their first cell. */
async function sourceRows(): Promise<Map<string, string>> {
  const text = await fetchText('docs/content-sources.md');
  const table = text.slice(text.indexOf('## UK contacts'), text.indexOf('## Referral process'));
  return new Map(
    table
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| contact') && !line.startsWith('| ---'))
      .map((line) => [line.split('|')[1]!.trim(), line]),
  );
}

/** The number a UK caller dials for a display, in the form `number` must hold. */
function dialled(display: string): string {
  const national = digits(display);
  if (national.startsWith('18001')) return national; // Relay UK prefix before a number
  return national.startsWith('0') ? `+44${national.slice(1)}` : national;
}

describe('@ctkit/data integrity', () => {
  it('ships exactly the numbers the sources give, each dialling what it shows', async () => {
    const rows = await sourceRows();
    expect(contacts.map((c) => c.id)).to.have.members(Object.keys(expected));
    for (const contact of contacts) {
      const { row, numbers } = expected[contact.id]!;
      expect(contact.phones.map((p) => p.display), contact.id).to.deep.equal(numbers);
      const source = [...rows.entries()].find(([label]) => label.startsWith(row))?.[1];
      expect(source, `content-sources.md has a row for ${row}`).to.be.a('string');
      const rowNumbers = [...source!.matchAll(/\d[\d ]*\d|\d/g)].map((m) => digits(m[0]));
      for (const phone of contact.phones) {
        expect(rowNumbers, `${contact.id}: ${phone.display} is in its row of content-sources.md`).to.include(digits(phone.display));
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
      'local-council',
      'a21-uk',
      // Scotland and Northern Ireland (issue 25)
      'police-scotland',
      'nhs-24',
      'tara',
      'migrant-help-scotland',
      'guardianship-scotland',
      'psni',
      'ni-gp-out-of-hours',
      'hsc-gateway',
      'migrant-help-ni',
      'belfast-lisburn-womens-aid',
      'ni-independent-guardian',
      'scotland-council-social-work',
    ]);
    expect(ids[0], 'emergency first').to.equal('police-emergency');
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
