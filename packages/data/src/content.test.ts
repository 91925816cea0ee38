// What the issue asks the dataset to hold: checked, so a later edit cannot drop it quietly.
import { expect } from '@open-wc/testing';
import { getGuidanceTopic, guidance } from './guidance.js';
import { getIndicatorSet, indicatorSets, sectors } from './indicators.js';
import { contacts, getContact } from './contacts.js';
import { getReferralFlow, referralFlows } from './referral.js';
import type { FlowNode } from './schemas.js';

describe('indicators', () => {
  it('have a general set and one for each sector', () => {
    expect(indicatorSets[0]?.id).to.equal('general');
    expect(sectors.map((s) => s.id)).to.include.members(['hospitality', 'aviation', 'healthcare', 'transport', 'education', 'law-enforcement']);
    for (const sector of sectors) expect(getIndicatorSet(sector.id)?.sector, sector.id).to.equal(sector.id);
  });

  it('number at least 60, each credited to a listed source', () => {
    const all = indicatorSets.flatMap((set) =>
      set.categories.flatMap((category) => category.indicators.map((indicator) => ({ set, indicator }))),
    );
    expect(all.length).to.be.at.least(60);
    for (const { set, indicator } of all) {
      const known = set.credits.map((c) => c.id);
      expect(indicator.credits, indicator.id).to.not.be.empty;
      for (const credit of indicator.credits) expect(known, `${indicator.id} credits ${credit}`).to.include(credit);
    }
  });

  it('credit the Home Office guidance under the Open Government Licence', () => {
    const homeOffice = indicatorSets.flatMap((s) => s.credits).find((c) => c.id === 'home-office-statutory-guidance');
    expect(homeOffice?.licence).to.equal('OGL-3.0');
  });

  it('never score or judge: each set says the signs are not proof', () => {
    for (const set of indicatorSets) {
      expect(set.summary, set.id).to.match(/not proof/i);
      const words = set.categories.flatMap((c) => c.indicators.map((i) => i.text)).join(' ');
      expect(words, set.id).to.not.match(/\b(score|points?|percent|%)\b/i);
    }
  });
});

describe('guidance', () => {
  it('holds the six topics of the contract', () => {
    expect(guidance.map((t) => t.id)).to.deep.equal([
      'victim-centred-practice',
      'post-identification-policy',
      'policy-essentials',
      'training',
      'awareness',
      'modern-slavery-statement',
    ]);
  });

  it('gives the guide’s five victim-centred practices as do and don’t, each with why', () => {
    const sections = getGuidanceTopic('victim-centred-practice')!.sections;
    const dos = sections.flatMap((s) => s.do ?? []);
    const donts = sections.flatMap((s) => s.dont ?? []);
    expect(dos.length + donts.length).to.be.at.least(5);
    expect(donts.length).to.be.at.least(2);
    for (const item of [...dos, ...donts]) expect(item.why, item.text).to.be.a('string').and.not.equal('');
  });

  it('words every "don\'t" as what not to do: the card adds nothing to it, and its ✗ is not read aloud', () => {
    for (const topic of guidance) {
      for (const item of topic.sections.flatMap((s) => s.dont ?? [])) expect(item.text, topic.id).to.match(/^(Do not|Never|Avoid) /);
    }
  });

  it('lists the five suggested components of a post-identification policy', () => {
    const items = getGuidanceTopic('post-identification-policy')!.sections.flatMap((s) => s.items ?? []);
    expect(items.length).to.be.at.least(5);
  });

  it('states the section 54 threshold and the six areas a statement covers', () => {
    const topic = getGuidanceTopic('modern-slavery-statement')!;
    expect(JSON.stringify(topic)).to.match(/section 54/i).and.to.contain('£36 million');
    const areas = topic.sections.find((s) => s.id === 'what-to-cover')!.items!.map((i) => i.text).join(' | ');
    for (const area of [/structure/i, /polic/i, /due diligence/i, /risk/i, /effective/i, /training/i]) {
      expect(areas).to.match(area);
    }
  });

  it('holds every element of a policy the guide asks for', () => {
    const text = JSON.stringify(getGuidanceTopic('policy-essentials')!.sections).toLowerCase();
    for (const part of ['step-by-step', 'flow chart', 'central point of contact', 'training', 'safeguarding lead', 'need to know']) {
      expect(text, part).to.contain(part);
    }
  });

  it('says who to train, how often, and why awareness comes first', () => {
    const training = JSON.stringify(getGuidanceTopic('training')).toLowerCase();
    expect(training).to.contain('refresher').and.to.contain('front-line');
    const awareness = JSON.stringify(getGuidanceTopic('awareness')).toLowerCase();
    expect(awareness).to.contain('campaign').and.to.contain('first step');
  });
});

