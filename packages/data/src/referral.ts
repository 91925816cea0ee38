/**
 * `@ctkit/data/referral`: what to do when trafficking or modern slavery is suspected, as a
 * decision flow. England & Wales is the one flow sourced so far; Scotland and Northern Ireland
 * differ (support periods, Duty to Notify) and are not covered until sourced.
 *
 * @module
 */
import type { ReferralFlow } from './schemas.js';

const firstResponderGuidance = {
  url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
  label: 'GOV.UK: report modern slavery as a first responder',
};

/** Every referral flow in the dataset. */
export const referralFlows: readonly ReferralFlow[] = [
  {
    id: 'england-wales',
    title: 'Suspected modern slavery or trafficking: what to do (England and Wales)',
    summary:
      'Answer one question at a time to find the right next step: who to call, whether the National Referral Mechanism (NRM) applies, and why.',
    jurisdictions: ['GB-ENG', 'GB-WLS'],
    start: 'danger',
    nodes: [
      {
        type: 'question',
        id: 'danger',
        text: 'Is anyone in immediate danger?',
        help: 'For example: someone is hurt, threatened, locked in, or about to be moved.',
        answers: [
          { label: 'Yes', next: 'call-999' },
          { label: 'No', next: 'age' },
        ],
      },
      {
        type: 'action',
        id: 'call-999',
        title: 'Call 999 now',
        steps: [
          'Call 999 and ask for the police (or an ambulance if someone is hurt).',
          'Stay safe yourself: do not confront anyone you think is controlling the person.',
          'When the person is safe, tell your safeguarding lead.',
        ],
        why: 'Immediate danger comes before everything else. The police can act at once and will make any referral that follows.',
        contacts: ['police-emergency'],
      },
      {
        type: 'question',
        id: 'age',
        text: 'Is the person under 18, or could they be?',
        help: 'If you are not sure of their age, treat them as a child.',
        answers: [
          { label: 'Yes, or not sure', next: 'child' },
          { label: 'No, they are an adult', next: 'concern' },
        ],
      },
      {
        type: 'action',
        id: 'child',
        title: 'Protect the child and refer to children’s services',
        steps: [
          'Make sure the child is safe; call 999 if they are in danger.',
          'Refer the child to your local authority children’s services, following your organisation’s child safeguarding procedure, and tell your safeguarding lead.',
          'A First Responder (for example the police or the local authority) refers the child to the National Referral Mechanism.',
        ],
        why: 'A child cannot consent to being exploited, and a child’s consent is not needed for an NRM referral. A child cannot be routed to the Duty to Notify instead.',
        contacts: ['police-non-emergency', 'modern-slavery-helpline'],
        link: firstResponderGuidance,
      },
      {
        type: 'question',
        id: 'concern',
        text: 'What is your main concern?',
        answers: [
          { label: 'Possible modern slavery or trafficking', next: 'consent-info' },
          { label: 'Poor working conditions or labour exploitation only', next: 'labour' },
          { label: 'A question about rights at work', next: 'work-rights' },
          { label: 'A health need', next: 'health' },
        ],
      },
      {
        type: 'info',
        id: 'consent-info',
        title: 'An adult decides whether to be referred',
        text: 'The National Referral Mechanism (NRM) is how the UK identifies victims of modern slavery and gives them support. An adult is referred only with their informed consent: explain what the NRM is, what support it can give, and what happens next, in a language they understand.',
        next: 'consent',
      },
      {
        type: 'question',
        id: 'consent',
        text: 'Does the adult agree to be referred to the NRM?',
        answers: [
          { label: 'Yes', next: 'first-responder' },
          { label: 'No', next: 'public-authority' },
        ],
      },
      {
        type: 'question',
        id: 'first-responder',
        text: 'Are you, or is your organisation, a First Responder?',
        help: 'First Responder Organisations include police forces, local authorities, the National Crime Agency, parts of the Home Office (UK Visas and Immigration, Border Force, Immigration Enforcement) and some charities, such as the Salvation Army, Migrant Help, Unseen, Barnardo’s and the NSPCC. The GLAA was one too.',
        caution:
          'The GLAA’s work passed to the Fair Work Agency on 7 April 2026. No source we have confirms that the Fair Work Agency is a First Responder: check before you rely on it.',
        answers: [
          { label: 'Yes', next: 'nrm-referral' },
          { label: 'No, or not sure', next: 'contact-first-responder' },
        ],
      },
      {
        type: 'action',
        id: 'nrm-referral',
        title: 'Make an NRM referral online',
        steps: [
          'Use the online NRM referral service on GOV.UK (paper forms ended in February 2020). You can save it and come back; a printable prompt sheet helps with interviews away from a computer.',
          'Tell your safeguarding lead and record what you did.',
          'The Salvation Army’s line can arrange support for the adult while the referral is considered.',
        ],
        why: 'With the adult’s consent, a First Responder’s referral starts the Home Office’s decision on whether they are a victim, and gives access to support during a recovery period of at least 30 days.',
        contacts: ['salvation-army', 'modern-slavery-helpline'],
        link: firstResponderGuidance,
      },
      {
        type: 'action',
        id: 'contact-first-responder',
        title: 'Ask a First Responder to make the referral',
        steps: [
          'Call the police on 101, your local authority’s adult safeguarding team, or the Modern Slavery & Exploitation Helpline, which is itself a First Responder.',
          'Tell your safeguarding lead.',
        ],
        why: 'Only a First Responder Organisation, such as the police, a local authority or the helpline, can refer someone to the NRM; they can also advise what to do meanwhile.',
        contacts: ['police-non-emergency', 'modern-slavery-helpline'],
      },
      {
        type: 'question',
        id: 'public-authority',
        text: 'Are you a specified public authority in England or Wales?',
        help: 'Specified public authorities include the police, British Transport Police, the National Crime Agency, local councils, the Greater London Authority, the City of London and the GLAA; Home Office immigration staff do the same by policy. NHS staff, most charities and businesses are not.',
        caution:
          'The GLAA’s work passed to the Fair Work Agency on 7 April 2026. No source we have confirms that the Duty to Notify passed to it too: if you work there, ask your safeguarding lead.',
        answers: [
          { label: 'Yes', next: 'duty-to-notify' },
          { label: 'No', next: 'helpline-advice' },
          { label: 'Not sure', next: 'check-duty' },
        ],
      },
      {
        type: 'action',
        id: 'duty-to-notify',
        title: 'Notify the Home Office (Duty to Notify)',
        steps: [
          'Make a Duty to Notify through the same online service as NRM referrals.',
          'Do not include anything that could identify the adult.',
          'Tell the adult how they can get help later if they change their mind.',
        ],
        why: 'Specified public authorities must notify the Home Office of possible victims (Modern Slavery Act 2015, section 52). Without the adult’s consent the notice must be anonymous.',
        contacts: ['modern-slavery-helpline'],
        link: firstResponderGuidance,
      },
      {
        type: 'action',
        id: 'check-duty',
        title: 'Find out whether the Duty to Notify applies to you',
        steps: [
          'Ask your safeguarding lead or line manager whether your organisation is a specified public authority.',
          'If it is, make an anonymous Duty to Notify through the online NRM service.',
          'Meanwhile, call the Modern Slavery & Exploitation Helpline for advice on keeping the person safe.',
        ],
        why: 'Specified public authorities must notify the Home Office even when an adult declines a referral (Modern Slavery Act 2015, section 52); others are not bound, but can always ask for advice.',
        contacts: ['modern-slavery-helpline'],
        link: firstResponderGuidance,
      },
      {
        type: 'action',
        id: 'helpline-advice',
        title: 'Get advice from the Modern Slavery & Exploitation Helpline',
        steps: [
          'Call the helpline, day or night, to talk the situation through; you do not have to give names.',
          'Tell your safeguarding lead, and share information only on a need-to-know basis.',
          'Tell the adult how they can get help later if they change their mind.',
        ],
        why: 'Without the adult’s consent there is no NRM referral, and as you are not a specified public authority the Duty to Notify does not bind you; trained advisers can help you keep the person safe and decide what else to do.',
        contacts: ['modern-slavery-helpline'],
      },
      {
        type: 'action',
        id: 'labour',
        title: 'Report labour exploitation',
        steps: [
          'Report poor working conditions or labour exploitation to the Fair Work Agency (formerly the GLAA).',
          'If you think it may be forced labour or trafficking, also call the Modern Slavery & Exploitation Helpline.',
        ],
        why: 'The Fair Work Agency investigates labour exploitation in England and Wales; the helpline can advise where it may be modern slavery.',
        contacts: ['glaa', 'modern-slavery-helpline'],
      },
      {
        type: 'action',
        id: 'work-rights',
        title: 'Get free advice on rights at work',
        steps: [
          'Call the Acas helpline for free, impartial advice on pay, hours and employment rights; personal details are not needed.',
          'If you think they may also be trafficked or exploited, call the Modern Slavery & Exploitation Helpline for advice. An adult must agree before an NRM referral: at “What is your main concern?”, choose “Possible modern slavery or trafficking”.',
        ],
        why: 'Acas advises workers and employers on employment law; it is not a route for reporting crime. A question about work can hide exploitation, and the helpline is a First Responder.',
        contacts: ['acas', 'modern-slavery-helpline'],
      },
      {
        type: 'action',
        id: 'health',
        title: 'Get medical help',
        steps: [
          'For urgent medical help that is not an emergency, call NHS 111; call 999 in an emergency.',
          'Where you can, see the person alone, with a professional interpreter rather than a companion.',
          'If you think they may also be trafficked or exploited, call the Modern Slavery & Exploitation Helpline for advice. An adult must agree before an NRM referral: at “What is your main concern?”, choose “Possible modern slavery or trafficking”.',
        ],
        why: 'NHS 111 is free, open day and night and can arrange interpreters; health needs are often the first chance to speak with someone away from their controller, and the helpline is a First Responder.',
        contacts: ['nhs-111', 'police-emergency', 'modern-slavery-helpline'],
      },
    ],
    source: {
      title: 'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015)',
      url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
      licence: 'OGL-3.0',
    },
    verifiedOn: '2026-12-03',
  },
];

/** The referral flow with this id, or `undefined` if the dataset has none. */
export function getReferralFlow(id: string): ReferralFlow | undefined {
  return referralFlows.find((flow) => flow.id === id);
}
