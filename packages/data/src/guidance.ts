/**
 * Guidance topics for organisations building a counter-trafficking strategy: how to talk to a
 * possible victim, what to do once one is identified, what a policy must hold, training,
 * awareness and the modern slavery statement.
 *
 * All text is our own plain-English restatement of the sources each topic names, written for
 * readers who may read English as a second language. Where the original guide is out of date
 * (the helpline's name, paper NRM forms), the corrected facts are used: see the package
 * README. This file holds no phone numbers: components take them from `@ctkit/data/contacts`,
 * so a number is only ever kept in one place.
 *
 * @module
 */
import type { GuidanceTopic, Source } from './schemas.js';

/** The charity guide that topics 1 to 5 restate. */
const a21Guide: Source = {
  title: 'A21, Developing a counter-trafficking strategy (guide for organisations)',
  url: 'https://www.a21.org/',
};

/** Home Office statutory guidance: the NRM and Duty to Notify. */
const statutoryGuidance: Source = {
  title:
    'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015)',
  url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
  licence: 'OGL-3.0',
};

/** GOV.UK guidance for First Responders: how referrals are made. */
const firstResponderGuidance: Source = {
  title: 'GOV.UK, Report modern slavery as a first responder',
  url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
};

const verifiedOn = '2026-11-30';

const victimCentredPractice: GuidanceTopic = {
  id: 'victim-centred-practice',
  title: 'Talking to a possible victim',
  summary:
    'How to speak with someone who may be a victim of trafficking in a way that keeps them safe and does not frighten them. Put their safety and needs first.',
  sections: [
    {
      id: 'key-practices',
      title: 'Key practices',
      body: [
        'A first conversation can decide whether a person feels safe enough to accept help. These practices help to make it calm, private and not threatening.',
      ],
      do: [
        {
          text: 'Before you speak with the person, separate them from anyone who is with them.',
          why: 'The person with them may be controlling them. The person may not speak freely, or may be in danger, if that person can hear.',
        },
        {
          text: 'Use a trusted interpreter who also understands the person’s culture. Never ask the person who came with them to interpret.',
          why: 'A good interpreter helps you understand what the person means, not only their words. The person who came with them may be the trafficker, or may change what is said.',
        },
        {
          text: 'Where possible, ask a member of staff of the same gender as the person to take part.',
          why: 'The person may feel safer, and find it easier to talk, with someone of the same gender.',
        },
      ],
      dont: [
        {
          text: 'Do not tell the person who came with them that you are worried about trafficking.',
          why: 'If that person is involved, they may move, hide or punish the victim, and the chance to help may be lost.',
        },
        {
          text: 'Do not start by asking about documents, immigration or legal status, or whether the person has broken any law. Start by saying that you are there to help.',
          why: 'These questions can frighten a victim and make them stop talking.',
        },
      ],
    },
    {
      id: 'listening-and-safety',
      title: 'Listening and safety',
      do: [
        {
          text: 'If anyone is in immediate danger, call 999.',
          why: 'Safety comes before everything else, including finishing the conversation.',
        },
        {
          text: 'Listen, and take what the person tells you seriously.',
          why: 'Being believed helps a person to trust you and to tell you more.',
        },
        {
          text: 'Let the person lead. Let them decide what to share, and go at their speed.',
          why: 'Giving them some control helps them feel safe, and avoids making their trauma worse.',
        },
        {
          text: 'If you are not sure what to do, ask your safeguarding lead or the Modern Slavery & Exploitation Helpline for advice.',
          why: 'You do not have to decide alone. The helpline is free, confidential and open at all times.',
        },
      ],
      dont: [
        {
          text: 'Do not promise anything you cannot make sure will happen, such as a place to stay or a visa.',
          why: 'A broken promise can destroy trust, and the person may not ask for help again.',
        },
      ],
    },
  ],
  source: a21Guide,
  verifiedOn,
};

const postIdentificationPolicy: GuidanceTopic = {
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
};

