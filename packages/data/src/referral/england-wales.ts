// England and Wales's referral flow: its facts from the Home Office's statutory guidance, and
// the steps that rest on GOV.UK's first responder guidance link to it.
import { defineFlow } from '../define.js';

const firstResponderGuidance = {
  url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
  label: 'GOV.UK: report modern slavery as a first responder',
};

/** England and Wales. */
export const flow = defineFlow({
  id: 'england-wales',
  title: 'What to do if you suspect modern slavery or trafficking (England and Wales)',
  summary:
    'Answer one question at a time to find who to call and what to do next. It also shows whether to refer the person to the National Referral Mechanism (NRM). The NRM is the UK’s way to find victims of modern slavery and get them support.',
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
      why: 'Danger comes first. The police can act at once, and they will make any referral that is needed.',
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
      title: 'Keep the child safe and tell children’s services',
      steps: [
        'Make sure the child is safe. Call 999 if they are in danger.',
        'Tell the children’s services team at the council where the child lives, and your safeguarding lead. Follow your own child safeguarding steps.',
        'Children’s services or the police will refer the child to the NRM. Both are First Responders. A First Responder is a body allowed to make NRM referrals.',
      ],
      why: 'A child cannot agree to being exploited. So an NRM referral for a child needs no consent. The Duty to Notify (an anonymous report to the Home Office) is never used for a child instead.',
      contacts: ['local-council', 'police-emergency', 'modern-slavery-helpline'],
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
      text: 'An adult is referred to the NRM only if they agree to it. First explain what the NRM is, what help it can give, and what happens next. Use a language they understand.',
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
      help: 'A First Responder is a body that may refer people to the NRM. The police and councils are First Responders. So are the National Crime Agency and parts of the Home Office, such as Border Force. So are some charities, such as the Salvation Army, Migrant Help, Unseen, Barnardo’s and the NSPCC. The GLAA (Gangmasters and Labour Abuse Authority) was one too.',
      caution:
        'The GLAA’s work passed to the Fair Work Agency on 7 April 2026. No source we have confirms that the Fair Work Agency is a First Responder. Check before you rely on it.',
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
        'Use the online referral service on GOV.UK: the link below leads to it. You can save the form and finish it later. A prompt sheet you can print helps when you talk to the person away from a computer.',
        'Tell your safeguarding lead, and write down what you did.',
        'Call the Salvation Army’s line to arrange support for the adult while the referral is looked at.',
      ],
      why: 'With the adult’s consent, your referral asks the Home Office to decide whether they are a victim. While it decides, the adult can get support for at least 30 days.',
      contacts: ['salvation-army', 'modern-slavery-helpline'],
      link: firstResponderGuidance,
    },
    {
      type: 'action',
      id: 'contact-first-responder',
      title: 'Ask a First Responder to make the referral',
      steps: [
        'Call the police on 101 or the Modern Slavery & Exploitation Helpline. Or call the adult safeguarding team at your council. All three are First Responders.',
        'Tell your safeguarding lead.',
      ],
      why: 'Only a First Responder can refer someone to the NRM. They can also tell you what to do in the meantime.',
      contacts: ['police-non-emergency', 'modern-slavery-helpline', 'local-council'],
    },
    {
      type: 'question',
      id: 'public-authority',
      text: 'Are you a specified public authority in England or Wales?',
      help: 'The law names some public bodies that must tell the Home Office about possible victims. They must do so even when the adult says no to a referral. This is the Duty to Notify. It covers the police, British Transport Police and the National Crime Agency. It also covers councils, the Greater London Authority, the City of London and the GLAA (Gangmasters and Labour Abuse Authority). Home Office immigration staff do it too, by policy. It does not cover NHS staff, most charities or businesses.',
      caution:
        'The GLAA’s work passed to the Fair Work Agency on 7 April 2026. No source we have confirms that the Duty to Notify passed to it too. If you work there, ask your safeguarding lead.',
      answers: [
        { label: 'Yes', next: 'duty-to-notify' },
        { label: 'No', next: 'helpline-advice' },
        { label: 'Not sure', next: 'check-duty' },
      ],
    },
    {
      type: 'action',
      id: 'duty-to-notify',
      title: 'Tell the Home Office, without naming the adult (Duty to Notify)',
      steps: [
        'Use the Home Office’s online referral service on GOV.UK: the link below leads to it. It takes both NRM referrals and Duty to Notify reports.',
        'Do not include anything that could identify the adult.',
        'Tell the adult how they can get help later if they change their mind.',
      ],
      why: 'By law, specified public authorities must tell the Home Office about possible victims. This is section 52 of the Modern Slavery Act 2015. If the adult does not agree, the report must not name them.',
      contacts: ['modern-slavery-helpline'],
      link: firstResponderGuidance,
    },
    {
      type: 'action',
      id: 'check-duty',
      title: 'Find out whether the Duty to Notify applies to you',
      steps: [
        'Ask your safeguarding lead or line manager if the Duty to Notify is for you.',
        'If it is, use the Home Office’s online referral service: the link below leads to it. Make a Duty to Notify report that does not name the adult.',
        'In the meantime, call the helpline below for advice on keeping the person safe.',
      ],
      why: 'Specified public authorities must tell the Home Office, even when the adult says no. The law is section 52 of the Modern Slavery Act 2015. Others do not have to, but can always ask for advice.',
      contacts: ['modern-slavery-helpline'],
      link: firstResponderGuidance,
    },
    {
      type: 'action',
      id: 'helpline-advice',
      title: 'Get advice from the Modern Slavery & Exploitation Helpline',
      steps: [
        'Call the helpline, day or night, to talk it through. You do not have to give names.',
        'Tell your safeguarding lead. Share what you know only with people who need to know it.',
        'Tell the adult how they can get help later if they change their mind.',
      ],
      why: 'Without the adult’s consent there is no NRM referral. As you are not a specified public authority, the Duty to Notify does not apply to you. The helpline’s trained advisers can help you keep the person safe and decide what else to do.',
      contacts: ['modern-slavery-helpline'],
    },
    {
      type: 'action',
      id: 'labour',
      title: 'Report labour exploitation',
      steps: [
        'Tell the Fair Work Agency about bad pay, hours or treatment at work. In April 2026 it took over from the GLAA. That was the Gangmasters and Labour Abuse Authority.',
        'If it may be forced labour or trafficking, also call the helpline below.',
      ],
      why: 'The Fair Work Agency looks into labour exploitation in England and Wales. The helpline can give advice if it may be modern slavery.',
      contacts: ['glaa', 'modern-slavery-helpline'],
    },
    {
      type: 'action',
      id: 'work-rights',
      title: 'Get free advice on rights at work',
      steps: [
        'Call the Acas helpline for free advice on pay, hours and rights at work. You do not need to give personal details.',
        'If they may also be trafficked or exploited, call the helpline below for advice. An NRM referral needs the adult to agree. To make one, go back to “What is your main concern?” and choose “Possible modern slavery or trafficking”.',
      ],
      why: 'Acas gives advice to workers and employers on the law about work. It is not the place to report a crime. A question about work can hide exploitation, and the helpline can refer people to the NRM.',
      contacts: ['acas', 'modern-slavery-helpline'],
    },
    {
      type: 'action',
      id: 'health',
      title: 'Get medical help',
      steps: [
        'In an emergency, call 999. If it is urgent but not an emergency, call NHS 111.',
        'If you can, see the person alone, with a trained interpreter, not someone who came with them.',
        'If they may also be trafficked or exploited, call the helpline below for advice. An NRM referral needs the adult to agree. To make one, go back to “What is your main concern?” and choose “Possible modern slavery or trafficking”.',
      ],
      why: 'NHS 111 is free, open day and night, and can find an interpreter. A health need is often the first chance to speak to someone away from the person controlling them. The helpline can refer people to the NRM.',
      contacts: ['nhs-111', 'police-emergency', 'modern-slavery-helpline'],
    },
  ],
  source: {
    title: 'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015)',
    url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
    licence: 'OGL-3.0',
  },
  verifiedOn: '2026-12-03',
});