describe('England & Wales referral flow', () => {
  const flow = getReferralFlow('england-wales')!;
  const node = (id: string) => flow.nodes.find((n) => n.id === id);
  /** Follows answers by label from the start; returns the end reached. */
  function walk(...labels: string[]): FlowNode {
    let current = node(flow.start)!;
    for (const label of labels) {
      if (current.type === 'question') {
        const answer = current.answers.find((a) => a.label === label);
        expect(answer, `"${label}" at ${current.id}`).to.exist;
        current = node(answer!.next)!;
      }
      while (current.type === 'info') current = node(current.next)!;
    }
    return current;
  }
  const contactsAt = (end: FlowNode) => (end.type === 'action' ? end.contacts : []);

  it('sends immediate danger to 999', () => {
    expect(contactsAt(walk('Yes'))).to.deep.equal(['police-emergency']);
  });

  it('treats a possible child as a child, with no consent needed and no Duty to Notify', () => {
    const end = walk('No', 'Yes, or not sure');
    expect(end.id).to.equal('child');
    expect(end.type === 'action' && end.why).to.match(/needs no consent/).and.to.match(/Duty to Notify[^.]*is never used for a child/);
    expect(end.type === 'action' && end.steps.join(' ')).to.match(/children’s services/);
    expect(end.type === 'action' && end.next).to.equal(undefined);
  });

  it('refers a consenting adult through a First Responder', () => {
    expect(walk('No', 'No, they are an adult', 'Possible modern slavery or trafficking', 'Yes', 'Yes').id).to.equal('nrm-referral');
    expect(walk('No', 'No, they are an adult', 'Possible modern slavery or trafficking', 'Yes', 'No, or not sure').id).to.equal(
      'contact-first-responder',
    );
  });

  it('sends an adult who declines to Duty to Notify, a check of the duty, or the helpline', () => {
    const declines = ['No', 'No, they are an adult', 'Possible modern slavery or trafficking', 'No'];
    const notify = walk(...declines, 'Yes');
    expect(notify.id).to.equal('duty-to-notify');
    expect(notify.type === 'action' && notify.steps.join(' ')).to.match(/not include anything that could identify/);
    expect(walk(...declines, 'Not sure').id).to.equal('check-duty');
    const advice = walk(...declines, 'No');
    expect(contactsAt(advice)).to.deep.equal(['modern-slavery-helpline']);
    expect(advice.type === 'action' && advice.why).to.match(/not a specified public authority/);
  });

  it('routes labour, work rights and health to the GLAA, Acas and NHS 111', () => {
    const adult = ['No', 'No, they are an adult'];
    expect(contactsAt(walk(...adult, 'Poor working conditions or labour exploitation only'))).to.include('glaa');
    // Each side branch also keeps the helpline: a work or health question can hide trafficking.
    expect(contactsAt(walk(...adult, 'A question about rights at work'))).to.deep.equal(['acas', 'modern-slavery-helpline']);
    expect(contactsAt(walk(...adult, 'A health need'))).to.include('nhs-111');
  });
});

