import { expect } from '@open-wc/testing';
import { contacts, getContact } from './contacts.js';
import { defaultJsonLdBase, toHsds, toJsonLd } from './interop.js';

describe('toHsds (Open Referral HSDS 3.0)', () => {
  const services = toHsds(contacts);

  const byName = (name: string) => services.find((s) => s.name === name)!;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('makes one service per contact with its organization, phones and assured date', () => {
    expect(services).to.have.length(contacts.length);
    const helpline = byName('Modern Slavery & Exploitation Helpline');
    expect(helpline.organization.name).to.equal('Unseen');
    expect(helpline.phones[0]).to.deep.include({ number: '+448000121700', type: 'voice' });
    expect(helpline.assured_date).to.equal(getContact('modern-slavery-helpline')!.verifiedOn);
    expect(helpline.url).to.equal('https://www.modernslaveryhelpline.org/report');
    expect(helpline.interpretation_services).to.contain('Interpreters');
    expect(helpline.fees_description).to.contain('Free');
  });

  it('gives every object its own stable UUID, linked to its service', () => {
    const ids = services.flatMap((s) => [
      s.id,
      ...s.phones.flatMap((p) => [p.id, ...p.languages.map((l) => l.id)]),
      ...s.schedules.map((x) => x.id),
      ...s.languages.map((l) => l.id),
      ...s.service_areas.map((a) => a.id),
    ]);
    for (const id of ids) expect(id).to.match(uuid);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(toHsds(contacts)[0]!.id).to.equal(services[0]!.id);
    for (const s of services) {
      expect(s.organization_id).to.equal(s.organization.id);
      for (const p of s.phones) expect(p.service_id).to.equal(s.id);
    }
  });

  it('says nothing it does not know', () => {
    expect(byName('A21 UK')).to.not.have.property('interpretation_services');
  });

  it('gives schedules: every day for 24/7 lines, weekday hours for Acas, none when unknown', () => {
    const schedule = (name: string) => byName(name).schedules;
    expect(schedule('Modern Slavery & Exploitation Helpline')[0]).to.deep.include({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU' });
    expect(schedule('Acas helpline')[0]).to.deep.include({ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '20:00' });
    expect(schedule('Acas helpline')[1]).to.deep.include({ byday: 'SA', opens_at: '09:00', closes_at: '13:00' });
    // Hours that are not confirmed say so in the export too.
    expect(schedule('Acas helpline')[0]?.description).to.contain('Europe/London').and.to.contain('not confirmed');
    expect(schedule('Modern Slavery & Exploitation Helpline')[0]?.description).to.not.contain('not confirmed');
    expect(schedule('A21 UK')).to.deep.equal([]);
  });

  it('types text and textphone lines', () => {
    const types = byName('Police, fire, ambulance: emergency').phones.map((p) => p.type);
    expect(types).to.deep.equal(['voice', 'text', 'textphone']);
  });
});

describe('toJsonLd (schema.org ContactPoint)', () => {
  const doc = toJsonLd(contacts);

  it('is a schema.org graph of organisations with contact points', () => {
    expect(doc['@context']).to.equal('https://schema.org');
    const helpline = doc['@graph'].find((node) => node['@id'] === `${defaultJsonLdBase}#modern-slavery-helpline`)!;
    expect(helpline['@type']).to.equal('Organization');
    const [point] = helpline.contactPoint as Record<string, unknown>[];
    expect(point).to.deep.include({ '@type': 'ContactPoint', telephone: '+448000121700', contactType: 'report' });
    expect(point?.contactOption).to.deep.equal(['https://schema.org/TollFree']);
    expect(point?.availableLanguage).to.deep.equal(['en']);
  });

  it('marks textphone lines as hearing-impaired supported', () => {
    const police = doc['@graph'].find((node) => node['@id'] === `${defaultJsonLdBase}#police-non-emergency`)!;
    const points = police.contactPoint as Record<string, unknown>[];
    expect(points[1]?.contactOption).to.include('https://schema.org/HearingImpairedSupported');
  });

  it('makes every @id absolute from the base a page gives, and refuses a base that is not a web address', () => {
    const ids = toJsonLd(contacts, { base: 'https://example.org/help?lang=en#old' })['@graph'].map((node) => node['@id']);
    expect(ids).to.deep.equal(contacts.map((contact) => `https://example.org/help?lang=en#${contact.id}`));
    for (const base of ['help', '#contacts', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(() => toJsonLd(contacts, { base }), base).to.throw(TypeError, 'absolute http: or https: URL');
    }
  });
});