const policyEssentials: GuidanceTopic = {
  id: 'policy-essentials',
  title: 'What a counter-trafficking policy must hold',
  summary:
    'Every organisation needs a clear policy on what staff do when they meet a possible victim of trafficking. The process should be easy to follow for staff at every level.',
  sections: [
    {
      id: 'policy-contents',
      title: 'What to include',
      body: [
        'A good policy covers the internal steps to take, how staff should behave with a possible victim, and a victim-centred approach. It should make the process calm and not threatening for the victim, avoid causing more trauma, and keep them safe.',
        'If your organisation has few resources, you can start with one area, such as the policy, and build from there.',
      ],
      items: [
        {
          text: 'Step-by-step guidance on what to do when trafficking is suspected.',
          why: 'In a stressful moment, staff can follow clear steps instead of guessing.',
        },
        {
          text: 'A clear flow chart of the referral routes, for example when to call 999, when to ask the Modern Slavery & Exploitation Helpline for advice, and who can make an NRM referral.',
          why: 'A picture of the routes helps staff quickly find the right next step for each situation.',
        },
        {
          text: 'One central point of contact who receives all reports of suspected trafficking.',
          why: 'Reports do not get lost, and one person can see the whole picture and act on it.',
        },
        {
          text: 'A plan to share the policy with all staff and to train them on it.',
          why: 'A policy only works if staff know that it exists and how to use it.',
        },
        {
          text: 'A rule that any concern about a victim’s safety goes at once to the safeguarding lead or line manager.',
          why: 'Someone with the right training and authority can then act without delay.',
        },
        {
          text: 'A rule on confidentiality: keep concerns private and share information only with people who need to know it.',
          why: 'If information reaches the wrong person, the victim can be put in danger.',
        },
      ],
    },
    {
      id: 'specialist-group',
      title: 'A specialist group',
      body: [
        'Depending on its size and structure, an organisation can choose a small group of staff to receive deeper, specialised training. This group can then help whenever trafficking is suspected.',
        'Some organisations, such as the police, may also be able to run regular operations or community outreach to find possible victims early, carry out safeguarding interviews and offer further support.',
      ],
    },
  ],
  source: a21Guide,
  credits: [firstResponderGuidance],
  verifiedOn,
};

const training: GuidanceTopic = {
  id: 'training',
  title: 'Training staff',
  summary:
    'Human trafficking changes quickly, so staff who are most likely to meet victims need regular training. Front-line staff should be trained first.',
  sections: [
    {
      id: 'who-to-train',
      title: 'Who to train',
      body: [
        'Front-line professionals are people whose work puts them in the best position to notice trafficking. They include:',
      ],
      items: [
        { text: 'Border, police and immigration staff.' },
        {
          text: 'Transport staff, for example taxi and ride-share drivers, service station staff, and airline and rail staff.',
        },
        { text: 'Hospitality staff, for example in hotels and motels.' },
        { text: 'Healthcare staff.' },
        { text: 'Education staff.' },
      ],
    },
    {
      id: 'what-to-cover',
      title: 'What to cover',
      items: [
        {
          text: 'General information about human trafficking: what it is, its core elements and how to recognise it.',
          why: 'Everyone needs the same basic understanding before they can act.',
        },
        {
          text: 'Issues specific to your sector, and practical ways to respond in your work.',
          why: 'Trafficking looks different in an airport, a hotel or a hospital. Staff learn best from situations they will really meet.',
        },
        {
          text: 'New trends, and changes in how traffickers behave.',
          why: 'Traffickers change their methods, so what staff learned before may no longer be enough.',
        },
      ],
    },
    {
      id: 'how-often',
      title: 'How often',
      items: [
        {
          text: 'Train staff regularly, so they know the latest trends and information.',
          why: 'Trafficking is a fast-growing crime, and knowledge goes out of date.',
        },
        {
          text: 'Give refresher training, even when there is little new information.',
          why: 'Refreshers make understanding stronger, remind staff of the key points and give them time to discuss questions together.',
        },
      ],
    },
    {
      id: 'priorities',
      title: 'Who comes first',
      body: [
        'Staff at all levels of the organisation should be trained. Train first the front-line staff who are most likely to meet possible victims.',
        'Specialist organisations, A21 among them, offer professional training for sectors such as law enforcement, aviation, healthcare, hospitality and business.',
      ],
    },
  ],
  source: a21Guide,
  verifiedOn,
};

const awareness: GuidanceTopic = {
  id: 'awareness',
  title: 'Raising awareness',
  summary:
    'People can only act on trafficking if they understand it and can recognise it. Awareness, especially through well-targeted public campaigns, is the first step.',
  sections: [
    {
      id: 'why-awareness',
      title: 'Why awareness comes first',
      body: [
        'Before anyone can respond correctly, they need a basic understanding of human trafficking. Awareness makes the issue visible to the public and within each sector.',
      ],
      items: [
        { text: 'How to recognise human trafficking.' },
        { text: 'The different types of trafficking.' },
        { text: 'What makes a person vulnerable to trafficking.' },
        { text: 'The common myths about trafficking, and why they are wrong.' },
      ],
    },
    {
      id: 'public-awareness-campaigns',
      title: 'Public awareness campaigns',
      body: [
        'One of the most effective ways to raise awareness is a targeted campaign that reaches many people. The idea behind every campaign is simple: more reports lead to more victims being identified.',
      ],
      items: [
        {
          text: 'Make the campaign specific to a sector, for example the signs of trafficking in an airport, a hotel or a health service.',
          why: 'People notice signs more easily when the campaign shows the places and situations they know.',
        },
        {
          text: 'Link the campaign to ways of reporting, such as the Modern Slavery & Exploitation Helpline.',
          why: 'The public then knows what to do with a concern. A victim who recognises their own situation can find a way to ask for help.',
        },
        {
          text: 'Aim the campaign at several groups at once: people at risk, people who are being trafficked now, and the general public.',
          why: 'One campaign can then help to prevent trafficking, help victims to come forward and lead to more reports.',
        },
        {
          text: 'Train front-line staff to use the campaign in their own work.',
          why: 'A public that reports and staff who are trained work well together against trafficking in a sector.',
        },
      ],
    },
    {
      id: 'myths-and-stereotypes',
      title: 'Myths and stereotypes',
      body: [
        'Wrong ideas about who victims and traffickers are can stop people from seeing a real case. When a situation does not match the picture in their head, they may miss it.',
        'Correcting these myths and stereotypes helps people to recognise possible trafficking, even when it looks different from what they expect.',
      ],
    },
  ],
  source: a21Guide,
  verifiedOn,
};

