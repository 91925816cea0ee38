import { expect } from '@open-wc/testing';
import { contacts, getContact } from './contacts.js';
import { ContactSchema } from './schemas.js';

/** The number as a UK caller dials it, from its E.164 form. */
function nationalDigits(e164OrShortCode: string): string {
  return e164OrShortCode.startsWith('+44') ? `0${e164OrShortCode.slice(3)}` : e164OrShortCode;
}

describe('@ctkit/data contacts', () => {
  it('are all valid against ContactSchema', () => {
    for (const contact of contacts) {
      const result = ContactSchema.safeParse(contact);
      expect(result.success, `${contact.id}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
    }
  });

  it('have unique ids', () => {
    const ids = contacts.map((c) => c.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('show the same digits they dial', () => {
    for (const contact of contacts) {
      for (const phone of contact.phones) {
        expect(phone.display.replace(/\s/g, ''), `${contact.id} ${phone.display}`).to.equal(nationalDigits(phone.number));
      }
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

  it('give the Modern Slavery & Exploitation Helpline as 08000 121 700, not the guide misprint', () => {
    const helpline = getContact('modern-slavery-helpline');
    expect(helpline?.name).to.equal('Modern Slavery & Exploitation Helpline');
    expect(helpline?.phones[0]?.number).to.equal('+448000121700');
    expect(helpline?.phones[0]?.display).to.equal('08000 121 700');
    expect(helpline?.availability).to.deep.equal({ type: 'always' });
    expect(helpline?.source.url).to.match(/^https:\/\//);
  });

  it('return undefined for an unknown id', () => {
    expect(getContact('no-such-contact')).to.equal(undefined);
  });
});

describe('ContactSchema', () => {
  const valid = getContact('modern-slavery-helpline');

  it('rejects links that could run script or leave https', () => {
    for (const url of ['javascript:alert(1)', 'http://example.org', 'data:text/html,x', '/relative', 'https://']) {
      const result = ContactSchema.safeParse({ ...valid, websites: [{ url, label: 'x' }] });
      expect(result.success, url).to.equal(false);
    }
  });

  it('rejects numbers that are not E.164 or a short code', () => {
    for (const number of ['08000 121 700', '+44 8000121700', 'javascript:1', '12', '+0123456789']) {
      const result = ContactSchema.safeParse({ ...valid, phones: [{ number, display: number }] });
      expect(result.success, number).to.equal(false);
    }
  });

  it('accepts short codes such as 999', () => {
    const result = ContactSchema.safeParse({ ...valid, phones: [{ number: '999', display: '999' }] });
    expect(result.success).to.equal(true);
  });
});
