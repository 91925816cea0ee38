import { expect } from '@open-wc/testing';
import { contacts, getContact, isContactId, type ContactId } from './contacts.js';
import { ContactSchema } from './schemas.js';

describe('@ctkit/data contacts', () => {
  it('are all valid against ContactSchema', () => {
    for (const contact of contacts) {
      const result = ContactSchema.safeParse(contact);
      expect(result.success, `${contact.id}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
    }
  });

  it('were checked on a real date, not in the future', () => {
    for (const contact of contacts) {
      const checked = new Date(`${contact.verifiedOn}T00:00:00Z`);
      // Round-trip: a date such as 2026-02-31 would roll over to March.
      expect(Number.isNaN(checked.getTime()) ? 'invalid' : checked.toISOString().slice(0, 10), contact.id).to.equal(
        contact.verifiedOn,
      );
      expect(checked.getTime(), contact.id).to.be.at.most(Date.now());
    }
  });

  it('say whether each voice line is free', () => {
    for (const contact of contacts) {
      for (const phone of contact.phones.filter((p) => !p.textOnly && !p.textphone)) {
        expect(phone.freephone, `${contact.id} ${phone.display}`).to.be.a('boolean');
      }
    }
  });

  it('give the Modern Slavery & Exploitation Helpline as 08000 121 700, free, confidential, 24/7', () => {
    const helpline = getContact('modern-slavery-helpline');
    expect(helpline?.name).to.equal('Modern Slavery & Exploitation Helpline');
    expect(helpline?.phones[0]).to.deep.include({ number: '+448000121700', display: '08000 121 700', freephone: true });
    expect(helpline?.availability).to.deep.equal({ type: 'always' });
    expect(helpline?.confidential).to.equal(true);
    expect(helpline?.interpreters).to.equal(true);
  });

  it('offer textphone or text options where the sources give them', () => {
    const textphone = (id: ContactId) => getContact(id)?.phones.filter((p) => p.textphone).map((p) => p.display);
    const text = (id: ContactId) => getContact(id)?.phones.filter((p) => p.textOnly).map((p) => p.display);
    expect(textphone('police-emergency')).to.deep.equal(['18000']);
    expect(text('police-emergency')).to.deep.equal(['999']);
    expect(textphone('police-non-emergency')).to.deep.equal(['18001 101']);
    expect(textphone('nhs-111')).to.deep.equal(['18001 111']);
    expect(text('british-transport-police')).to.deep.equal(['61016']);
  });

  it('say where a service does not reach', () => {
    expect(getContact('nhs-111')?.jurisdictions).to.not.include('GB-NIR');
    expect(getContact('salvation-army')?.jurisdictions).to.have.members(['GB-ENG', 'GB-WLS']);
    expect(getContact('acas')?.jurisdictions).to.not.include('GB-NIR');
  });

  it('are found by a typed id: a misspelt one does not compile, a string from outside goes through isContactId', () => {
    // @ts-expect-error: not an id in the dataset (the last letter is missing).
    expect(getContact('modern-slavery-helplin')).to.equal(undefined);
    const fromOutside: string = new URLSearchParams('?contact=acas').get('contact') ?? '';
    // @ts-expect-error: a plain string is not a ContactId until it is checked.
    getContact(fromOutside);
    expect(isContactId(fromOutside)).to.equal(true);
    if (isContactId(fromOutside)) expect(getContact(fromOutside).name).to.equal('Acas helpline');
    for (const outside of ['modern-slavery-helplin', '', 'ACAS', 42, null, undefined, {}]) expect(isContactId(outside), String(outside)).to.equal(false);
    for (const contact of contacts) expect(isContactId(contact.id)).to.equal(true);
  });
});
