import { defineScenarioSet } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * Scenarios for any member of staff, in any organisation.
 */
export const scenarioSet = defineScenarioSet({
  id: 'general',
  title: 'Practise: everyone at work',
  summary: 'Situations that any member of staff could meet at work, in any organisation. Choose what you would do, and see why. The steps follow the rules in England and Wales.',
  scenarios: [
    {
      id: 'agency-workers-early-van',
      title: 'Workers in an early van',
      situation:
        'New agency workers have started where you work. The same van drops them off very early and collects them late. They look worn out, and wear thin clothes in cold weather. One of them says he owes money for the job and cannot pay it back.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Do nothing: how the agency treats its workers is not your business, and you have no proof.',
          feedback:
            'You do not need proof. These signs together are a reason to share your concern. Doing nothing leaves the workers alone with it.',
          refs: [
            { kind: 'indicator', id: 'general-debt-cannot-repay' },
            { kind: 'indicator', id: 'general-unusual-travel-times' },
          ],
        },
        {
          text: 'Ask the van driver how much the workers are paid, and who takes their money.',
          feedback:
            'If the driver is involved, the workers could be moved or punished, and the chance to help them may be lost. Share what you have seen with your safeguarding lead instead.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
        {
          text: 'Write down what you have seen, with dates and times, and tell your safeguarding lead or manager today.',
          best: true,
          feedback:
            'A debt they cannot pay, long days and early pick-ups are signs of labour exploitation. Your safeguarding lead can get advice from the helpline on what to do next.',
          refs: [
            { kind: 'indicator', id: 'general-debt-cannot-repay' },
            { kind: 'indicator', id: 'general-unusual-travel-times' },
            { kind: 'indicator', id: 'general-clothes-not-suitable' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
      ],
    },
    {
      id: 'girl-with-cleaning-team',
      title: 'A girl in the cleaning team',
      situation:
        'The firm that cleans your building has a new worker. She looks about fourteen. She comes in early on school days and works late, and her supervisor always answers for her.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Ask the supervisor how old she is and why she is not at school.',
          feedback:
            'If the supervisor is involved, the girl could be moved, hidden or punished. Do not raise your concern with the person who may control her. Tell your safeguarding lead instead.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Tell your safeguarding lead today. They can tell children’s services or the police. Call 999 if she is in danger now.',
          best: true,
          feedback:
            'A child doing work that does not suit her age, with no time for school, is a sign of exploitation. Children’s services or the police can make sure she is safe. A child’s referral does not need her consent.',
          refs: [
            { kind: 'indicator', id: 'general-child-unsuitable-work' },
            { kind: 'indicator', id: 'general-someone-speaks-for-them' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Wait until you know her age for sure before you do anything.',
          feedback:
            'If you are not sure of her age, treat her as a child. Waiting could leave her at risk. Tell your safeguarding lead now.',
          refs: [{ kind: 'flow', id: 'england-wales/age' }],
        },
        {
          text: 'Ask her if she is happy to work here. If she says yes, leave it.',
          feedback:
            'A child cannot agree to being exploited, so her answer does not settle it. She may not feel free to speak, either. Tell your safeguarding lead.',
          refs: [
            { kind: 'flow', id: 'england-wales/child' },
            { kind: 'indicator', id: 'general-someone-speaks-for-them' },
          ],
        },
      ],
    },
    {
      id: 'help-me-at-the-door',
      title: '‘Help me’ at the door',
      situation:
        'You deliver something to a house for your work. A woman with a bruised face opens the door and whispers ‘help me’. A man pulls her back inside and locks the door.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Move away to a safe place and call 999. Tell the police what you saw and heard. Then tell your safeguarding lead.',
          best: true,
          feedback:
            'She is hurt and locked in, so she may be in danger now. The police can act at once. Keep yourself safe while you call.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
        {
          text: 'Knock again, and tell the man that you will not leave until you see she is all right.',
          feedback:
            'Confronting him could put you and her in more danger. Move away and call 999.',
          refs: [{ kind: 'flow', id: 'england-wales/call-999' }],
        },
        {
          text: 'Finish your round, then email your manager about it at the end of the day.',
          feedback:
            'Someone who is hurt and locked in may be in danger now, and that cannot wait. Call 999 first, then tell your manager or safeguarding lead.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
      ],
    },
    {
      id: 'someone-answers-for-her',
      title: 'Someone answers for her',
      situation:
        'A young woman comes to your counter with a man. He answers every question for her and holds her ID and her phone. She looks at him before she says anything, and she seems scared.',
      question: 'You want to know if she is all right. What do you do?',
      choices: [
        {
          text: 'Ask the man to translate a question for her: is anyone forcing her to do anything?',
          feedback:
            'He may be the person who controls her, and he may change what is said. She will not feel free to answer. Never ask the person with her to interpret.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Tell the man that you are worried she is being trafficked, and ask him to explain.',
          feedback:
            'If he is involved, he may move, hide or punish her, and the chance to help may be lost. Keep your concern from him.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Ask her for her passport or visa, to check who she is.',
          feedback:
            'Questions about documents or immigration can frighten her and make her stop talking. Start by saying that you are there to help.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'If it is safe, find a way to speak to her alone. Use a trusted interpreter if she needs one. Tell your safeguarding lead what you saw.',
          best: true,
          feedback:
            'Away from him, she may feel safe enough to talk. Someone who speaks for her and keeps her ID is a reason to ask more, not proof. Your safeguarding lead can help you decide what to do next.',
          refs: [
            { kind: 'indicator', id: 'general-someone-speaks-for-them' },
            { kind: 'indicator', id: 'general-documents-held-by-others' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
      ],
    },
    {
      id: 'nanny-tells-you',
      title: 'A nanny tells you her story',
      situation:
        'A young woman often brings a family’s children to the place where you work. Today, alone with you, she starts to cry. She says she works from early morning to late at night for no pay, sleeps on the kitchen floor, and the family keeps her passport. She asks you not to tell anyone.',
      question: 'What do you say and do?',
      choices: [
        {
          text: 'Promise to keep it a secret, so that she keeps trusting you.',
          feedback:
            'To get her help, you will need to tell your safeguarding lead. So this is a promise you cannot keep, and a broken promise can destroy trust. Be honest about who you will tell.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
        {
          text: 'Ask her for every detail now: names, dates and the address, so that nothing is missed.',
          feedback:
            'Pushing her for details can make her trauma worse and make her stop talking. Let her decide what to share, and go at her speed.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Listen, take her seriously and let her lead. Explain that you need to tell your safeguarding lead to get her help, and that only people who need to know will hear.',
          best: true,
          feedback:
            'Being believed helps her to trust you. Being honest about who you will tell keeps that trust. A kept passport and no pay are serious signs, so share them with your safeguarding lead today.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
            { kind: 'indicator', id: 'general-documents-held-by-others' },
            { kind: 'indicator', id: 'general-pay-withheld' },
          ],
        },
        {
          text: 'Promise her a safe place to stay tonight.',
          feedback:
            'You cannot be sure that this will happen. If the promise is broken, she may not ask for help again. Tell her you will try to get help, and tell your safeguarding lead.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
      ],
    },
    {
      id: 'driver-says-no',
      title: 'He says no to help',
      situation:
        'A driver who delivers to your workplace tells you that his boss keeps his passport and most of his pay. He sleeps at the depot. You offer to get him help, but he says no. He is afraid of what his boss will do.',
      question: 'What do you do now?',
      choices: [
        {
          text: 'Respect his choice. Tell him that help is there if he changes his mind, and tell your safeguarding lead, who can ask the helpline for advice.',
          best: true,
          feedback:
            'An adult decides whether to be referred for support. You can still get advice, without giving his name, on how to keep him safe. Keep the door open for him. If you work for the police or a council in England or Wales, your organisation must also tell the Home Office, without naming him.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent-info' },
            { kind: 'flow', id: 'england-wales/helpline-advice' },
            { kind: 'flow', id: 'england-wales/public-authority' },
            { kind: 'indicator', id: 'general-documents-held-by-others' },
          ],
        },
        {
          text: 'Ask for him to be referred to the National Referral Mechanism anyway. It is for his own good.',
          feedback:
            'An adult is referred to the National Referral Mechanism only if they agree to it. Respect his choice, and ask the helpline or your safeguarding lead for advice.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Ask him again every day until he agrees to get help.',
          feedback:
            'Pushing him takes away his control and can make him stop trusting you. Let him lead, and tell him how to get help when he is ready.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Forget about it: he said no, so there is nothing more you can do.',
          feedback:
            'There is still something you can do. Tell your safeguarding lead, get advice from the helpline, and make sure he knows where help is.',
          refs: [{ kind: 'flow', id: 'england-wales/helpline-advice' }],
        },
      ],
    },
  ],
  remember: [
    'A sign is a reason to ask more and to share your concern. It is not proof, and you do not need proof.',
    'If anyone is in danger now, call 999. Do not confront anyone you think is controlling the person.',
    'If no one is in danger now, tell your safeguarding lead. You can also ask the Modern Slavery & Exploitation Helpline for advice.',
    'If it is safe, speak to the person alone. Use a trusted interpreter, never the person who came with them.',
    'A child cannot agree to being exploited, and a child’s referral needs no consent. An adult decides whether to be referred.',
  ],
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
