import { defineTopic } from '../define.js';
import { a21Guide, verifiedOn } from './sources.js';

/**
 * Raising awareness.
 */
export const topic = defineTopic({
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
});
