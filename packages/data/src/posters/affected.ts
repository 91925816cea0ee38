import { definePoster } from '../define.js';
import { a21Guide, helplineCall, statutoryGuidance, verifiedOn } from './sources.js';

/**
 * The poster for a person who may be trafficked: in the second person and plain words, what may
 * be happening to them (each statement restating signs of the dataset), then that help is there.
 * Never "you are a victim". Each reassurance line is true of the helpline's record (free,
 * confidential, day and night, interpreters, no name needed); the number comes from the record.
 */
export const poster = definePoster({
  id: 'affected',
  audience: 'affected',
  title: 'Is someone controlling your work or your life?',
  statements: [
    { text: 'Someone keeps your passport or ID.', indicators: ['general-documents-held-by-others', 'aviation-companion-holds-documents', 'healthcare-documents-held'] },
    { text: 'You owe money that you cannot pay back.', indicators: ['general-debt-cannot-repay', 'aviation-job-abroad-paid-by-others', 'hospitality-workers-pay-taken'] },
    { text: 'You cannot leave your work or your home when you want to.', indicators: ['general-movement-controlled', 'law-enforcement-living-at-workplace'] },
    { text: 'You get little or no pay, or someone takes your money.', indicators: ['general-pay-withheld', 'law-enforcement-money-controlled', 'hospitality-workers-pay-taken'] },
    { text: 'Someone hurts you, or says they will hurt you.', indicators: ['general-threatened', 'general-criminal-threats-if-they-stop', 'general-unexplained-injuries'] },
    { text: 'You are afraid of what will happen to your family.', indicators: ['general-threatened', 'general-criminal-threats-if-they-stop'] },
    { text: 'Someone tells you not to talk to anyone, or not to go to the police.', indicators: ['general-criminal-threats-if-they-stop', 'law-enforcement-fears-police-more', 'general-afraid-of-authorities', 'general-isolated'] },
  ],
  reassurance: [
    'You are not alone.',
    'Calls are free and confidential.',
    'You can call day or night, every day.',
    'The helpline can get an interpreter for you.',
    'You do not have to give your name.',
  ],
  action: 'You can talk to someone now. Call the Modern Slavery & Exploitation Helpline.',
  danger: 'If you are in danger now, call 999.',
  nothingRecorded: 'This poster does not save or send what you read. But your browser history may still show this page.',
  source: helplineCall,
  credits: [statutoryGuidance, a21Guide],
  verifiedOn,
});
