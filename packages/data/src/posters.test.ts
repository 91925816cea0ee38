// The awareness posters: a public poster for everyone and each sector, its signs chosen (each
// with its reason) from the dataset; the poster for a person affected in the second person,
// never calling them a victim, its reassurance true of the helpline's record.
import { expect } from '@open-wc/testing';
import { getContact } from './contacts.js';
import { indicatorSets, sectors } from './indicators.js';
import { affectedPoster, awarenessPosters, getPublicPoster } from './posters.js';
import { parseAwarenessPoster } from './validate.js';

const signs = new Map<string, string>(indicatorSets.flatMap((set) => set.categories.flatMap((category) => category.indicators.map((sign) => [sign.id, set.id] as const))));

describe('@ctkit/data/posters', () => {
  it('has a public poster for everyone and one per sector, and one for a person affected', () => {
    expect(awarenessPosters.map((poster) => poster.id)).to.deep.equal(['general', ...sectors.map((sector) => sector.id), 'affected']);
    for (const poster of awarenessPosters) expect(parseAwarenessPoster(poster).ok, poster.id).to.equal(true);
  });

  it("chooses each public poster's signs from its sector's set or the general set, each with its reason", () => {
    for (const poster of awarenessPosters) {
      if (poster.audience !== 'public') continue;
      expect(poster.signs.length, poster.id).to.be.within(3, 5);
      for (const sign of poster.signs) {
        expect([poster.id, 'general'], `${poster.id}: ${sign.indicator}`).to.include(signs.get(sign.indicator));
        expect(sign.why.length, sign.indicator).to.be.above(20);
      }
      expect(poster.proof, poster.id).to.match(/not proof/);
    }
  });

  it('speaks to a person affected in the second person, never as "a victim", each statement resting on signs that exist', () => {
    const words = [affectedPoster.title, ...affectedPoster.statements.map((s) => s.text), ...affectedPoster.reassurance, affectedPoster.action].join(' ');
    expect(words).to.not.match(/victim/i);
    for (const statement of affectedPoster.statements) {
      expect(statement.text, statement.text).to.match(/\b(you|your)\b/i);
      for (const id of statement.indicators) expect(signs.has(id), id).to.equal(true);
    }
    // The brief's four: documents kept, a debt, cannot leave, afraid for the family.
    for (const theme of [/passport|ID/, /owe money/, /cannot leave/, /family/]) expect(affectedPoster.statements.some((s) => theme.test(s.text)), String(theme)).to.equal(true);
  });

  it("promises only what the helpline's record says: free, confidential, day and night, an interpreter, no name needed", () => {
    const helpline = getContact('modern-slavery-helpline');
    const says = affectedPoster.reassurance.join(' ');
    expect(helpline.phones[0]?.freephone && helpline.confidential).to.equal(true);
    expect(says).to.match(/free and confidential/);
    expect(helpline.availability.type).to.equal('always');
    expect(says).to.match(/day or night/);
    expect(helpline.interpreters).to.equal(true);
    expect(says).to.match(/interpreter/);
    expect(helpline.anonymous).to.equal(true);
    expect(says).to.match(/do not have to give your name/);
    // No number is typed into the text: components show the record's.
    for (const poster of awarenessPosters) {
      const shown = poster.audience === 'public' ? [poster.title, poster.intro, poster.proof, ...poster.signs.map((s) => s.why)] : [poster.title, ...poster.statements.map((s) => s.text), ...poster.reassurance, poster.action, poster.danger, poster.nothingRecorded];
      expect(shown.join(' ').replace(/\b999\b/g, ''), poster.id).to.not.match(/\d{3,}/);
    }
    expect(affectedPoster.danger).to.match(/\b999\b/);
  });

  it('parseAwarenessPoster names a sign the dataset does not have, and too many signs', () => {
    const poster = JSON.parse(JSON.stringify(getPublicPoster('hospitality')));
    poster.signs[0].indicator = 'hospitality-no-such-sign';
    poster.signs.push(...poster.signs);
    const result = parseAwarenessPoster(poster);
    const errors = result.ok ? [] : result.errors.map((error) => `${error.pathText}: ${error.message}`);
    expect(errors).to.deep.equal(['poster.signs: must show three to five signs']);
    poster.signs = poster.signs.slice(0, 5);
    const second = parseAwarenessPoster(poster);
    expect(second.ok ? [] : second.errors.map((error) => `${error.pathText}: ${error.message}`)).to.deep.equal([
      'poster.signs[0].indicator: names the sign "hospitality-no-such-sign", which is not in @ctkit/data',
    ]);
  });
});