describe('corrections from the outside review (2026-12-03)', () => {
  it('101 has been free since 1 April 2020, sourced at the page that says so', async () => {
    const { contact } = await import('./contacts/police-non-emergency.js');
    expect(contact.confidence).to.equal(undefined);
    expect(JSON.stringify(contact)).to.not.contain('2014');
    expect(contact.source.url).to.contain('2020');
    expect(contact.phones[0]?.freephone).to.equal(true);
  });

  it('Acas hours rest on their cited source and are marked unconfirmed', async () => {
    const { contact } = await import('./contacts/acas.js');
    const availability = contact.availability;
    expect(availability.type).to.equal('weekly');
    if (availability.type !== 'weekly') return;
    expect(availability.confirmed).to.equal(false);
    expect(availability.hours).to.deep.equal([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '20:00' },
      { days: ['sat'], opens: '09:00', closes: '13:00' },
    ]);
    expect(contact.source.title).to.contain('2015');
    expect(contact.confidenceNote).to.match(/opening hours/i);
  });

  it('no contact cites a bare home page where its facts are on a known page, except those still to find', async () => {
    const { contacts } = await import('./contacts.js');
    // Pages not found in any stored copy yet: listed in docs/content-sources.md.
    const toFind = new Set(['a21-uk']);
    for (const contact of contacts) {
      if (toFind.has(contact.id)) continue;
      expect(new URL(contact.source.url).pathname, contact.id).to.not.equal('/');
    }
  });

  it('the general signs include sexual and criminal exploitation (county lines) and abuse of vulnerability, credited', () => {
    const general = getIndicatorSet('general')!;
    const byId = new Map(general.categories.map((category) => [category.id, category]));
    for (const id of ['sexual-exploitation', 'criminal-exploitation', 'vulnerability']) {
      expect(byId.get(id)?.indicators.length, id).to.be.at.least(3);
    }
    const countyLines = byId.get('criminal-exploitation')!.indicators.find((i) => /county lines/i.test(i.text));
    expect(countyLines?.child, 'county lines is a sign about a child').to.equal(true);
    expect(byId.get('vulnerability')!.indicators.flatMap((i) => i.credits)).to.include('ilo-forced-labour-indicators');
  });

  it('marks every sign about a child, and only those', () => {
    for (const set of indicatorSets) {
      for (const category of set.categories) {
        for (const indicator of category.indicators) {
          if (category.id === 'children' || set.id === 'education') expect(indicator.child, indicator.id).to.equal(true);
          if (indicator.child !== true) expect(indicator.text, indicator.id).to.not.match(/\b(child|pupil)\b/i);
        }
      }
    }
  });

  it('keeps the trafficking route on the side branches: helpline and the consent question', () => {
    const flow = getReferralFlow('england-wales')!;
    const node = (id: string) => flow.nodes.find((n) => n.id === id) as Extract<FlowNode, { type: 'action' }>;
    for (const id of ['work-rights', 'health']) {
      expect(node(id).contacts, id).to.include('modern-slavery-helpline');
      expect(node(id).steps.join(' '), id).to.match(/agree/).and.to.contain('Possible modern slavery or trafficking');
    }
    // The local authority (the council) is a First Responder too, and is listed with its finder.
    expect(node('contact-first-responder').steps.join(' ')).to.match(/adult safeguarding team at your council/);
    expect(node('contact-first-responder').contacts).to.include('local-council');
  });

  it('marks the Fair Work Agency’s First Responder role and Duty to Notify as unconfirmed', () => {
    const flow = getReferralFlow('england-wales')!;
    const mentions = flow.nodes.filter((n) => /GLAA|Fair Work Agency/.test(JSON.stringify({ ...n, caution: undefined })) && n.type === 'question');
    expect(mentions.map((n) => n.id).sort()).to.deep.equal(['first-responder', 'public-authority']);
    for (const n of mentions) expect(n.caution, n.id).to.match(/Fair Work Agency/).and.to.match(/confirm/);
  });

  it('the statement topic covers publishing policies and organisations without a website (s54(8))', () => {
    const text = JSON.stringify(getGuidanceTopic('modern-slavery-statement'));
    expect(text).to.match(/policies on slavery and human trafficking on the website/);
    expect(text).to.contain('section 54(8)').and.to.contain('30 days');
  });
});

