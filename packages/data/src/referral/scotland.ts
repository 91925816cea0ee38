// DRAFT (issue 25, work in progress on branch issue-25-wip): Scotland's referral flow. Each
// node names its sources in a comment until the schema carries a source per node.
import { defineFlow } from '../define.js';

const firstResponderGuidance = {
  url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
  label: 'GOV.UK: report modern slavery as a first responder',
};

/** Scotland. */
export const flow = defineFlow({
  id: 'scotland',
  title: 'What to do if you suspect modern slavery or trafficking (Scotland)',
  summary:
    'Answer one question at a time to find who to call and what to do next in Scotland. It also shows whether to refer the person to the National Referral Mechanism (NRM). The NRM is the UK’s way to find victims of modern slavery and get them support.',
  jurisdictions: ['GB-SCT'],
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
      // Police Scotland, call handling: 999 in an emergency.
      type: 'action',
      id: 'call-999',
      title: 'Call 999 now',
      steps: [
        'Call 999 and ask for the police (or an ambulance if someone is hurt).',
        'Stay safe yourself: do not confront anyone you think is controlling the person.',
        'When the person is safe, tell your safeguarding lead.',
      ],
      why: 'Danger comes first. Police Scotland can act at once, and it will make any referral that is needed.',
      contacts: ['police-emergency', 'police-scotland'],
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
      // gov.scot health workers guidance p7 (children always referred); inter-agency child
      // trafficking guidance p6 (social work and police lead; no carer's consent sought);
      // Scottish Refugee Council (Guardianship Scotland; councils must refer, s11).
      type: 'action',
      id: 'child',
      title: 'Keep the child safe and tell social work and the police',
      steps: [
        'Make sure the child is safe. Call 999 if they are in danger.',
        'Tell the social work team at the council where the child is, or Police Scotland on 101, and your safeguarding lead. Do not ask the people caring for the child first.',
        'Social work and the police lead the child’s referral to the NRM. The council must also refer the child to Guardianship Scotland, which gives the child a guardian of their own.',
      ],
      why: 'A child is always referred to the NRM: no consent is needed, because a child cannot agree to being exploited.',
      contacts: ['police-scotland', 'guardianship-scotland', 'modern-slavery-helpline'],
      link: firstResponderGuidance,
    },
    {
      type: 'question',
      id: 'concern',
      text: 'What is your main concern?',
      answers: [
        { label: 'Possible modern slavery or trafficking', next: 'consent-info' },
        { label: 'A question about rights at work', next: 'work-rights' },
        { label: 'A health need', next: 'health' },
      ],
    },
    {
      // gov.scot health workers guidance p7: adults must give their consent.
      type: 'info',
      id: 'consent-info',
      title: 'An adult decides whether to be referred',
      text: 'An adult is referred to the NRM only if they agree to it. First explain what the NRM is, what help it can give, and what happens next. Use a language they understand.',
      next: 'consent',
    },
    {
      type: 'question',
      id: 'consent',
      text: 'Does the adult agree to be referred to the NRM?',
      answers: [
        { label: 'Yes', next: 'first-responder' },
        { label: 'No', next: 'declined' },
      ],
    },
    {
      // gov.scot health workers guidance p7 (2019): the list of First Responders in Scotland.
      type: 'question',
      id: 'first-responder',
      text: 'Are you, or is your organisation, a First Responder?',
      help: 'A First Responder is a body that may refer people to the NRM. In Scotland they include Police Scotland, British Transport Police, councils, Border Force and other parts of the Home Office, TARA, Migrant Help and the Salvation Army.',
      caution: 'This list comes from Scottish Government guidance of 2019. It also named the GLAA, whose work passed to the Fair Work Agency in April 2026. Check the list before you rely on it.',
      answers: [
        { label: 'Yes', next: 'nrm-referral' },
        { label: 'No, or not sure', next: 'contact-first-responder' },
      ],
    },
    {
      // SSI 2018/90 (90 days from 1 April 2018); mygov.scot (up to 90 days); gov.scot s38
      // consultation report p5 (TARA for commercial sexual exploitation, Migrant Help for others).
      type: 'action',
      id: 'nrm-referral',
      title: 'Make an NRM referral online, and arrange support',
      steps: [
        'Use the online referral service on GOV.UK: the link below leads to it.',
        'For a woman who may have been trafficked for sexual exploitation, call TARA. For any other adult, call Migrant Help. They arrange support while the referral is looked at.',
        'Tell your safeguarding lead, and write down what you did.',
      ],
      why: 'With the adult’s consent, your referral asks for a decision on whether they are a victim. In Scotland, the law gives them support and help to recover for up to 90 days while that is decided.',
      contacts: ['tara', 'migrant-help-scotland', 'modern-slavery-helpline'],
      link: firstResponderGuidance,
    },
    {
      type: 'action',
      id: 'contact-first-responder',
      title: 'Ask a First Responder to make the referral',
      steps: [
        'Call Police Scotland on 101, Migrant Help, or TARA for a woman who may have been trafficked for sexual exploitation. All three are First Responders.',
        'Or call the Modern Slavery & Exploitation Helpline for advice.',
        'Tell your safeguarding lead.',
      ],
      why: 'Only a First Responder can refer someone to the NRM. They can also tell you what to do in the meantime.',
      contacts: ['police-scotland', 'migrant-help-scotland', 'tara', 'modern-slavery-helpline'],
    },
    {
      // legislation.gov.uk asp/2015/12 s38 (the duty); gov.scot s38 consultation report p5
      // (implementation delayed); strategy review 2023 (still outstanding); Social Work
      // Scotland, 24 November 2025 (consultation on implementing it).
      type: 'action',
      id: 'declined',
      title: 'When the adult says no: get advice, and keep the door open',
      steps: [
        'Do not refer the adult to the NRM: an adult is referred only with their consent.',
        'Call the helpline, day or night, for advice on keeping the person safe. You do not have to give names.',
        'Tell your safeguarding lead. Tell the adult how they can get help later if they change their mind.',
      ],
      why: 'Scotland’s law has a duty for some public bodies to tell the police about possible victims (section 38 of the Human Trafficking and Exploitation (Scotland) Act 2015), but it is not yet in force.',
      caution: 'We found no regulations that bring the duty into force; the Scottish Government consulted on it again in November 2025. If you work for a public body, ask your safeguarding lead whether it applies to you now.',
      contacts: ['modern-slavery-helpline', 'police-scotland'],
    },
    {
      type: 'action',
      id: 'work-rights',
      title: 'Get free advice on rights at work',
      steps: [
        'Call the Acas helpline for free advice on pay, hours and rights at work. You do not need to give personal details.',
        'If they may also be trafficked or exploited, call the helpline below for advice.',
      ],
      why: 'Acas gives advice to workers and employers on the law about work in Scotland too. A question about work can hide exploitation.',
      contacts: ['acas', 'modern-slavery-helpline'],
    },
    {
      // NHS Lothian: NHS 24 free on 111, day or night.
      type: 'action',
      id: 'health',
      title: 'Get medical help',
      steps: [
        'In an emergency, call 999. If it is urgent but not an emergency, call NHS 24 on 111.',
        'If you can, see the person alone, with a trained interpreter, not someone who came with them.',
        'If they may also be trafficked or exploited, call the helpline below for advice.',
      ],
      why: 'NHS 24 is free on 111, day or night. A health need is often the first chance to speak to someone away from the person controlling them.',
      contacts: ['nhs-24', 'police-emergency', 'modern-slavery-helpline'],
    },
  ],
  source: {
    title: 'Home Office: National referral mechanism guidance: adult (Northern Ireland and Scotland), updated 20 October 2024',
    url: 'https://www.gov.uk/government/publications/human-trafficking-victims-referral-and-assessment-forms/national-referral-mechanism-guidance-adult-northern-ireland-and-scotland',
    licence: 'OGL-3.0',
  },
  verifiedOn: '2026-12-04',
});