const modernSlaveryStatement: GuidanceTopic = {
  id: 'modern-slavery-statement',
  title: 'The modern slavery statement',
  summary:
    'Under section 54 of the Modern Slavery Act 2015, larger businesses must publish a statement each year on what they do about modern slavery in their business and supply chains.',
  sections: [
    {
      id: 'who-must-publish',
      title: 'Who must publish a statement',
      body: [
        'A commercial organisation must publish a statement for each financial year if it supplies goods or services, carries on all or part of its business in the UK, and has a total yearly turnover of £36 million or more.',
        'Check each year whether your organisation meets these conditions.',
      ],
    },
    {
      id: 'what-to-cover',
      title: 'What the statement can cover',
      body: ['The statutory guidance suggests that a statement covers six areas:'],
      items: [
        {
          text: 'The structure of the organisation, its business and its supply chains.',
          why: 'Readers need this to understand where risks may be.',
        },
        {
          text: 'Its policies on slavery and human trafficking.',
          why: 'These show what the organisation expects of its staff and suppliers.',
        },
        {
          text: 'Its due diligence processes on slavery and human trafficking in the business and its supply chains.',
          why: 'These show how the organisation checks for problems, not only what it intends.',
        },
        {
          text: 'Which parts of the business and supply chains are at risk, and the steps taken to assess and manage that risk.',
          why: 'Risk is not the same everywhere, so effort should go where the risk is highest.',
        },
        {
          text: 'How effective its actions have been, measured against performance indicators it chooses.',
          why: 'Measures show whether the actions are working and make progress visible from year to year.',
        },
        {
          text: 'The training on slavery and human trafficking available to its staff.',
          why: 'Trained staff are more likely to notice and report a problem.',
        },
      ],
    },
    {
      id: 'approval-and-publishing',
      title: 'Approving and publishing the statement',
      ordered: true,
      items: [
        { text: 'Write the statement for the financial year, covering the areas above.' },
        {
          text: 'Have it approved by the board of directors, or an equivalent body.',
          why: 'The law requires approval at the top of the organisation, so leaders are accountable for it.',
        },
        {
          text: 'Have it signed by a director, or an equivalent person. Partnerships have their own rules on who signs: see section 54.',
          why: 'A signature shows who is responsible for the statement.',
        },
        {
          text: 'Publish it on your website, with a link to it in a prominent place on the homepage.',
          why: 'The statement must be easy for the public to find.',
        },
        {
          text: 'Publish your policies on slavery and human trafficking on the website too, where staff, suppliers and the public can find them.',
          why: 'The guide this kit grew from asks for it: published policies show staff, suppliers and the public what you expect, and let them hold you to it.',
        },
        {
          text: 'If your organisation has no website, give a copy of the statement to anyone who asks for it in writing, within 30 days of their request (section 54(8)).',
          why: 'Without a website the law still makes the statement available to anyone who asks.',
        },
        {
          text: 'Repeat these steps every financial year.',
          why: 'The duty applies to each financial year, not only once.',
        },
      ],
    },
  ],
  source: {
    title: 'Modern Slavery Act 2015, section 54 (transparency in supply chains)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/54',
  },
  credits: [
    a21Guide,
    {
      title: 'Home Office, Transparency in supply chains: a practical guide',
      url: 'https://www.gov.uk/government/publications/transparency-in-supply-chains-a-practical-guide',
      licence: 'OGL-3.0',
    },
  ],
  verifiedOn,
};

/** Every guidance topic, in display order. */
export const guidance: readonly GuidanceTopic[] = [
  victimCentredPractice,
  postIdentificationPolicy,
  policyEssentials,
  training,
  awareness,
  modernSlaveryStatement,
];

/** The guidance topic with this id, or `undefined` if the dataset has none. */
export function getGuidance(topicId: string): GuidanceTopic | undefined {
  return guidance.find((topic) => topic.id === topicId);
}
