import { defineScenarioSet } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * Scenarios for transport staff: taxi and rideshare drivers, rail staff, bus and coach drivers,
 * and service station staff.
 */
export const scenarioSet = defineScenarioSet({
  id: 'transport',
  title: 'Practise: transport',
  summary:
    'Situations that taxi, rideshare, bus and coach drivers, rail staff and service station staff could meet. Choose what you would do, and see why. The steps follow the rules in England and Wales.',
  scenarios: [
    {
      id: 'boy-on-the-same-train',
      title: 'A boy on the same long trip',
      situation:
        'A boy who looks about fifteen is on your train on a school day morning. He has made the same long trip alone several times this month. He holds a bag close, and he has two phones that keep ringing. When you check his ticket, he looks scared.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Ask him to open his bag, and ask him what is in it.',
          feedback:
            'Questions about whether he has broken the law can frighten him and make him stop talking. He may be a victim who is made to carry things for others. Share your concern instead.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'general-criminal-county-lines' },
          ],
        },
        {
          text: 'Leave it: he has a valid ticket, and it is not your job.',
          feedback:
            'These are signs that a child may be exploited, for example to carry drugs. A sign is a reason to share your concern, and you do not need proof.',
          refs: [
            { kind: 'indicator', id: 'transport-child-repeated-journeys' },
            { kind: 'indicator', id: 'general-criminal-county-lines' },
          ],
        },
        {
          text: 'Treat him as a child at risk. Follow your company’s procedure, and tell your safeguarding lead. On a train or at a station in Great Britain, you can also tell British Transport Police.',
          best: true,
          feedback:
            'The same long trips, a bag he guards and two phones can be signs of county lines. A child cannot agree to being exploited, so no consent is needed. If he is in danger now, call 999.',
          refs: [
            { kind: 'indicator', id: 'transport-child-repeated-journeys' },
            { kind: 'indicator', id: 'transport-child-cash-or-phones' },
            { kind: 'indicator', id: 'transport-child-travelling-far-alone' },
            { kind: 'indicator', id: 'general-criminal-county-lines' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Ask him if he wants you to get help, and do nothing if he says no.',
          feedback:
            'He may be under 18, so treat him as a child. A child’s consent is not needed to get help. Tell your safeguarding lead. On a train or at a station in Great Britain, you can also tell British Transport Police.',
          refs: [
            { kind: 'flow', id: 'england-wales/age' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
      ],
    },
    {
      id: 'early-pickups-for-a-group',
      title: 'Early pick-ups for a group',
      situation:
        'Most mornings before dawn, you drive the same group of men from a crowded house to a factory. One man books the trips, pays, and tells the others where to sit. The others never speak, look exhausted, and have no coats in the cold.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Write down what you have seen, with dates, times and addresses. Tell your safeguarding lead if you have one, or call the Modern Slavery & Exploitation Helpline for advice.',
          best: true,
          feedback:
            'A group picked up very early from the same house, with one man in charge, can be a sign of labour exploitation. You do not need proof. People with training can decide what to do next.',
          refs: [
            { kind: 'indicator', id: 'transport-groups-collected-at-odd-hours' },
            { kind: 'indicator', id: 'transport-someone-else-in-charge' },
            { kind: 'indicator', id: 'general-tired-or-underfed' },
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
          ],
        },
        {
          text: 'Ask the man who pays whether the others are paid properly.',
          feedback:
            'If he controls them, this warns him. He may move or punish them, and the chance to help may be lost. Share your concern with your safeguarding lead or the helpline instead.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Tell the men in the back to call the police if they have a problem.',
          feedback:
            'They may be afraid of the police, and they cannot speak freely in front of the man in charge. Share what you have seen with someone who can help.',
          refs: [
            { kind: 'indicator', id: 'general-afraid-of-authorities' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
      ],
    },
    {
      id: 'plea-for-help-in-the-car',
      title: 'A plea for help in your car',
      situation:
        'Late at night, you drive a man and a young woman to a hotel. He goes inside first. She stays in the back seat and whispers: “Please help me. He makes me see men, and he will hurt me if I stop.”',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Promise her that you will take her somewhere safe, and that she will be all right.',
          feedback:
            'You cannot be sure you can keep this promise, and a broken promise can destroy trust. She may be in danger now, so call 999.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'flow', id: 'england-wales/danger' },
          ],
        },
        {
          text: 'Call 999 now, and tell them where you are. Do not go after the man or confront him.',
          best: true,
          feedback:
            'She says he will hurt her, so she may be in immediate danger. The police can act at once. When she is safe, tell your safeguarding lead if you have one.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
            { kind: 'indicator', id: 'general-sexual-others-arrange-clients' },
          ],
        },
        {
          text: 'Go into the hotel and tell the man to leave her alone.',
          feedback:
            'Confronting him could put her and you in danger. Do not confront him: call 999, and let the police act.',
          refs: [{ kind: 'flow', id: 'england-wales/call-999' }],
        },
        {
          text: 'Report it through the app after your shift.',
          feedback:
            'She may be in danger now, and later may be too late. Call 999 first. After that, you can follow your company’s procedure.',
          refs: [{ kind: 'flow', id: 'england-wales/danger' }],
        },
      ],
    },
    {
      id: 'passenger-says-no',
      title: 'A passenger who says no to help',
      situation:
        'At the last stop, a man who rides your bus to a car wash every day stays to talk. He says he works there every day for very little pay, sleeps at the site, and the boss keeps his passport. When you say help exists, he says no. He is afraid of losing the job and being sent home.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Call the police straight away, even though he said no.',
          feedback:
            'He is not in danger now, so this is not a 999 call. He has said no, and an NRM referral needs his consent. Tell your safeguarding lead, and get advice from the helpline first.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent' },
            { kind: 'flow', id: 'england-wales/helpline-advice' },
          ],
        },
        {
          text: 'Tell him that he must leave the job, or you will report his boss.',
          feedback:
            'Pressure can frighten him and break his trust. Let him decide at his own speed, and tell him where he can get help later.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Drop the subject, and forget what he told you.',
          feedback:
            'His choice does not mean you do nothing. Tell your safeguarding lead, and make sure he knows where to find help if he changes his mind.',
          refs: [{ kind: 'flow', id: 'england-wales/helpline-advice' }],
        },
        {
          text: 'Respect his choice. Tell him about the Modern Slavery & Exploitation Helpline: it is free, open day and night, and he need not give his name. Then tell your safeguarding lead.',
          best: true,
          feedback:
            'He is an adult, so he decides whether to be referred. He now knows where to turn later. Your safeguarding lead or the helpline can advise on what else to do.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent' },
            { kind: 'flow', id: 'england-wales/helpline-advice' },
            { kind: 'indicator', id: 'general-documents-held-by-others' },
            { kind: 'indicator', id: 'general-pay-withheld' },
          ],
        },
      ],
    },
    {
      id: 'passenger-asks-for-help',
      title: 'A passenger asks for help',
      situation:
        'Each week, a family books your taxi to take a woman from their home to the shops and back. She never has money of her own. Today she tells you she cooks and cleans for them all day, is never paid, and they keep her passport. She asks if anyone can help her.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Ask her to tell you everything that has happened, in detail, so that you can report it.',
          feedback:
            'Pushing for details can upset her and make her stop talking. Let her decide what to share, and go at her speed.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Listen, and take what she tells you seriously. Ask what she wants. If she agrees, call the Modern Slavery & Exploitation Helpline or the police with her.',
          best: true,
          feedback:
            'Being believed helps her to trust you. She is an adult, so an NRM referral needs her consent. The helpline and the police can refer her, and explain what happens next.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'flow', id: 'england-wales/consent-info' },
            { kind: 'flow', id: 'england-wales/contact-first-responder' },
          ],
        },
        {
          text: 'Promise her that she will have a safe place to stay tonight.',
          feedback:
            'You cannot be sure this will happen, and a broken promise can destroy trust. Tell her honestly what you can do.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Drive her home, and tell the family what she said, so that they treat her better.',
          feedback:
            'If the family controls her, they may punish her or move her, and the chance to help may be lost. Do not raise your concern with them.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
      ],
    },
    {
      id: 'late-stop-at-service-station',
      title: 'A late stop for fuel',
      situation:
        'Late at night, a car stops at your service station. A man pays for fuel while a young woman comes in to use the toilet. She has no coat in the cold, looks scared, and asks you quietly what town this is.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Go out and ask the man if she is all right.',
          feedback:
            'If he controls her, this warns him, and he may move or punish her. Do not raise your concern with someone who may be in control.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Ask her to show you some ID, to check her age.',
          feedback:
            'Starting with documents can frighten her and make her stop talking. Start by saying that you are there to help.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'If it is safe, speak to her quietly while she is alone. Say you are there to help, and ask if she is all right.',
          best: true,
          feedback:
            'This may be your only chance to speak with her away from him. If she is in danger now, call 999. Then tell your manager or safeguarding lead what you saw.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'transport-passenger-does-not-know-address' },
            { kind: 'indicator', id: 'transport-passenger-afraid' },
            { kind: 'indicator', id: 'general-clothes-not-suitable' },
          ],
        },
        {
          text: 'Say nothing: it is not your business, and you have no proof.',
          feedback:
            'You do not need proof. Not knowing where she is, and having no coat in the cold, are reasons to ask and to share your concern.',
          refs: [
            { kind: 'indicator', id: 'transport-passenger-does-not-know-address' },
            { kind: 'indicator', id: 'general-clothes-not-suitable' },
          ],
        },
      ],
    },
  ],
  remember: [
    'A sign is a reason to ask more and to share your concern. It is not proof, and you do not need proof.',
    'If anyone is in danger now, call 999. Do not confront anyone you think is in control.',
    'If no one is in danger now, tell your safeguarding lead. Or call the Modern Slavery & Exploitation Helpline for advice. On a train or at a station in Great Britain, you can also tell British Transport Police.',
    'A child cannot agree to being exploited, so no consent is needed to get them help. An adult decides whether to be referred to the NRM.',
    'If an adult says no to help, respect it, and tell them where they can get help later.',
  ],
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
