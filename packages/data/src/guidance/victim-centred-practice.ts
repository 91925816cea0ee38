import { defineTopic } from '../define.js';
import { a21Guide, verifiedOn } from './sources.js';

/**
 * Talking to a possible victim.
 */
export const topic = defineTopic({
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
});
