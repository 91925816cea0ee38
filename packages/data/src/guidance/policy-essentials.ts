import { defineTopic } from '../define.js';
import { a21Guide, firstResponderGuidance, verifiedOn } from './sources.js';

/**
 * What a counter-trafficking policy must hold.
 */
export const topic = defineTopic({
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
});
