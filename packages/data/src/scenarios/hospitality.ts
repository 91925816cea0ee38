import { defineScenarioSet } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * Scenarios for hotel and hospitality staff: front desk, housekeeping, bar, kitchen, room service and security.
 */
export const scenarioSet = defineScenarioSet({
  id: 'hospitality',
  title: 'Practise: hotels and hospitality',
  summary:
    'Situations that front desk, housekeeping, bar, kitchen, room service and security staff could meet. Choose what you would do, and see why. The steps follow the rules in England and Wales.',
  scenarios: [
    {
      id: 'cash-room-many-visitors',
      title: 'A room with many visitors',
      situation:
        'A room has been paid in cash, one night at a time, for two weeks. Many different men visit it each evening, each for a short time. You have seen a young woman at the window, but never in the lobby.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Knock on the door and ask the woman if she is being forced to work.',
          feedback:
            'Asking in front of the people who may control her could put her in danger, and she is unlikely to answer freely. Share what you have seen first.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Write down what you have seen, with dates and times, and tell your manager or safeguarding lead today.',
          best: true,
          feedback:
            'Several signs together are a reason to share your concern. Your safeguarding lead can decide with the police or the helpline what happens next. Call 999 if anyone is in danger now.',
          refs: [
            { kind: 'indicator', id: 'hospitality-cash-payments-short-stays' },
            { kind: 'indicator', id: 'hospitality-many-visitors-one-room' },
          ],
        },
        {
          text: 'Do nothing: guests have a right to privacy, and you have no proof.',
          feedback: 'You do not need proof. A sign is a reason to ask more and share your concern, not a verdict. Doing nothing leaves a possible victim alone.',
          refs: [{ kind: 'indicator', id: 'hospitality-many-visitors-one-room' }],
        },
      ],
    },
    {
      id: 'boy-alone-in-a-room',
      title: 'A boy alone in a room',
      situation:
        'You work nights on security. A boy who looks about fifteen has stayed in a room for three nights. The adult who booked it has not been seen since. Visitors come and go all night, his phone rings all the time, and he says he is from a city far away.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Tell him he must leave the hotel tonight.',
          feedback:
            'Sending him away does not make him safe, and the chance to help him may be lost. Treat him as a child at risk, and tell your duty manager.',
          refs: [{ kind: 'flow', id: 'england-wales/child' }],
        },
        {
          text: 'Tell him you will call the police unless he says who sent him.',
          feedback:
            'Pressure can frighten him, and he may fear that he or his family will be hurt if he talks. Do not question him. Tell your duty manager, so that the police are told.',
          refs: [
            { kind: 'indicator', id: 'general-criminal-threats-if-they-stop' },
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
          ],
        },
        {
          text: 'Treat him as a child. Tell your duty manager now, so that the police and children’s services are told. Call 999 if he is in danger now.',
          best: true,
          feedback:
            'A young person sent far from home, with a phone that never stops, may be made to sell drugs. A child cannot agree to being exploited. The police or children’s services can make sure he is safe.',
          refs: [
            { kind: 'indicator', id: 'general-criminal-county-lines' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Leave it: he may be eighteen, and he seems to be choosing this.',
          feedback:
            'If you are not sure of his age, treat him as a child. A child cannot agree to being exploited, whatever he seems to choose. Tell your duty manager now.',
          refs: [
            { kind: 'flow', id: 'england-wales/age' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
      ],
    },
    {
      id: 'mattresses-on-the-floor',
      title: 'Mattresses on the floor',
      situation:
        'You go in to clean a room booked for two people. There are six mattresses on the floor, work boots and a few bags. The ‘do not disturb’ sign has been up for days. A man in the room tells you to leave at once.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Leave calmly. Write down what you saw, and tell your supervisor or safeguarding lead straight away.',
          best: true,
          feedback:
            'More people than booked and no cleaning for days are signs to share, not proof. Leaving calmly keeps you safe. Your safeguarding lead can get advice on what to do next.',
          refs: [
            { kind: 'indicator', id: 'hospitality-more-people-than-booked' },
            { kind: 'indicator', id: 'hospitality-cleaning-refused' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
        {
          text: 'Ask the man who the people are, who they work for and how much they are paid.',
          feedback:
            'If he controls them, your questions could put them, and you, at risk. He may move them before anyone can help. Leave, and share what you saw.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
        {
          text: 'Say nothing: guests can use their room as they like, and it is not your job to judge them.',
          feedback:
            'Many people sleeping in a room booked for two is a sign to share. Telling your supervisor does not judge anyone. It lets someone trained look at it.',
          refs: [
            { kind: 'indicator', id: 'hospitality-more-people-than-booked' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
      ],
    },
    {
      id: 'kitchen-porter-pay',
      title: 'A kitchen porter’s pay',
      situation:
        'A kitchen porter from an agency tells you, in a few words of English, that the agency takes most of his pay. He lives in a house the agency runs. His housemate works with him, and offers to translate so that you can understand more.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Accept the housemate’s offer to translate.',
          feedback:
            'The housemate may be involved, or may change what is said. The porter may not feel free to speak in front of him. Use a trusted interpreter instead.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Phone the agency and complain about how it treats him.',
          feedback:
            'If the agency is involved, news of your concern could put him in danger. He could be moved or punished. Tell your safeguarding lead, and share it only with people who need to know.',
          refs: [
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
        {
          text: 'Ask to see his passport and right-to-work papers first.',
          feedback:
            'Questions about documents or immigration can frighten him and make him stop talking. Start by saying that you are there to help.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Tell your manager or safeguarding lead today. Ask them to arrange a private talk with a trusted interpreter, not his housemate.',
          best: true,
          feedback:
            'Pay taken by someone else and housing the agency controls are signs of labour exploitation. A trusted interpreter helps him say what he means, in private. Your safeguarding lead can also ask the helpline for advice.',
          refs: [
            { kind: 'indicator', id: 'hospitality-workers-pay-taken' },
            { kind: 'indicator', id: 'hospitality-workers-housed-by-employer' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
      ],
    },
    {
      id: 'nanny-says-no',
      title: 'She says no to help',
      situation:
        'A family is staying for a week with a young woman who looks after their children. When you bring room service, she never eats, and there is only a blanket on the floor for her. In the corridor, she tells you she is not paid and cannot leave. But she does not want any help: she is afraid of being sent home.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Tell her that she has to accept help, for her own safety.',
          feedback:
            'An adult decides whether to be referred for support. Pushing her takes away her control and can break her trust. Respect her choice, and tell her where help is.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent-info' },
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
          ],
        },
        {
          text: 'Respect her choice. Tell her that help is there if she changes her mind. Tell your safeguarding lead, who can ask the helpline for advice.',
          best: true,
          feedback:
            'Without her consent there is no referral, but you can still get advice on how to keep her safe. The helpline does not need her name. Keep the door open for her.',
          refs: [
            { kind: 'flow', id: 'england-wales/helpline-advice' },
            { kind: 'indicator', id: 'general-pay-withheld' },
            { kind: 'indicator', id: 'general-vulnerability-immigration-status' },
          ],
        },
        {
          text: 'Tell the family that you know what is happening.',
          feedback:
            'If the family is involved, they may move, hide or punish her, and the chance to help may be lost. Keep your concern from them, and tell your safeguarding lead.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
      ],
    },
    {
      id: 'threatened-at-the-bar',
      title: 'Threatened at the bar',
      situation:
        'Late at night, a young woman at the bar asks you for help. She is shaking. She says a man outside makes her meet men in rooms here, and he will hurt her if she does not go up now.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Call 999 now, or ask your duty manager to call. Tell the police what she said. Do not go out to the man.',
          best: true,
          feedback:
            'She has been threatened and may be hurt, so she is in danger now. The police can act at once. Going out to the man could put you both at risk.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
        {
          text: 'Go outside and tell the man to leave her alone.',
          feedback:
            'Confronting him could put you and her in more danger. Call 999 and let the police deal with him.',
          refs: [{ kind: 'flow', id: 'england-wales/call-999' }],
        },
        {
          text: 'Give her the name of the helpline, and let her decide what to do.',
          feedback:
            'The helpline gives advice, but she is in danger now and asked you for help. Call 999 first. Then tell your safeguarding lead.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
          ],
        },
      ],
    },
  ],
  remember: [
    'A sign is a reason to ask more and to share your concern. It is not proof, and you do not need proof.',
    'If anyone is in danger now, call 999. Do not confront anyone you think is controlling the person.',
    'If no one is in danger now, tell your safeguarding lead. You can also ask the Modern Slavery & Exploitation Helpline for advice.',
    'If a guest or worker may be under 18, treat them as a child. A child’s referral needs no consent. An adult decides whether to be referred.',
    'If it is safe, speak to the person alone. Use a trusted interpreter, never someone who came with them.',
  ],
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