describe('the referral flows of every UK nation', () => {
  const byId = new Map<string, (typeof contacts)[number]>(contacts.map((contact) => [contact.id, contact]));

  it('name only contacts that serve the flow’s nations, and never NHS 111 in Northern Ireland', () => {
    for (const flow of referralFlows) {
      for (const node of flow.nodes) {
        if (node.type !== 'action') continue;
        for (const id of node.contacts) {
          for (const nation of flow.jurisdictions) expect(byId.get(id)?.jurisdictions, `${flow.id} ${node.id}: ${id}`).to.include(nation);
        }
      }
    }
    // Northern Ireland has no NHS 111: no step of its flow names it as a contact or tells the reader to call 111.
    for (const node of getReferralFlow('northern-ireland').nodes) {
      if (node.type === 'action') expect([node.contacts.includes('nhs-111'), node.steps.some((step) => /\b111\b/.test(step))], node.id).to.deep.equal([false, false]);
    }
    expect(getContact('nhs-111').jurisdictions).to.have.members(['GB-ENG', 'GB-WLS']);
    expect(getContact('nhs-24').jurisdictions).to.deep.equal(['GB-SCT']);
  });

  it('source and date every step of Scotland’s and Northern Ireland’s flows that states a fact of that nation', () => {
    for (const id of ['scotland', 'northern-ireland'] as const) {
      const flow = getReferralFlow(id);
      for (const node of flow.nodes.filter((n) => n.type !== 'question' && n.id !== 'work-rights')) {
        expect(node.sources, `${id} ${node.id}`).to.be.an('array').that.is.not.empty;
        expect(node.verifiedOn, `${id} ${node.id}`).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('put danger first, refer a child without consent, and ask an adult’s consent', () => {
    for (const id of ['scotland', 'northern-ireland'] as const) {
      const flow = getReferralFlow(id);
      const node = (nodeId: string) => flow.nodes.find((n) => n.id === nodeId)!;
      expect(flow.start).to.equal('danger');
      const danger = node('danger');
      expect(danger.type === 'question' && node(danger.answers[0]!.next).id).to.equal('call-999');
      const child = node('child');
      expect(child.type === 'action' && child.why, id).to.match(/cannot agree/);
      expect(node('consent-info').type === 'info' && (node('consent-info') as { text: string }).text).to.match(/only if they agree/);
    }
    expect(JSON.stringify(getReferralFlow('scotland').nodes.find((n) => n.id === 'child'))).to.contain('Guardianship Scotland').and.contain('social work');
    expect(JSON.stringify(getReferralFlow('northern-ireland').nodes.find((n) => n.id === 'child'))).to.contain('Gateway team').and.contain('PSNI');
  });

  it('say each nation’s support period, and that its duty to notify is not in force', () => {
    const scotland = JSON.stringify(getReferralFlow('scotland'));
    const northernIreland = JSON.stringify(getReferralFlow('northern-ireland'));
    expect(scotland).to.contain('up to 90 days');
    expect(northernIreland).to.contain('at least 45 days');
    for (const [id, flow] of [['scotland', getReferralFlow('scotland')], ['northern-ireland', getReferralFlow('northern-ireland')]] as const) {
      const declined = flow.nodes.find((n) => n.id === 'declined');
      expect(declined?.caution, id).to.match(/no rules/).and.match(/into force/);
      expect(declined?.type === 'action' && declined.why, id).to.match(/duty/);
    }
  });
});
