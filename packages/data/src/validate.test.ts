// @ctkit/data/validate on records: the shipped data, contacts, indicator sets, guidance, and the
// rules every parser shares (https links, numbers, hidden characters, the error cap). Any input
// at all: validate.never-throws.test.ts; referral flows: validate.referral.test.ts.
import { expect } from '@open-wc/testing';
import { contacts } from './contacts.js';
import { guidance } from './guidance.js';
import { indicatorSets } from './indicators.js';
import { referralFlows } from './referral.js';
import type { IndicatorSet } from './schemas.js';
import { formatError, maxErrors, parseContact, parseContacts, parseGuidanceTopic, parseIndicatorSet, parseReferralFlow, type ParseResult } from './validate.js';
import { clone, type Writable } from '../test/clone.js';


function errorsOf(result: ParseResult<unknown>) {
  expect(result.ok, 'rejected').to.equal(false);
  return result.ok ? [] : result.errors;
}

describe('@ctkit/data/validate', () => {
  it('accepts the shipped data', () => {
    expect(parseContacts(contacts).ok).to.equal(true);
    for (const set of indicatorSets) expect(parseIndicatorSet(set), set.id).to.deep.include({ ok: true });
    for (const topic of guidance) expect(parseGuidanceTopic(topic), topic.id).to.deep.include({ ok: true });
    for (const flow of referralFlows) expect(parseReferralFlow(flow), flow.id).to.deep.include({ ok: true });
  });

  it('returns a clean copy, without unknown fields', () => {
    const result = parseContacts([{ ...contacts[0], extra: '<script>' }]);
    expect(result.ok && result.value[0]).to.not.have.property('extra');
  });

  it('names the field of the record that is wrong', () => {
    const list = clone(contacts.slice(0, 4));
    list[3]!.phones[0]!.number = '0800 555 111';
    expect(errorsOf(parseContacts(list)).map((e) => e.pathText)).to.deep.equal(['contacts[3].phones[0].number']);
  });

  it('rejects links that are not https, and emails that could add headers', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'http://example.org', 'data:text/html,x', '//example.org', ' https://example.org']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.websites = [{ url, label: 'x' }];
      expect(errorsOf(parseContacts(list))[0], url).to.deep.include({ pathText: 'contacts[0].websites[0].url' });
    }
    const list = clone(contacts.slice(0, 1));
    list[0]!.emails = [{ address: 'a@example.org?bcc=b@example.org' }];
    expect(errorsOf(parseContacts(list))[0]?.pathText).to.equal('contacts[0].emails[0].address');
  });

  it('rejects numbers that are neither E.164 nor a listed short code', () => {
    for (const number of ['08000121700', '+44 8000121700', 'tel:999', '12', '998', '+0123456789', '18001 101', '']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display: 'x' }];
      expect(errorsOf(parseContacts(list))[0], number).to.deep.include({ pathText: 'contacts[0].phones[0].number' });
    }
    for (const number of ['999', '112', '101', '111', '18000', '18001101', '1800103001231100', '61016', '+448000121700']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display: number }];
      expect(parseContacts(list).ok, number).to.equal(true);
    }
  });

  it('rejects a display that shows another number than the one the link calls', () => {
    const list = clone(contacts.slice(0, 1));
    list[0]!.phones = [{ number: '+447700900123', display: '08000 121 700' }];
    expect(errorsOf(parseContacts(list))).to.deep.equal([
      {
        path: ['contacts', 0, 'phones', 0, 'display'],
        pathText: 'contacts[0].phones[0].display',
        message: 'does not show the number the link calls (+447700900123): write 07700900123 or +44 7700900123, spaced as you like',
      },
    ]);
  });

  it('accepts a display with the digits of its number, national or international, short code or Relay UK', () => {
    const pairs: [string, string][] = [
      ['+448000121700', '08000 121 700'],
      ['+448000121700', '+44 8000 121 700'],
      ['+448000121700', '+44-8000-121-700'],
      ['+442077366994', '(020) 7736 6994'],
      ['+33123456789', '+33 1 23 45 67 89'],
      ['999', '999'],
      ['101', '101'],
      ['111', '111'],
      ['18000', '18000'],
      ['61016', '61016'],
      ['18001101', '18001 101'],
      ['1800103001231100', '18001 0300 123 1100'],
    ];
    for (const [number, display] of pairs) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display }];
      expect(parseContacts(list), `${number} as ${display}`).to.deep.include({ ok: true });
    }
  });

  it('rejects a display whose digits differ in any way', () => {
    const pairs: [string, string][] = [
      ['+448000121700', '8000 121 700'], // no 0 and no +44
      ['+448000121700', '+44 (0)8000 121 700'], // +44 and 0: not a number anyone can dial
      ['+448000121700', '08000 121 700 or 999'],
      ['+448000121700', '08000 127 100'],
      ['+448000121700', 'O8000 121 700'], // a letter O
      ['+33123456789', '0123456789'], // only +44 numbers may drop their country code
      ['999', '112'],
      ['999', '9999'],
      ['18001101', '18001 111'],
      ['18001101', '101'],
      ['1800103001231100', '0300 123 1100'],
      ['1800103001231100', '18001 0300 123 1101'],
      ['+448000121700', '٠٨٠٠٠ ١٢١ ٧٠٠'], // Arabic-Indic digits
      ['+448000121700', '08000 121 70০'], // a Bengali zero
    ];
    for (const [number, display] of pairs) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display }];
      expect(errorsOf(parseContacts(list)).map((e) => e.pathText), `${number} as ${display}`).to.deep.equal(['contacts[0].phones[0].display']);
    }
  });

  it('checks every shipped phone shows its number', () => {
    for (const contact of contacts) {
      for (const phone of contact.phones) {
        const list = clone([contact]);
        list[0]!.phones = [phone];
        expect(parseContacts(list), `${contact.id}: ${phone.display}`).to.deep.include({ ok: true });
      }
    }
  });

  // Bidi embeddings, overrides, isolates and marks, and zero-width characters.
  const hidden = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF'];

  it('rejects invisible and direction-changing characters in a display, joiners too', () => {
    for (const char of [...hidden, '\u200C', '\u200D']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number: '+448000121700', display: `08000 121${char} 700` }];
      const errors = errorsOf(parseContacts(list));
      expect(errors[0], `U+${char.codePointAt(0)!.toString(16)}`).to.deep.include({ pathText: 'contacts[0].phones[0].display' });
      expect(errors[0]?.message).to.match(/invisible or direction-changing/);
    }
  });

  it('rejects them in every text a reader sees, and keeps the joiners Persian needs', () => {
    for (const char of hidden) {
      const at = `U+${char.codePointAt(0)!.toString(16)}`;
      const contact = clone(contacts.slice(0, 1));
      contact[0]!.name = `Helpline${char}`;
      contact[0]!.phones[0]!.note = `Text${char} 999`;
      expect(errorsOf(parseContacts(contact)).map((e) => e.pathText), at).to.deep.equal(['contacts[0].name', 'contacts[0].phones[0].note']);

      const set = clone(indicatorSets[0]!);
      set.categories[0]!.indicators[0]!.text = `A sign${char}`;
      expect(errorsOf(parseIndicatorSet(set))[0]?.pathText, at).to.equal('indicatorSet.categories[0].indicators[0].text');

      const topic = clone(guidance[0]!);
      topic.summary = `${char}Listen first.`;
      expect(errorsOf(parseGuidanceTopic(topic))[0]?.pathText, at).to.equal('topic.summary');

      const flow = clone(referralFlows[0]!);
      const q = flow.nodes.findIndex((n) => n.type === 'question');
      const question = flow.nodes[q]!;
      if (question.type === 'question') question.answers[0]!.label = `Yes${char}`;
      expect(errorsOf(parseReferralFlow(flow))[0]?.pathText, at).to.equal(`flow.nodes[${q}].answers[0].label`);
    }
    const list = clone(contacts.slice(0, 1));
    list[0]!.summary = 'خط کمک (می\u200Cخواهم کمک بگیرم)'; // Persian, with a zero-width non-joiner
    expect(parseContacts(list).ok).to.equal(true);
  });

  it('accepts a port from 1 to 65535, and no other', () => {
    for (const port of ['1', '80', '443', '8080', '9999', '10000', '59999', '64999', '65499', '65529', '65535']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.websites = [{ url: `https://example.org:${port}/path`, label: 'x' }];
      expect(parseContacts(list).ok, port).to.equal(true);
    }
    for (const port of ['0', '00', '080', '65536', '65540', '65600', '66000', '70000', '99999', '100000', '']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.websites = [{ url: `https://example.org:${port}/`, label: 'x' }];
      expect(errorsOf(parseContacts(list))[0], port).to.deep.include({ pathText: 'contacts[0].websites[0].url' });
    }
  });

  it(`returns at most ${maxErrors} errors, then one saying how many more`, () => {
    const bad = Array.from({ length: 10_000 }, (_, i) => ({ ...clone(contacts[0]!), id: `c${i}`, phones: [{ number: 'x', display: 'x' }] }));
    const errors = errorsOf(parseContacts(bad));
    expect(errors).to.have.length(maxErrors + 1);
    expect(errors[0]?.pathText).to.equal('contacts[0].phones[0].number');
    expect(errors[maxErrors]).to.deep.equal({ path: ['contacts'], pathText: 'contacts', message: 'and 9,900 more problems' });

    // The same for the checks across records.
    const same = Array.from({ length: maxErrors + 2 }, () => contacts[0]);
    const duplicates = errorsOf(parseContacts(same));
    expect(duplicates).to.have.length(maxErrors + 1);
    expect(duplicates[maxErrors]).to.deep.equal({ path: ['contacts'], pathText: 'contacts', message: 'and 1 more problem' });
  });

  it('accepts a custom indicator set of 10,000 signs, and finds a duplicate among them', () => {
    const set: Writable<IndicatorSet> = clone(indicatorSets[0]!);
    const credit = set.credits[0]!.id;
    set.categories = [
      {
        id: 'many',
        title: 'Many signs',
        indicators: Array.from({ length: 10_000 }, (_, i) => ({ id: `sign-${i}`, text: `Sign ${i}.`, credits: [credit] })),
      },
    ];
    const result = parseIndicatorSet(set);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.value.categories[0]!.indicators).to.have.length(10_000);
    set.categories[0]!.indicators[9_999]!.id = 'sign-0';
    expect(errorsOf(parseIndicatorSet(set))).to.deep.equal([
      {
        path: ['indicatorSet', 'categories', 0, 'indicators', 9999, 'id'],
        pathText: 'indicatorSet.categories[0].indicators[9999].id',
        message: 'duplicate id "sign-0" (first used at categories[0].indicators[0])',
      },
    ]);
  });

  it('checks one contact with parseContact, each path from `contact`, in the words the elements use', () => {
    const one = clone(contacts[0]!);
    one.phones[0]!.number = '0800';
    one.name = '';
    const errors = errorsOf(parseContact(one));
    expect(errors.map((e) => [e.path, e.pathText])).to.deep.equal([
      [['contact', 'name'], 'contact.name'],
      [['contact', 'phones', 0, 'number'], 'contact.phones[0].number'],
    ]);
    expect(formatError(errors[1]!)).to.match(/^contact\.phones\[0\]\.number: must be an E\.164 number/);
    const shown = clone(contacts[1]!);
    shown.phones[0]!.display = '0800 000 000';
    expect(errorsOf(parseContact(shown)).map((e) => e.pathText)).to.deep.equal(['contact.phones[0].display']);
    for (const contact of contacts) expect(parseContact(contact).ok, contact.id).to.equal(true);
  });

  it('rejects duplicate ids', () => {
    const list = clone([contacts[0], contacts[1], contacts[0]]);
    expect(errorsOf(parseContacts(list))).to.deep.equal([
      { path: ['contacts', 2, 'id'], pathText: 'contacts[2].id', message: `duplicate id "${contacts[0]!.id}" (first used at [0])` },
    ]);
  });

  it('rejects an unverified contact that does not say what is unverified', () => {
    const list = clone(contacts.filter((c) => c.id === 'a21-uk'));
    delete list[0]!.confidenceNote;
    expect(errorsOf(parseContacts(list))[0]?.pathText).to.equal('contacts[0].confidenceNote');
  });

  it('rejects an indicator credited to a source the set does not list', () => {
    const set = clone(indicatorSets[0]!);
    set.categories[0]!.indicators[0]!.credits = ['nobody'];
    expect(errorsOf(parseIndicatorSet(set))[0]?.pathText).to.equal('indicatorSet.categories[0].indicators[0].credits[0]');
  });
});
