import { defineScenarioSet } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * Scenarios for airline and airport staff: cabin crew, check-in and gate staff, airport security
 * and ground staff.
 */
export const scenarioSet = defineScenarioSet({
  id: 'aviation',
  title: 'Practise: airlines and airports',
  summary: 'Situations that cabin crew, check-in, gate, security and ground staff could meet. Choose what you would do, and see why. The steps follow the rules in England and Wales.',
  scenarios: [
    {
      id: 'passport-held-at-check-in',
      title: 'A passport held by someone else',
      situation:
        'A young woman and an older man come to your check-in desk. He holds both passports and answers every question for her. When you ask her a question, she looks at him first. She says she has a job in a bar, but does not know the name of the town.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Tell the man you are worried about her, and ask him to explain.',
          feedback:
            'If he controls her, he may hide her or punish her, and the chance to help may be lost. Keep your concern away from him, and get the police before she boards.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Stay calm and say nothing to him about your concern. Act at once, before they board: follow your airline’s procedure to get the police, or call 999.',
          best: true,
          feedback:
            'She is about to be moved, so treat it as danger now. The police need to know before she boards. Keep your concern from him, and tell your safeguarding lead once the police know.',
          refs: [
            { kind: 'indicator', id: 'aviation-companion-holds-documents' },
            { kind: 'indicator', id: 'aviation-companion-answers-for-passenger' },
            { kind: 'indicator', id: 'aviation-does-not-know-destination' },
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
        {
          text: 'Ask her, in front of him, if she is being forced to go.',
          feedback:
            'She is unlikely to answer freely while he can hear, and the question could put her in danger. Get the police before she boards, without him knowing.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Do nothing: she is an adult, and she says she has a job.',
          feedback:
            'You do not need proof. Someone else holding her passport, and not knowing where she will work, are signs to take seriously. She is about to be moved, so get the police before she boards.',
          refs: [
            { kind: 'indicator', id: 'aviation-companion-holds-documents' },
            { kind: 'indicator', id: 'aviation-does-not-know-destination' },
          ],
        },
      ],
    },
    {
      id: 'child-with-uncle-at-gate',
      title: 'A child with an ‘uncle’',
      situation:
        'At the gate, a girl who looks about fourteen is travelling with a man. He says he is her uncle, but he cannot tell you her birthday or her school. She keeps her eyes down and lets him answer for her. She looks frightened when he takes her arm.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Tell the man you think something is wrong, and ask him to explain.',
          feedback:
            'This warns him that you are worried, and he may hide her or punish her. Get the police at once instead, without him knowing.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Ask the girl if she wants you to get help, and act only if she says yes.',
          feedback:
            'She may be a child, and a child cannot agree to being exploited. You do not need her consent to get help for her. Get the police now, before she boards.',
          refs: [
            { kind: 'flow', id: 'england-wales/child' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Let them board: he may just not know her very well.',
          feedback:
            'You do not need proof. An adult who cannot answer simple questions about a child, and a child who seems afraid of him, are reasons to act. Get the police before she boards.',
          refs: [
            { kind: 'indicator', id: 'aviation-child-with-unrelated-adult' },
            { kind: 'indicator', id: 'aviation-child-afraid-of-adult' },
          ],
        },
        {
          text: 'Treat her as a child at risk, and do not wait. Say nothing to the man. Before they board, follow your airline’s procedure to get the police, or call 999.',
          best: true,
          feedback:
            'If she may be under 18, treat her as a child. No consent is needed to get her help. She is about to be moved, so the police need to know before she boards. Then tell your safeguarding lead.',
          refs: [
            { kind: 'indicator', id: 'aviation-child-with-unrelated-adult' },
            { kind: 'indicator', id: 'aviation-child-afraid-of-adult' },
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/age' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
      ],
    },
    {
      id: 'plea-for-help-at-gate',
      title: 'A quiet plea for help',
      situation:
        'Boarding is about to close. A young man travelling with two older men asks to use the toilet. On the way, he whispers to you that they took his phone and are taking him to work for no pay. He says he wants to go home and is scared of them.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Keep him away from the two men if you can do it safely. Call 999 now, or ask a colleague to call.',
          best: true,
          feedback:
            'He is afraid and about to be moved, so he may be in immediate danger. Call 999 first. Then follow your airline’s procedure and tell your safeguarding lead.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
        {
          text: 'Go to the two men and tell them he will not fly until the police come.',
          feedback:
            'Confronting the men could put him, you and others at risk. Do not confront them: call 999, and keep him away from them if it is safe.',
          refs: [{ kind: 'flow', id: 'england-wales/call-999' }],
        },
        {
          text: 'Tell him not to worry, and promise that you will get him home.',
          feedback:
            'You cannot be sure this will happen, and a broken promise can destroy his trust. Take what he tells you seriously, and call 999.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Let him board, and email your safeguarding lead after your shift.',
          feedback:
            'He may be in danger now, and once he is moved the chance to help may be lost. Call 999 first, then tell your safeguarding lead.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
      ],
    },
    {
      id: 'cleaner-tells-you-about-her-job',
      title: 'A cleaner tells you about her job',
      situation:
        'A cleaner who works for a contractor at the airport often looks exhausted. One night she tells you she works every day and sleeps in a crowded house with other cleaners. Her boss keeps most of her pay for a debt that never gets smaller. She asks you what she can do.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Ask her to tell you everything, with names and dates, so that you have proof.',
          feedback:
            'Pushing for details can upset her and make her stop talking, and you do not need proof. Let her lead, and let her decide what to share.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Tell her it is only a problem about pay, and that she should ask an employment adviser.',
          feedback:
            'A debt she cannot pay off, pay kept by her boss and a crowded house are signs of exploitation, not only a pay problem. Listen, and tell your safeguarding lead.',
          refs: [
            { kind: 'indicator', id: 'general-debt-cannot-repay' },
            { kind: 'indicator', id: 'general-pay-withheld' },
            { kind: 'indicator', id: 'general-poor-living-conditions' },
            { kind: 'flow', id: 'england-wales/work-rights' },
          ],
        },
        {
          text: 'Listen, and take what she tells you seriously. Explain what help there is, and ask what she wants. Then tell your safeguarding lead.',
          best: true,
          feedback:
            'Being believed helps her to trust you. She is an adult, so an NRM referral needs her consent. Your safeguarding lead can contact the police or the helpline, who can refer her if she agrees.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'flow', id: 'england-wales/consent-info' },
            { kind: 'flow', id: 'england-wales/contact-first-responder' },
          ],
        },
        {
          text: 'Promise her that you will find her a new job and a safe place to live.',
          feedback:
            'You cannot be sure this will happen. A broken promise can destroy trust, and she may not ask for help again. Tell her honestly what you can do.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
      ],
    },
    {
      id: 'passenger-says-no',
      title: 'A passenger who says no',
      situation:
        'On a flight to the UK, a woman looks after a family’s children the whole time and eats nothing. In the galley, she tells you she cooks and cleans for them every day without pay. They keep her passport. She begs you not to tell anyone, because she is afraid of being sent home.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Promise her that you will not tell anyone.',
          feedback:
            'You may need to tell your safeguarding lead, so you may not be able to keep this promise. A broken promise can destroy trust. Do not promise what you cannot keep.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
        {
          text: 'Tell the children’s parents what she said, so that they can sort it out.',
          feedback:
            'If the family controls her, they may punish her or move her, and the chance to help may be lost. Do not raise your concern with them.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Ask for her to be referred to the NRM anyway, for her own good.',
          feedback:
            'An adult is referred to the NRM only if they agree. Acting against her wishes can break her trust. Respect her choice, and tell her how to get help later.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent-info' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Respect her choice about a referral. Be honest that you must follow your airline’s procedure and tell your safeguarding lead. Tell her she can call the Modern Slavery & Exploitation Helpline, day or night, if she changes her mind.',
          best: true,
          feedback:
            'She is an adult, so she decides whether to be referred. Being honest about who you will tell keeps her trust. She now knows where to turn later. Your safeguarding lead can get advice, and share it only with people who need to know.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent' },
            { kind: 'flow', id: 'england-wales/helpline-advice' },
            { kind: 'indicator', id: 'general-documents-held-by-others' },
          ],
        },
      ],
    },
    {
      id: 'companion-offers-to-interpret',
      title: 'An offer to interpret',
      situation:
        'A woman comes to the airport information desk for help. She has a bruise on her arm and speaks little English. A man with her says he will interpret, and tells you she fell. She looks at him before every answer.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Accept his help, because he speaks both languages.',
          feedback:
            'He may be the person who controls her, or he may change what she says. Never ask someone who came with her to interpret. Use a trusted interpreter instead.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'aviation-companion-answers-for-passenger' },
          ],
        },
        {
          text: 'If it is safe, speak with her away from him, with a trusted interpreter. Tell your safeguarding lead what you have seen.',
          best: true,
          feedback:
            'She may not speak freely while he can hear. A trusted interpreter helps you understand what she means. If she may be in danger now, call 999.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'aviation-visible-injuries' },
            { kind: 'indicator', id: 'aviation-companion-answers-for-passenger' },
          ],
        },
        {
          text: 'Ask her first about her passport and visa, to check that she has the right to be here.',
          feedback:
            'Starting with documents or immigration can frighten her and make her stop talking. If you speak with her, start by saying that you are there to help.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Ask her, in front of him, whether he hurt her.',
          feedback:
            'She is unlikely to answer freely while he can hear, and the question could put her in danger. Speak with her away from him, if it is safe.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
      ],
    },
  ],
  remember: [
    'A sign is a reason to ask more and to share your concern. It is not proof, and you do not need proof.',
    'If anyone is in danger now, or about to be moved, call 999.',
    'If no one is in danger now, follow your airline’s procedure and tell your safeguarding lead. Or call the Modern Slavery & Exploitation Helpline for advice.',
    'Do not raise your concern with anyone who may be in control. If it is safe, speak with the person alone, with a trusted interpreter.',
    'A child cannot agree to being exploited, so no consent is needed to get them help. An adult decides whether to be referred to the NRM.',
  ],
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
