import { expect } from '@open-wc/testing';
import { contacts, getContact } from './contacts.js';
import { toHsds, toJsonLd } from './interop.js';

describe('toHsds (Open Referral HSDS 3.0)', () => {
  const services = toHsds(contacts);

  it('makes one service per contact with its organization, phones and assured date', () => {
    expect(services).to.have.length(contacts.length);
    const helpline = services.find((s) => s.id === 'modern-slavery-helpline')!;
    expect(helpline.organization.name).to.equal('Unseen');
    expect(helpline.phones[0]).to.deep.include({ number: '+448000121700', type: 'voice' });
    expect(helpline.assured_date).to.equal(getContact('modern-slavery-helpline')!.verifiedOn);
    expect(helpline.url).to.equal('https://www.modernslaveryhelpline.org/report');
  });

  it('gives schedules: every day for 24/7 lines, weekday hours for Acas, none when unknown', () => {
    const schedule = (id: string) => services.find((s) => s.id === id)!.schedules;
    expect(schedule('modern-slavery-helpline')[0]).to.deep.include({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU' });
    expect(schedule('acas')[0]).to.deep.include({ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '18:00' });
    expect(schedule('acas')[0]?.description).to.contain('Europe/London');
    expect(schedule('a21-uk')).to.deep.equal([]);
  });

  it('types text and textphone lines', () => {
    const types = services.find((s) => s.id === 'police-emergency')!.phones.map((p) => p.type);
    expect(types).to.deep.equal(['voice', 'text', 'textphone']);
  });
});

describe('toJsonLd (schema.org ContactPoint)', () => {
  const doc = toJsonLd(contacts);

  it('is a schema.org graph of organisations with contact points', () => {
    expect(doc['@context']).to.equal('https://schema.org');
    const helpline = doc['@graph'].find((node) => node['@id'] === '#modern-slavery-helpline')!;
    expect(helpline['@type']).to.equal('Organization');
    const [point] = helpline.contactPoint as Record<string, unknown>[];
    expect(point).to.deep.include({ '@type': 'ContactPoint', telephone: '+448000121700', contactType: 'report' });
    expect(point?.contactOption).to.deep.equal(['https://schema.org/TollFree']);
    expect(point?.availableLanguage).to.deep.equal(['en']);
  });

  it('marks textphone lines as hearing-impaired supported', () => {
    const police = doc['@graph'].find((node) => node['@id'] === '#police-non-emergency')!;
    const points = police.contactPoint as Record<string, unknown>[];
    expect(points[1]?.contactOption).to.include('https://schema.org/HearingImpairedSupported');
  });
});
