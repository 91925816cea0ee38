import { defineScenarioSet } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * Scenarios for police officers, PCSOs and police staff. A man found at a cannabis farm, a child
 * with drugs, cash and phones, a woman who works for a family, an adult who says no to a referral
 * (the Duty to Notify), someone who runs from a house where others are locked in, and a van of
 * workers stopped at dawn.
 */
export const scenarioSet = defineScenarioSet({
  id: 'law-enforcement',
  title: 'Practise: police',
  summary:
    'Situations that police officers, PCSOs and police staff could meet at a scene, a stop or on patrol. Choose what you would do, and see why. The steps follow the rules in England and Wales.',
  scenarios: [
    {
      id: 'cannabis-farm-worker',
      title: 'A man found at a cannabis farm',
      situation:
        'Officers enter a house used to grow cannabis. Inside, a man sleeps on a mattress next to the plants. The door was locked from the outside. He says he must work to pay back a debt for his journey.',
      question: 'What should your first approach be?',
      choices: [
        {
          text: 'Treat him only as a suspect, and start by asking about the offence.',
          feedback:
            'He may be a victim first, forced to commit the crime by people who control him. Starting with the law can frighten him into silence. Make him safe and say you are there to help.',
          refs: [
            { kind: 'indicator', id: 'law-enforcement-crime-controlled-by-others' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
        {
          text: 'Ask another man found at the house to interpret for him.',
          feedback:
            'The other man may be one of the people who control him, or may change what is said. Use a trusted interpreter who also understands his culture.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Treat him as a possible victim. Make sure he is safe, get a trusted interpreter, and let him tell you about his situation.',
          best: true,
          feedback:
            'Locked in, living at the site and working off a debt are signs that others control him. A sign is not proof, but it is a reason to ask more, calmly and at his speed. If you need to ask about the offence itself, follow the usual rules for questioning a suspect.',
          refs: [
            { kind: 'indicator', id: 'law-enforcement-crime-controlled-by-others' },
            { kind: 'indicator', id: 'law-enforcement-living-at-workplace' },
            { kind: 'indicator', id: 'general-debt-cannot-repay' },
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
          ],
        },
        {
          text: 'Ask him first about his immigration status and his papers.',
          feedback:
            'Questions about papers and status can frighten a victim and make them stop talking. Many fear the police more than the people who control them. Start by saying you are there to help.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'law-enforcement-fears-police-more' },
          ],
        },
      ],
    },
    {
      id: 'child-drugs-cash-phones',
      title: 'A child with drugs, cash and phones',
      situation:
        'Late on a school night, you stop a boy of 14 in a town far from his home. He has three phones, a lot of cash and a small bag of drugs. He has been reported missing several times this year.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Treat him as a child at risk of exploitation. Make him safe, tell children’s services, and make sure he is referred to the National Referral Mechanism (NRM).',
          best: true,
          feedback:
            'A child far from home with drugs, cash and phones, who often goes missing, may be exploited in county lines. The police are First Responders and can refer him. His consent is not needed.',
          refs: [
            { kind: 'indicator', id: 'law-enforcement-child-drugs-cash-phones' },
            { kind: 'indicator', id: 'law-enforcement-child-repeatedly-missing' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Ask him to agree before you refer him to the NRM.',
          feedback:
            'A child cannot agree to being exploited, so a child’s referral does not need consent. Make him safe and refer him.',
          refs: [
            { kind: 'flow', id: 'england-wales/child' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'He does not want help, so make a Duty to Notify report instead of a referral.',
          feedback:
            'The Duty to Notify is never used for a child instead of a referral. A child’s referral does not depend on consent.',
          refs: [
            { kind: 'flow', id: 'england-wales/child' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Deal with the drugs offence only, and take him home.',
          feedback:
            'He may be a victim first, made to sell drugs by people who control him. Going home may not keep him safe. Treat it as a child safeguarding concern and involve children’s services.',
          refs: [
            { kind: 'indicator', id: 'general-criminal-county-lines' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
      ],
    },
    {
      id: 'woman-working-for-family',
      title: 'A woman who works for a family',
      situation:
        'Officers go to a house after a report of shouting. A woman who cooks and cleans for the family sleeps on the kitchen floor. She says very little. The man of the house answers every question for her and says he keeps her passport to keep it safe.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Ask her questions in the kitchen, with the family nearby so that she feels calm.',
          feedback:
            'She cannot speak freely where the people who may control her can hear, and she may be punished later. Speak to her alone first.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Speak to her alone, away from the family. Use a trusted interpreter if needed, and an officer of the same gender where possible.',
          best: true,
          feedback:
            'Someone who speaks for her and keeps her passport, and a bed on the kitchen floor, are signs. Seeing her alone lets her speak freely. Start by saying you are there to help.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'general-someone-speaks-for-them' },
            { kind: 'indicator', id: 'general-documents-held-by-others' },
            { kind: 'indicator', id: 'general-poor-living-conditions' },
          ],
        },
        {
          text: 'Ask the man of the house to interpret for her.',
          feedback:
            'He may be the person controlling her, and he may change what is said. Never ask the person who is with her to interpret. Use a trusted interpreter.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
      ],
    },
    {
      id: 'adult-declines-nrm',
      title: 'An adult who says no to a referral',
      situation:
        'You speak alone with a woman found in a flat where she is made to sell sex. She says others keep her money and she cannot leave. She is now safe. You explain the National Referral Mechanism (NRM) and what help it gives, but she does not want to be referred.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Refer her to the NRM anyway, as the signs are strong.',
          feedback:
            'An adult is referred to the NRM only if they give informed consent. Respect her choice. In England and Wales, the police must still tell the Home Office, without naming her.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Take no further action, as she has said no.',
          feedback:
            'In England and Wales, the police are a specified public authority. When an adult says no, they must still tell the Home Office, without naming her. This is the Duty to Notify. In Scotland and Northern Ireland, ask your safeguarding lead what applies.',
          refs: [
            { kind: 'flow', id: 'england-wales/public-authority' },
            { kind: 'flow', id: 'england-wales/duty-to-notify' },
          ],
        },
        {
          text: 'Make a Duty to Notify report with her name and address, so that she can be found later.',
          feedback:
            'Without her consent, the report must not include anything that could identify her. Tell her instead how she can get help later.',
          refs: [{ kind: 'flow', id: 'england-wales/duty-to-notify' }],
        },
        {
          text: 'Respect her choice. In England and Wales, make a Duty to Notify report that does not identify her. Tell her how to get help if she changes her mind.',
          best: true,
          feedback:
            'She decides whether to be referred, and the report keeps her privacy. The Home Office still learns about the case. Keeping the door open means she can ask for help later. In Scotland and Northern Ireland, ask your safeguarding lead what applies.',
          refs: [
            { kind: 'flow', id: 'england-wales/duty-to-notify' },
            { kind: 'flow', id: 'england-wales/public-authority' },
            { kind: 'indicator', id: 'general-sexual-others-arrange-clients' },
          ],
        },
      ],
    },
    {
      id: 'others-locked-in',
      title: 'Others still locked in',
      situation:
        'On foot patrol, a PCSO is stopped by a young woman who has run from a nearby house. She says she was kept there with others, who are still locked in. She says the men will come looking for her soon.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Take her details, and ask her to come to the station tomorrow to give a statement.',
          feedback:
            'People are locked in, and she may be followed: that is danger now. It cannot wait until tomorrow. Call for urgent help at once.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'indicator', id: 'law-enforcement-living-at-workplace' },
          ],
        },
        {
          text: 'Call for urgent help at once, on your radio or by 999. Stay with her somewhere safe.',
          best: true,
          feedback:
            'Someone is in danger now, so urgent help comes first. Officers can go to the house and act at once. Keep her safe, and do not go to the house alone.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
            { kind: 'indicator', id: 'general-unusual-security' },
          ],
        },
        {
          text: 'Go to the house alone to check on the others.',
          feedback:
            'Do not confront the people you think are controlling them. It could put you, her and the others in danger. Call for urgent help and stay with her.',
          refs: [{ kind: 'flow', id: 'england-wales/call-999' }],
        },
        {
          text: 'Ask to see her identity documents before anything else.',
          feedback:
            'Asking first about documents can frighten her and make her stop talking. Her safety, and the safety of the others, come first.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
          ],
        },
      ],
    },
    {
      id: 'minibus-at-dawn',
      title: 'A minibus of workers at dawn',
      situation:
        'At five in the morning, you stop a minibus carrying twelve workers. The driver holds all their passports and bank cards. The workers look very tired. They give the same short answers, and say they are happy.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Accept their answers, as they all say they are happy, and let the minibus go.',
          feedback:
            'The same rehearsed account from many people, and one man holding their papers and cards, are signs. They are a reason to ask more, away from the driver.',
          refs: [
            { kind: 'indicator', id: 'law-enforcement-rehearsed-accounts' },
            { kind: 'indicator', id: 'law-enforcement-holds-others-documents' },
          ],
        },
        {
          text: 'Ask the driver to interpret for the workers.',
          feedback:
            'The driver may be controlling them, and may change what is said. Speak to the workers away from him, with a trusted interpreter.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }],
        },
        {
          text: 'Speak to the workers away from the driver, one at a time, with a trusted interpreter if needed. Start by saying you are there to help.',
          best: true,
          feedback:
            'Workers moved at unusual hours, with someone else holding their papers and bank cards, are signs. Seeing each person apart lets them speak freely.',
          refs: [
            { kind: 'indicator', id: 'law-enforcement-vehicles-moving-workers' },
            { kind: 'indicator', id: 'law-enforcement-holds-others-documents' },
            { kind: 'indicator', id: 'law-enforcement-money-controlled' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
      ],
    },
  ],
  remember: [
    'A sign is a reason to ask more, not proof. A victim may not see themselves as one, and may have been forced to commit a crime.',
    'If anyone is in danger now, call 999 or call for urgent help.',
    'The police are First Responders: they may refer people to the National Referral Mechanism (NRM). An adult must agree first. A child’s consent is not needed.',
    'In England and Wales, if an adult says no, the police must still tell the Home Office, without naming them. This is the Duty to Notify. In Scotland and Northern Ireland, ask your safeguarding lead what applies.',
    'Not sure what to do? Ask your safeguarding lead, or the Modern Slavery & Exploitation Helpline for advice.',
  ],
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
