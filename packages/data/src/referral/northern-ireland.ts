// Northern Ireland's referral flow: each step names the sources of its facts beyond the flow's
// own.
import { defineFlow } from '../define.js';

const firstResponderGuidance = {
  url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
  label: 'GOV.UK: report modern slavery as a first responder',
};

/** Northern Ireland. */
export const flow = defineFlow({
  id: 'northern-ireland',
  title: 'What to do if you suspect slavery or trafficking in Northern Ireland',
  summary:
    'Answer one question at a time to find who to call and what to do next in Northern Ireland. It also shows whether to refer the person to the National Referral Mechanism (NRM). The NRM is the UK’s way to find victims of modern slavery and get them support.',
  jurisdictions: ['GB-NIR'],
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
        { title: 'PSNI: call management', url: 'https://www.psni.police.uk/inside-psni/our-departments/district-policing-command/call-management/' },
      ],
      verifiedOn: '2026-12-04',
      title: 'Call 999 now',
      steps: [
        'Call 999 and ask for the police (or an ambulance if someone is hurt).',
        'Stay safe yourself: do not confront anyone you think is controlling the person.',
        'When the person is safe, tell your safeguarding lead.',
      ],
      why: 'Danger comes first. The PSNI can act at once, and it will make any referral that is needed.',
      contacts: ['police-emergency', 'psni'],
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
        { title: 'Safeguarding Board for Northern Ireland: regional procedures, referrals', url: 'https://www.proceduresonline.com/sbni/p_referrals.html' },
        { title: 'nidirect: help and support for victims of human trafficking and slavery', url: 'https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery' },
        { title: 'Department of Health (NI): Independent Guardian Service guidance, section 21 (16 August 2023)', url: 'https://health-ni.gov.uk/publications/igs-guidance-section-21-modern-trafficking-and-exploitation-act-2015' },
        { title: 'Barnardo’s: Independent Guardian Service', url: 'https://www.barnardos.org.uk/get-support/services/independent-guardian-service' },
      ],
      verifiedOn: '2026-12-04',
      title: 'Keep the child safe and tell the Trust’s Gateway team or the PSNI',
      steps: [
        'Make sure the child is safe. Call 999 if they are in danger.',
        'Tell the Gateway team at the Health and Social Care Trust where the child lives, and your safeguarding lead. If it is urgent, call the PSNI on 101. Out of hours, call the Regional Emergency Social Work Service.',
        'The Trust supports the child. A child separated from their parents also gets an independent guardian from Barnardo’s once they are referred to the NRM.',
      ],
      why: 'A child is referred to the NRM without being asked. A child cannot agree to being exploited.',
      caution: 'A UK-wide guide says a child does not need to agree. We found no Northern Ireland page that says so.',
      contacts: ['police-emergency', 'hsc-gateway', 'psni', 'ni-independent-guardian', 'modern-slavery-helpline'],
      link: firstResponderGuidance,
    },
    {
      type: 'question',
      id: 'concern',
      text: 'What is your main concern?',
      answers: [
        { label: 'Possible modern slavery or trafficking', next: 'consent-info' },
        { label: 'A health need', next: 'health' },
      ],
    },
    {
      type: 'info',
      id: 'consent-info',
      sources: [
        { title: 'nidirect: help and support for victims of human trafficking and slavery', url: 'https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery' },
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
        { label: 'Yes', next: 'refer' },
        { label: 'No', next: 'declined' },
      ],
    },
    {
      type: 'action',
      id: 'refer',
      sources: [
        { title: 'nidirect: help and support for victims of human trafficking and slavery', url: 'https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery' },
        { title: 'Organised Crime Task Force (Northern Ireland): get help', url: 'https://www.octf.gov.uk/Utility/Get-Help' },
        { title: 'Belfast & Lisburn Women’s Aid: Anti-Slavery Week 2021', url: 'https://belfastwomensaid.org.uk/anti-slavery-week-2021/' },
        { title: 'Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015, section 18 (as amended in 2022)', url: 'https://www.legislation.gov.uk/nia/2015/2/section/18' },
      ],
      verifiedOn: '2026-12-04',
      title: 'Refer the adult to the NRM through the PSNI or Migrant Help',
      steps: [
        'Call the PSNI on 101, or Migrant Help’s referral line, day or night. They make the NRM referral with the adult.',
        'While the referral is looked at, Migrant Help gives support. For a woman, Belfast & Lisburn Women’s Aid does. Both work for the Department of Justice.',
        'Tell your safeguarding lead, and write down what you did.',
      ],
      why: 'In Northern Ireland, the law gives support for at least 45 days after the first decision. The Department of Justice can make it longer.',
      contacts: ['psni', 'migrant-help-ni', 'belfast-lisburn-womens-aid', 'modern-slavery-helpline'],
      link: firstResponderGuidance,
    },
    {
      type: 'action',
      id: 'declined',
      sources: [
        { title: 'Explanatory notes to the 2015 Act (Northern Ireland), section 13 (duty to notify)', url: 'https://www.legislation.gov.uk/nia/2015/2/notes/division/4/13' },
      ],
      verifiedOn: '2026-12-04',
      title: 'When the adult says no: get advice, and keep the door open',
      steps: [
        'Call the helpline, day or night, for advice on keeping the person safe. You do not have to give names.',
        'Do not refer the adult to the NRM: an adult is referred only with their consent.',
        'Tell your safeguarding lead. Tell the adult how they can get help later if they change their mind.',
      ],
      why: 'In Northern Ireland, a law says some public bodies must tell the National Crime Agency about possible victims. This duty only applies once rules name those bodies.',
      caution: 'We found no rules that name the bodies or bring the duty into force. If you work for a public body, ask your safeguarding lead if it applies to you.',
      contacts: ['modern-slavery-helpline', 'psni'],
    },
    {
      type: 'action',
      id: 'health',
      sources: [
        { title: 'HSCNI GP Out-of-Hours: service standards', url: 'https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/' },
      ],
      verifiedOn: '2026-12-04',
      title: 'Get medical help',
      steps: [
        'In an emergency, call 999. If it is urgent and the GP surgery is closed, call the GP practice: its recorded message gives the out-of-hours number.',
        'If you can, see the person alone, with a trained interpreter, not someone who came with them.',
        'If they may also be trafficked or exploited, call the helpline below for advice. An NRM referral needs the adult to agree. To make one, go back to “What is your main concern?” and choose “Possible modern slavery or trafficking”.',
      ],
      why: 'Northern Ireland has no NHS 111. When GP surgeries are closed, GP out of hours gives urgent care. A health need is often the first chance to speak to someone away from the person controlling them.',
      contacts: ['ni-gp-out-of-hours', 'police-emergency', 'modern-slavery-helpline'],
    },
  ],
  source: {
    title: 'Home Office: National referral mechanism guidance: adult (Northern Ireland and Scotland), updated 20 October 2024',
    url: 'https://www.gov.uk/government/publications/human-trafficking-victims-referral-and-assessment-forms/national-referral-mechanism-guidance-adult-northern-ireland-and-scotland',
    licence: 'OGL-3.0',
  },
  verifiedOn: '2026-12-04',
});
