import { expect } from '@open-wc/testing';
import { getContact } from './contacts.js';
import { getGuidanceTopic } from './guidance.js';
import { getIndicatorSet, sectors } from './indicators.js';
import { getReferralFlow } from './referral.js';
import { translations as welsh } from './translations/cy.js';
import { translations as polish } from './translations/pl.js';
import {
  dataLocales,
  isDataLocale,
  translateContact,
  translateGuidanceTopic,
  translateIndicatorSet,
  translateReferralFlow,
  translateSector,
} from './translate.js';

describe('@ctkit/data/translate', () => {
  it('gives a contact in Welsh, keeping its numbers, links, id and sources', async () => {
    const helpline = getContact('modern-slavery-helpline');
    const { record, locale, english, lang } = await translateContact(helpline, 'cy');
    expect(locale).to.equal('cy');
    expect(record.summary).to.equal(welsh[helpline.summary]).and.not.equal(helpline.summary);
    expect(lang('summary')).to.equal('cy');
    expect(record.id).to.equal('modern-slavery-helpline');
    expect(record.phones.map((p) => [p.number, p.display])).to.deep.equal(helpline.phones.map((p) => [p.number, p.display]));
    expect(record.websites.map((w) => w.url)).to.deep.equal(helpline.websites.map((w) => w.url));
    expect(record.source).to.deep.equal(helpline.source);
    expect(record.verifiedOn).to.equal(helpline.verifiedOn);
    // The helpline's name is the same in Welsh: it is marked as English, for lang="en".
    expect(record.name).to.equal(helpline.name);
    expect(lang('name')).to.equal('en');
    expect(english).to.deep.include(['name']);
    // The original is untouched, the translation frozen like every record.
    expect(helpline.summary).to.match(/^[A-Z][a-z]/);
    expect(Object.isFrozen(record) && Object.isFrozen(record.phones)).to.equal(true);
  });

  it('marks every string left in English where a locale has not reached, and only those', async () => {
    const topic = getGuidanceTopic('training');
    const inPolish = await translateGuidanceTopic(topic, 'pl');
    expect(inPolish.record).to.deep.equal(topic);
    expect(inPolish.lang('title')).to.equal('en');
    expect(inPolish.lang('sections', 0, 'items', 0, 'text')).to.equal('en');
    // Every string a reader sees is marked; the ids are not text.
    expect(inPolish.english).to.deep.include(['sections', 0, 'title']);
    expect(inPolish.english.some((path) => path.at(-1) === 'id')).to.equal(false);

    const contact = getContact('acas');
    const acas = await translateContact(contact, 'pl');
    expect(acas.record.summary).to.equal(polish[contact.summary]);
    expect(acas.english).to.not.deep.include(['summary']);
  });

  it('translates an answer as an answer to its question', async () => {
    const flow = getReferralFlow('england-wales');
    const { record, english } = await translateReferralFlow(flow, 'cy');
    const answer = (id: string) => {
      const node = record.nodes.find((n) => n.id === id);
      return node?.type === 'question' ? node.answers[0]?.label : undefined;
    };
    expect(answer('danger')).to.equal('Oes');
    expect(answer('consent')).to.equal('Ydy');
    expect(english).to.deep.equal([]);
  });

  it('translates indicator sets and sectors', async () => {
    const set = getIndicatorSet('hospitality');
    const { record } = await translateIndicatorSet(set, 'cy');
    expect(record.categories[0]?.indicators[0]?.text).to.equal(welsh[set.categories[0]!.indicators[0]!.text]);
    const sector = sectors[0]!;
    const inWelsh = await translateSector(sector, 'cy');
    expect(inWelsh.record.name).to.equal(welsh[sector.name]);
    expect(inWelsh.lang('name')).to.equal('cy');
    // Who works there is not translated yet: English, and said to be.
    expect([inWelsh.record.roles, inWelsh.lang('roles')]).to.deep.equal([sector.roles, 'en']);
  });

  it('says "en" for all it did not translate: sources, misspelt paths, English asked for', async () => {
    const helpline = getContact('modern-slavery-helpline');
    const { lang } = await translateContact(helpline, 'cy');
    expect([lang('source', 'title'), lang('sumary'), lang('phones', 0, 'number'), lang()]).to.deep.equal(['en', 'en', 'en', 'en']);
    const english = await translateContact(helpline, 'en');
    expect(english.record).to.deep.equal(helpline);
    expect([english.locale, english.lang('summary')]).to.deep.equal(['en', 'en']);
    expect(english.english).to.deep.include(['summary']);
  });

  it('leaves the record it was given as it was, and never reads a table through its prototype', async () => {
    const own = {
      ...getContact('local-council'),
      id: 'our-lead',
      name: 'constructor',
      summary: '__proto__',
      source: { title: 'Our policy', url: 'https://example.org/policy' },
    };
    const { record, lang } = await translateContact(own, 'cy');
    expect([record.name, record.summary, lang('name'), lang('summary')]).to.deep.equal(['constructor', '__proto__', 'en', 'en']);
    expect(Object.isFrozen(own) || Object.isFrozen(own.source)).to.equal(false);
    own.source.title = 'Changed';
    expect(record.source.title).to.equal('Our policy');
  });

  it('leaves your own contact in English, marked, and refuses a locale it does not have', async () => {
    const own = { ...getContact('local-council'), id: 'our-lead', name: 'Our safeguarding lead', summary: 'Call them first.' };
    const { record, lang } = await translateContact(own, 'cy');
    expect([record.name, lang('name'), record.summary, lang('summary')]).to.deep.equal(['Our safeguarding lead', 'en', 'Call them first.', 'en']);
    // @ts-expect-error: French is not a locale of the dataset.
    const french = translateContact(own, 'fr');
    await french.then(
      () => expect.fail('resolved'),
      (error: unknown) => expect(String(error)).to.match(/^RangeError: "fr" is not a language the dataset is translated into: use one of en, cy, pl, ro, sq, vi, ar/),
    );
    expect(dataLocales.filter(isDataLocale)).to.deep.equal(['cy', 'pl', 'ro', 'sq', 'vi', 'ar']);
    expect(['en', 'CY', '', undefined].some(isDataLocale)).to.equal(false);
  });
});
