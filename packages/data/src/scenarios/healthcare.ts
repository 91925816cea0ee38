import { defineScenarioSet } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * Scenarios for healthcare staff: GP receptionists, nurses, A&E staff, dentists, maternity and
 * pharmacy. A child sent far from home, a patient who is never seen alone, a patient whose age is
 * in doubt, a disclosure, a patient in danger now, and an adult who says no to a referral.
 */
export const scenarioSet = defineScenarioSet({
  id: 'healthcare',
  title: 'Practise: healthcare',
  summary:
    'Situations that GP receptionists, nurses, A&E, dental, maternity and pharmacy staff could meet. Choose what you would do, and see why. The steps follow the rules in England and Wales.',
  scenarios: [
    {
      id: 'boy-far-from-home-ae',
      title: 'A boy far from home in A&E',
      situation:
        'Late at night, a boy of about 15 comes to A&E alone with a cut hand. His home is in a city far away, and he cannot give the address where he is staying. His phone rings again and again. He says he must answer it or he will be in trouble.',
      question: 'What do you do?',
      choices: [
        {
          text: 'Treat the cut and let him go. He is not badly hurt and says he does not want help.',
          feedback:
            'A child sent far from home, with a phone he must always answer, may be exploited to sell drugs. A child cannot agree to being exploited. Keep him safe and tell children’s services.',
          refs: [
            { kind: 'indicator', id: 'general-criminal-county-lines' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
        {
          text: 'Ask him who he sells drugs for, and warn him that he could be arrested.',
          feedback:
            'Starting with the law can frighten him and make him stop talking. He may be a victim first. Say that you are there to help, and tell your safeguarding lead.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'general-criminal-county-lines' },
          ],
        },
        {
          text: 'Keep him safe in the department. Tell your safeguarding lead and children’s services now, and call 999 if he is in danger.',
          best: true,
          feedback:
            'He is a child who may be exploited in county lines. Make him safe first, then tell children’s services and your safeguarding lead. His consent is not needed for a referral.',
          refs: [
            { kind: 'flow', id: 'england-wales/child' },
            { kind: 'indicator', id: 'general-criminal-county-lines' },
            { kind: 'indicator', id: 'healthcare-no-gp-or-address' },
          ],
        },
      ],
    },
    {
      id: 'passports-at-gp-reception',
      title: 'New patients at the GP desk',
      situation:
        'At the GP surgery, a man brings three young women to register as new patients. He holds all their passports and fills in their forms for them. They all give the same address as other new patients gave last month.',
      question: 'You work on reception. What do you do?',
      choices: [
        {
          text: 'Deal with them calmly as usual. Then write down what you saw and tell your practice safeguarding lead today.',
          best: true,
          feedback:
            'Someone else holding their papers, and an address many patients share, are signs. They are a reason to share your concern, not proof. Your safeguarding lead can decide the next step.',
          refs: [
            { kind: 'indicator', id: 'healthcare-documents-held' },
            { kind: 'indicator', id: 'healthcare-no-gp-or-address' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
        {
          text: 'Tell the man you cannot help until each woman comes back alone with her own passport.',
          feedback:
            'This may warn the man, and the women may not come back. A visit to a health service is often the first chance to see someone away from the person controlling them. Share your concern instead.',
          refs: [
            { kind: 'flow', id: 'england-wales/health' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
        {
          text: 'Ask the man, in front of the women, why he has their passports.',
          feedback:
            'Do not tell the person with them that you are worried. If he is involved, he may move or punish the women. Write down what you saw and tell your safeguarding lead.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
            { kind: 'indicator', id: 'healthcare-documents-held' },
          ],
        },
      ],
    },
    {
      id: 'antenatal-age-in-doubt',
      title: 'Age in doubt at an antenatal visit',
      situation:
        'A pregnant patient comes to her first antenatal visit at about seven months. The older man with her says she is 19, but she looks much younger. He answers every question for her and will not leave the room.',
      question: 'You are her midwife. What do you do?',
      choices: [
        {
          text: 'Accept that she is 19, as he says, and book her next scan.',
          feedback:
            'She may be under 18, whatever the man says. If you are not sure of her age, treat her as a child until you know, and tell your safeguarding lead.',
          refs: [
            { kind: 'indicator', id: 'healthcare-age-unclear' },
            { kind: 'flow', id: 'england-wales/age' },
          ],
        },
        {
          text: 'Wait until she agrees before you tell anyone about your concern.',
          feedback:
            'If she may be a child, her consent is not needed to refer her. Waiting leaves her at risk. Tell your safeguarding lead and children’s services.',
          refs: [
            { kind: 'flow', id: 'england-wales/child' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Tell the man that you will report him if she is under 18.',
          feedback:
            'Do not confront a person who may be controlling her. He may take her away, and she may not come back. Stay safe and share your concern instead.',
          refs: [
            { kind: 'flow', id: 'england-wales/call-999' },
            { kind: 'guidance', id: 'victim-centred-practice/key-practices' },
          ],
        },
        {
          text: 'Treat her as a child until you know her age. See her alone if it is safe, and tell your safeguarding lead and children’s services today.',
          best: true,
          feedback:
            'A late first visit, a man who speaks for her and a doubt about her age are signs together. A child’s safety comes first, and no consent is needed. Call 999 if she is in danger now.',
          refs: [
            { kind: 'indicator', id: 'healthcare-age-unclear' },
            { kind: 'indicator', id: 'healthcare-late-antenatal-care' },
            { kind: 'indicator', id: 'healthcare-companion-will-not-leave' },
            { kind: 'flow', id: 'england-wales/child' },
          ],
        },
      ],
    },
    {
      id: 'pharmacy-disclosure',
      title: 'A customer tells you her story',
      situation:
        'A woman often buys painkillers at your pharmacy, always with the family she works for. Today she comes in alone. She tells you she cleans their house all day and gets no pay. She says she cannot leave because they keep her passport.',
      question: 'How do you respond?',
      choices: [
        {
          text: 'Ask her for every detail now, with names and dates, so the police have the full story.',
          feedback:
            'Pushing for details can upset her and make her stop. Let her decide what to share, at her own speed. Listen, and ask if she is safe now.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Take her somewhere private. Listen, take what she tells you seriously, and ask if she is safe now. Then get advice from your safeguarding lead or the helpline.',
          best: true,
          feedback:
            'Being believed helps her to trust you. Ask first whether she is in danger: if she is, call 999. If not, you do not have to decide alone: ask for advice.',
          refs: [
            { kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' },
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'indicator', id: 'general-documents-held-by-others' },
            { kind: 'indicator', id: 'general-pay-withheld' },
          ],
        },
        {
          text: 'Promise her a safe place to stay tonight, so she feels able to leave.',
          feedback:
            'Do not promise what you cannot make sure will happen. A broken promise can destroy trust, and she may not ask for help again. Listen, and get advice on what help there is.',
          refs: [{ kind: 'guidance', id: 'victim-centred-practice/listening-and-safety' }],
        },
        {
          text: 'Tell her she must go to the police, or you cannot help her.',
          feedback:
            'Many victims are afraid of the police. A demand like this may make her leave and not come back. Listen first, and explain what help there is, so that she can choose.',
          refs: [
            { kind: 'indicator', id: 'general-afraid-of-authorities' },
            { kind: 'flow', id: 'england-wales/consent-info' },
          ],
        },
      ],
    },
    {
      id: 'clinic-danger-tonight',
      title: 'Someone waiting outside',
      situation:
        'At a sexual health clinic, a woman tells the nurse that she is made to sell sex. She says she will be beaten tonight if she does not earn enough. A man is waiting for her outside, and he keeps calling her phone. She asks for help.',
      question: 'What do you do first?',
      choices: [
        {
          text: 'Keep her in a safe, private room in the clinic and call 999 now. Tell your safeguarding lead once she is safe.',
          best: true,
          feedback:
            'She is under threat and could be hurt tonight: that is danger now. The police can act at once. Stay with her, and do not go near the man.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
            { kind: 'indicator', id: 'general-threatened' },
          ],
        },
        {
          text: 'Go outside and tell the man to leave her alone.',
          feedback:
            'Do not confront someone you think is controlling her. It could put you, her and others in danger. Call 999 and keep her safe inside.',
          refs: [{ kind: 'flow', id: 'england-wales/call-999' }],
        },
        {
          text: 'Write it in her notes and give her the helpline’s details to call when she gets home.',
          feedback:
            'She may be hurt before she can call. When anyone is in danger now, call 999 first. Call the helpline for advice when no one is in danger now.',
          refs: [
            { kind: 'flow', id: 'england-wales/danger' },
            { kind: 'flow', id: 'england-wales/call-999' },
          ],
        },
      ],
    },
    {
      id: 'dental-patient-says-no',
      title: 'A patient who says no',
      situation:
        'A man comes to your dental surgery with an infection he has had for months. He says he works every day at a car wash and sleeps there. His boss keeps most of his pay. When you mention help, he says no: he is afraid of losing his job.',
      question: 'He is an adult and not in danger now. What do you do?',
      choices: [
        {
          text: 'Refer him to the National Referral Mechanism (NRM) anyway. The signs are clear.',
          feedback:
            'An adult is referred to the NRM only if they agree. Only a First Responder can refer. Respect his choice, and get advice on what else you can do.',
          refs: [
            { kind: 'flow', id: 'england-wales/consent' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
        {
          text: 'Accept his answer and tell no one.',
          feedback:
            'His choice about a referral does not stop you getting advice. You can tell your safeguarding lead, and the helpline does not need his name.',
          refs: [
            { kind: 'flow', id: 'england-wales/helpline-advice' },
            { kind: 'guidance', id: 'post-identification-policy/escalation' },
          ],
        },
        {
          text: 'Treat him, and tell him help is still there if he changes his mind. Get advice from your safeguarding lead or the Modern Slavery & Exploitation Helpline.',
          best: true,
          feedback:
            'You respect his choice and keep the door open. Sleeping at work and pay kept by his boss are signs. The helpline can help you keep him safe and decide what else to do.',
          refs: [
            { kind: 'flow', id: 'england-wales/helpline-advice' },
            { kind: 'indicator', id: 'general-pay-withheld' },
            { kind: 'indicator', id: 'general-poor-living-conditions' },
            { kind: 'indicator', id: 'general-untreated-health-problems' },
          ],
        },
        {
          text: 'Tell the Home Office about him through the Duty to Notify.',
          feedback:
            'In England and Wales, the Duty to Notify is for specified public authorities, such as the police and councils. It does not cover NHS staff or businesses. Ask your safeguarding lead or the helpline for advice instead. In Scotland and Northern Ireland, ask your safeguarding lead what applies.',
          refs: [
            { kind: 'flow', id: 'england-wales/public-authority' },
            { kind: 'guidance', id: 'post-identification-policy/national-referral-mechanism' },
          ],
        },
      ],
    },
  ],
  remember: [
    'A sign is a reason to ask more and to share your concern. It is not proof, and you do not need proof.',
    'If anyone is in danger now, call 999.',
    'If no one is in danger now, tell your safeguarding lead. You can also ask the Modern Slavery & Exploitation Helpline for advice.',
    'If you can, see the patient alone, with a trained interpreter. Never ask the person who came with them to interpret.',
    'Treat a patient who may be under 18 as a child: their consent is not needed for a referral. An adult decides whether to be referred.',
  ],
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
