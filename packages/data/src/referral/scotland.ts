// Scotland's referral flow: each step names the sources of its facts beyond the flow's own.
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
      type: 'action',
      id: 'call-999',
      sources: [
        { title: 'Police Scotland: call handling', url: 'https://scotland.police.uk/about-us/how-we-do-it/call-handling' },
      ],
      verifiedOn: '2026-12-04',
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
      type: 'action',
      id: 'child',
      sources: [
        { title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019), NRM and consent', url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/7/' },
        { title: 'Scottish Government: inter-agency guidance for child trafficking (2013), referrals', url: 'https://www.gov.scot/publications/inter-agency-guidance-child-trafficking/pages/6/' },
        { title: 'Scottish Refugee Council: Guardianship Scotland', url: 'https://scottishrefugeecouncil.org.uk/direct-support/children-and-young-people/' },
      ],
      verifiedOn: '2026-12-04',
      title: 'Keep the child safe and tell social work and the police',
      steps: [
        'Make sure the child is safe. Call 999 if they are in danger.',
        'Tell the social work team at the council where the child is, or Police Scotland on 101, and your safeguarding lead. Do not ask the people caring for the child first.',
        'Social work and the police lead the child’s referral to the NRM. The council must also refer the child to Guardianship Scotland, which gives the child a guardian of their own.',
      ],
      why: 'A child is always referred to the NRM. They do not have to agree. A child cannot agree to being exploited.',
      contacts: ['police-emergency', 'scotland-council-social-work', 'police-scotland', 'guardianship-scotland', 'modern-slavery-helpline'],
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
      type: 'info',
      id: 'consent-info',
      sources: [
        { title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019), NRM and consent', url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/7/' },
        { title: 'mygov.scot: support for victims of human trafficking', url: 'https://www.mygov.scot/human-trafficking-support' },
      ],
      verifiedOn: '2026-12-04',
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
      type: 'question',
      id: 'first-responder',
      sources: [
        { title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019), NRM and consent', url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/7/' },
      ],
      verifiedOn: '2026-12-04',
      text: 'Are you, or is your organisation, a First Responder?',
      help: 'A First Responder is a body that may refer people to the NRM. In Scotland, they include Police Scotland, councils, Border Force, TARA, Migrant Help and the Salvation Army. So do British Transport Police and other parts of the Home Office.',
      caution: 'This list comes from Scottish Government guidance of 2019. It also named the GLAA (Gangmasters and Labour Abuse Authority). Its work passed to the Fair Work Agency in April 2026. Check the list before you rely on it.',
      answers: [
        { label: 'Yes', next: 'nrm-referral' },
        { label: 'No, or not sure', next: 'contact-first-responder' },
      ],
    },
    {
      type: 'action',
      id: 'nrm-referral',
      sources: [
        { title: 'The Human Trafficking and Exploitation (Scotland) Act 2015 (Support for Victims) Regulations 2018 (SSI 2018/90): 90 days', url: 'https://www.legislation.gov.uk/ssi/2018/90/made' },
        { title: 'mygov.scot: support for victims of human trafficking', url: 'https://www.mygov.scot/human-trafficking-support' },
        { title: 'Scottish Government: section 38 consultation report (support providers; the duty to notify delayed)', url: 'https://gov.scot/publications/consultation-report-section-38-human-trafficking-exploitation-scotland-act-2015-duty-notify-provide-information-victims/pages/5' },
        { title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019), support services', url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/' },
      ],
      verifiedOn: '2026-12-04',
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
      sources: [
        { title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019), NRM and consent', url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/7/' },
        { title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019), support services', url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/' },
      ],
      verifiedOn: '2026-12-04',
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
      type: 'action',
      id: 'declined',
      sources: [
        { title: 'Human Trafficking and Exploitation (Scotland) Act 2015, section 38 (duty to notify)', url: 'https://www.legislation.gov.uk/asp/2015/12/section/38/enacted' },
        { title: 'Scottish Government: section 38 consultation report (support providers; the duty to notify delayed)', url: 'https://gov.scot/publications/consultation-report-section-38-human-trafficking-exploitation-scotland-act-2015-duty-notify-provide-information-victims/pages/5' },
        { title: 'Scottish Government: trafficking and exploitation strategy review (2023)', url: 'https://www.gov.scot/publications/trafficking-exploitation-strategy-review/pages/3/' },
        { title: 'Social Work Scotland: response to the section 38 duty to notify consultation (24 November 2025)', url: 'https://socialworkscotland.org/?p=13018' },
      ],
      verifiedOn: '2026-12-04',
      title: 'When the adult says no: get advice, and keep the door open',
      steps: [
        'Call the helpline, day or night, for advice on keeping the person safe. You do not have to give names.',
        'Do not refer the adult to the NRM: an adult is referred only with their consent.',
        'Tell your safeguarding lead. Tell the adult how they can get help later if they change their mind.',
      ],
      why: 'In Scotland, a law says some public bodies must tell the police about possible victims. But that duty is not in force yet.',
      caution: 'We found no rules that bring the duty into force. The Scottish Government asked for views on it again in November 2025. If you work for a public body, ask your safeguarding lead if it applies to you now.',
      contacts: ['modern-slavery-helpline', 'police-scotland'],
    },
    {
      type: 'action',
      id: 'work-rights',
      title: 'Get free advice on rights at work',
      steps: [
        'Call the Acas helpline for free advice on pay, hours and rights at work. You do not need to give personal details.',
        'If they may also be trafficked or exploited, call the helpline below for advice. An NRM referral needs the adult to agree. To make one, go back to “What is your main concern?” and choose “Possible modern slavery or trafficking”.',
      ],
      why: 'Acas gives advice to workers and employers on the law about work in Scotland too. A question about work can hide exploitation.',
      contacts: ['acas', 'modern-slavery-helpline'],
    },
    {
      type: 'action',
      id: 'health',
      sources: [
        { title: 'NHS Lothian: right care, right place (NHS 24 on 111)', url: 'https://services.nhslothian.scot/rightcare/emergencies' },
      ],
      verifiedOn: '2026-12-04',
      title: 'Get medical help',
      steps: [
        'In an emergency, call 999. If it is urgent but not an emergency, call NHS 24 on 111.',
        'If you can, see the person alone, with a trained interpreter, not someone who came with them.',
        'If they may also be trafficked or exploited, call the helpline below for advice. An NRM referral needs the adult to agree. To make one, go back to “What is your main concern?” and choose “Possible modern slavery or trafficking”.',
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
