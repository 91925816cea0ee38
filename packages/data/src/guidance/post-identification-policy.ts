import { defineTopic } from '../define.js';
import { a21Guide, firstResponderGuidance, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * After a possible victim is identified.
 */
export const topic = defineTopic({
  id: 'post-identification-policy',
  title: 'After a possible victim is identified',
  summary:
    'Have a clear plan for what happens after staff identify a possible victim, so the person is kept safe and gets support. This includes how to refer them to the National Referral Mechanism (NRM).',
  sections: [
    {
      id: 'policy-components',
      title: 'What a post-identification policy should include',
      body: [
        'Your organisation should set out, in advance, the steps to take once a possible victim has been identified. This is in addition to your general policy.',
      ],
      items: [
        {
          text: 'What information to record in the screening interview.',
          why: 'Clear, accurate notes support any later investigation, and the person does not have to tell their story again and again.',
        },
        {
          text: 'A list of local services that can support victims.',
          why: 'Staff can offer real help quickly, without searching for it while the person waits.',
        },
        {
          text: 'A directory of key contacts, inside and outside your organisation, with their contact details.',
          why: 'In a difficult moment, staff need to know at once whom to call.',
        },
        {
          text: 'A code of conduct for how staff speak with and treat a victim.',
          why: 'Everyone then follows the same victim-centred approach, which keeps the person safe and avoids more harm.',
        },
        {
          text: 'The reporting and referral routes, including how the National Referral Mechanism works.',
          why: 'Staff need to know who can refer a victim for support, and what happens when the person says no.',
        },
      ],
    },
    {
      id: 'national-referral-mechanism',
      title: 'The National Referral Mechanism (NRM)',
      body: [
        'The NRM is the UK system for identifying victims of modern slavery and making sure they get the right support. This section describes England and Wales. The rules in Scotland and Northern Ireland are different.',
        'Only a First Responder organisation can refer a person to the NRM. These include police forces, local authorities, Border Force and some charities, among them the Modern Slavery & Exploitation Helpline. If your organisation is not a First Responder, contact one of them.',
      ],
      items: [
        {
          text: 'An adult must give informed consent before they are referred to the NRM.',
          why: 'Support through the NRM is the adult’s choice. Explain what it means so that they can decide.',
        },
        {
          text: 'A child does not need to give consent. Treat the person as a child if they may be under 18: make them safe, involve local children’s services, and make sure a First Responder refers them.',
          why: 'A child’s safety comes first, so a child’s referral does not depend on consent. The Duty to Notify is never used instead of a referral for a child.',
        },
        {
          text: 'First Responders make referrals online, through the service described in the GOV.UK guidance for First Responders. Paper forms are no longer used.',
          why: 'The paper forms ended in February 2020. There is now one online service for referrals.',
        },
        {
          text: 'If an adult does not consent, certain public authorities (for example the police, the National Crime Agency and local councils) must still tell the Home Office. This is called the Duty to Notify. It uses the same online service and must not include details that identify the person.',
          why: 'The Home Office gets a better picture of modern slavery, while the adult’s choice and privacy are respected.',
        },
        {
          text: 'The Duty to Notify does not bind most charities, businesses or NHS staff. If an adult says no, ask a First Responder or the Modern Slavery & Exploitation Helpline for advice.',
          why: 'You can still get advice on how to help the person without referring them.',
        },
        {
          text: 'After a referral, the Home Office first decides whether there are reasonable grounds to believe the person is a victim, and later makes a final (conclusive grounds) decision. A person with a positive first decision has a recovery period of at least 30 days.',
          why: 'Knowing what happens next helps you explain the process honestly to the person.',
        },
      ],
    },
    {
      id: 'escalation',
      title: 'Escalating a concern',
      items: [
        {
          text: 'If anyone is in immediate danger, call 999.',
          why: 'Safety comes before any internal process.',
        },
        {
          text: 'Report any concern about a victim’s safety to your safeguarding lead or line manager.',
          why: 'A named person with the right training and authority can act quickly and make sure the concern is not lost.',
        },
        {
          text: 'Keep the concern confidential. Share information only with people who need to know it.',
          why: 'If news of the concern spreads, it can reach the trafficker and put the victim in danger.',
        },
      ],
    },
  ],
  source: a21Guide,
  credits: [statutoryGuidance, firstResponderGuidance],
  verifiedOn,
});
