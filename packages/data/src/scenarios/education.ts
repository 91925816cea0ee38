import { defineScenarioSet } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * Scenarios for school and college staff: teachers, teaching assistants, office and support
 * staff. A pupil who does the housework at home, an older boyfriend, county lines, a pupil afraid
 * to go home, an adult student who says no to a referral, and a child enrolled by an adult who is
 * not a parent.
 */
export const scenarioSet = defineScenarioSet({
  id: 'education',
  title: 'Practise: schools and colleges',
  summary:
    'Situations that teachers, support staff and other school and college staff could meet. Choose what you would do, and see why. The steps follow the rules in England and Wales.',
  scenarios: [
    {
      id: 'pupil-does-housework',
      title: 'A pupil who does all the housework',
      situation:
        'A pupil of 12 often arrives tired and hungry. She tells you she does the cooking and cleaning at home, and looks after small children before and after school. She lives with an adult she calls her aunt, who knew little about her at parents’ evening.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Ask her aunt at the school gate why the pupil does so much housework.',
          feedback:
            'Do not tell an adult who may be involved that you are worried. If that adult is involved, they may move, hide or punish the child. Tell your designated safeguarding lead instead.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'education-carer-is-not-parent' },
          ],
        },
        {
          text: 'Write down what she said, in her own words, and what you have seen. Tell your designated safeguarding lead today.',
          best: true,
          feedback:
            'Doing the housework and childcare, being often hungry, and a carer who knows little about her are signs. They are a reason to share your concern, not proof.',
          refs: [
            { kind: 'indicator', id: 'education-housework-eats-apart' },
            { kind: 'indicator', id: 'education-often-tired-or-hungry' },
            { kind: 'indicator', id: 'education-carer-is-not-parent' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Wait a few weeks to see if things get better before you say anything.',
          feedback:
            'Waiting leaves a child at risk, and the signs may not get clearer. Share your concern with your designated safeguarding lead now.',
          refs: [
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
      ],
    },
    {
      id: 'older-boyfriend',
      title: 'An older boyfriend at the gate',
      situation:
        'A pupil of 14 has an older boyfriend who meets her at the gate in a car. She has a new phone and expensive clothes, and has missed several afternoons. She says he is her boyfriend and it is her choice.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Tell your designated safeguarding lead today, with what you have seen and heard.',
          best: true,
          feedback:
            'An older partner, gifts she cannot explain and missed lessons are signs. A child cannot agree to being exploited, whatever she says. Your safeguarding lead can involve children’s services.',
          refs: [
            { kind: 'indicator', id: 'education-older-friends' },
            { kind: 'indicator', id: 'education-unexplained-money-or-gifts' },
            { kind: 'indicator', id: 'education-missing-or-absent' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Go to the car at the gate and warn the man to stay away from her.',
          feedback:
            'Do not confront someone who may be exploiting her. It could put you and her in danger, and he may hide her. Tell your safeguarding lead, or call 999 if she is in danger now.',
          refs: [
            { kind: 'flow', id: 'england-wales/call-999' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
        {
          text: 'Do nothing. She has said it is her choice, and she should be respected.',
          feedback:
            'She is 14. A child cannot agree to being exploited, and a child’s consent is not needed for a referral. Share your concern with your safeguarding lead.',
          refs: [{ kind: 'flow', id: 'england-wales/child' }],
        },
      ],
    },
    {
      id: 'pupil-working-far-away',
      title: 'A pupil back from working away',
      situation:
        'A pupil of 15 has missed school for a week. He comes back with a phone he checks all the time, a lot of cash and a cut on his hand. In the corridor he tells you he was working in a town far away, and owes someone money.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Tell him he may have broken the law, and that you will have to call the police.',
          feedback:
            'Starting with the law can frighten him and make him stop talking. He may be a victim first, made to sell drugs far from home. Say that you are there to help.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'general-criminal-county-lines' },
          ],
        },
        {
          text: 'Promise to keep it between the two of you, so that he keeps talking.',
          feedback:
            'You will need to tell your safeguarding lead, so this is a promise you cannot keep. A broken promise can destroy trust. Tell him who you will share it with, and why.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
        {
          text: 'Take him somewhere quiet and listen without judging. Tell him you must share it to keep him safe, and tell your safeguarding lead at once.',
          best: true,
          feedback:
            'Being believed helps him trust you. Time away, cash, a phone and a debt are signs that he may be exploited, for example in county lines. Your safeguarding lead can involve children’s services or the police.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'indicator', id: 'general-criminal-county-lines' },
            { kind: 'indicator', id: 'education-working-outside-school' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Ask him for the names of everyone involved, so that the police can act.',
          feedback:
            'Pushing for names can frighten him and put him at risk. Let him decide what to share, at his own speed. Your safeguarding lead and the police can take it from there.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
      ],
    },
    {
      id: 'afraid-to-go-home',
      title: 'A pupil afraid to go home',
      situation:
        'At the end of the day, a pupil of 13 tells a teaching assistant she is scared to go home. She says a man at the house where she stays hits her and makes her go with other men at night. A car she does not know is waiting outside.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Let her go home as usual, and tell your safeguarding lead in the morning.',
          feedback:
            'She may be hurt tonight, so this cannot wait. When a child may be in danger now, call 999 and keep her safe in school.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
        {
          text: 'Go out to the car and ask the driver who he is.',
          feedback:
            'Do not confront anyone you think may be controlling her. It could put you and her in danger. Keep her inside, and call 999.',
          refs: [{ kind: 'flow', id: 'england-wales/call-999' }],
        },
        {
          text: 'Phone the house where she stays and ask about what she said.',
          feedback:
            'Do not tell an adult who may be involved that you are worried. They may move, hide or punish her. Keep her safe in school and call 999.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Keep her safe in school with another adult. Call 999, as she may be in danger now, and tell your designated safeguarding lead at once.',
          best: true,
          feedback:
            'She is afraid to go home and has told you she is hurt and exploited. That is danger now, so call 999. The police can act at once and will make any referral needed.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
            { kind: 'indicator', id: 'education-afraid-of-adult' },
          ],
        },
      ],
    },
    {
      id: 'college-student-says-no',
      title: 'A student who says no',
      situation:
        'A student of 19 at your college often falls asleep in class. He tells you he works nights in a factory for an agency. It takes most of his pay for rent and fees, and he lives in a crowded house it runs. He asks you not to tell anyone.',
      question: 'He is an adult and not in danger now. What do you do?',
      choices: [
        {
          text: 'Ask for him to be referred to the NRM without telling him.',
          feedback:
            'An adult is referred to the National Referral Mechanism (NRM) only if they agree. First explain what the NRM is and what help it gives, so that he can decide.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent-info' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Explain what help there is, and that he decides about a referral. Tell him you will share your concern with your safeguarding lead, and why. Get advice from them or the helpline.',
          best: true,
          feedback:
            'He decides whether to be referred. Being honest about who you will tell keeps his trust. The helpline gives advice, and you do not have to give names.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent' },
            { kind: 'flow', id: 'england-wales/helpline-advice' },
            { kind: 'indicator', id: 'general-pay-withheld' },
            { kind: 'indicator', id: 'general-depends-on-employer' },
          ],
        },
        {
          text: 'Promise him that you will not tell anyone.',
          feedback:
            'You may need to share your concern with your safeguarding lead, so do not promise what you cannot keep. Tell him who you would share it with, and why.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
      ],
    },
    {
      id: 'enrolment-by-family-friend',
      title: 'A child enrolled by a family friend',
      situation:
        'A man comes to the school office to enrol a girl of 11. He says he is a family friend, but he cannot give her date of birth or say who her parents are. He answers every question for her, and she looks at him before she speaks.',
      question: 'You work in the school office. What do you do?',
      choices: [
        {
          text: 'Tell him you think the girl may have been trafficked, and ask him to explain.',
          feedback:
            'Do not tell the person who came with her that you are worried. If he is involved, he may move or hide her, and the chance to help may be lost.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Ask the girl, with him there, whether he is really a family friend.',
          feedback:
            'She cannot speak freely in front of someone who may control her, and she may be in danger if she does. Share what you saw with your safeguarding lead instead.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'general-someone-speaks-for-them' },
          ],
        },
        {
          text: 'Take the details calmly as usual. Write down what you noticed and tell your designated safeguarding lead today.',
          best: true,
          feedback:
            'An adult who is not her parent and cannot explain why she is with him is a sign. It is a reason to share your concern, not proof. Your safeguarding lead can involve children’s services.',
          refs: [
            { kind: 'indicator', id: 'general-child-without-parent' },
            { kind: 'indicator', id: 'education-carer-is-not-parent' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
      ],
    },
  ],
  remember: [
    'A sign is a reason to ask more and to share your concern. It is not proof, and you do not need proof.',
    'If anyone is in danger now, call 999.',
    'If no one is in danger now, tell your designated safeguarding lead. You can also ask the Modern Slavery & Exploitation Helpline for advice.',
    'A child cannot agree to being exploited. A child’s consent is not needed for a referral.',
    'Listen, and take what the person tells you seriously. Do not push for details, and do not promise to keep a secret.',
  ],
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
