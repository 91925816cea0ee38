import { defineTopic } from '../define.js';
import { a21Guide, verifiedOn } from './sources.js';

/**
 * Training staff.
 */
export const topic = defineTopic({
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
});
