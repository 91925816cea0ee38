import { defineSet } from './define-set.js';
import { dhs, homeOffice, unodc } from './sources.js';

/**
 * Signs to look for: schools.
 */
export const indicatorSet = defineSet({
  id: 'education',
  aboutChildren: true,
  title: 'Signs to look for: schools',
  summary:
    'Signs that teachers and school staff may notice in a pupil, to use with the general list. A sign is a reason to ask more and to tell your designated safeguarding lead, not proof.',
  credits: [homeOffice, unodc, dhs],
  categories: {
    physical: [
      {
        id: 'education-unexplained-injuries',
        text: 'A pupil has injuries they cannot or will not explain.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
      {
        id: 'education-often-tired-or-hungry',
        text: 'A pupil often arrives very tired or hungry, or not dressed for the weather.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
    psychological: [
      {
        id: 'education-sudden-change-in-behaviour',
        text: 'A pupil’s behaviour, mood or school work changes suddenly, for example they become angry, withdrawn or secretive.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
      {
        id: 'education-afraid-of-adult',
        text: 'A pupil seems afraid to go home, or afraid of an adult who is linked to them.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
    ],
    situational: [
      {
        id: 'education-carer-is-not-parent',
        text: 'The adult who looks after the pupil is not their parent, and cannot give basic facts about them.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'education-housework-eats-apart',
        text: 'A pupil says they do most of the housework or childcare at home, or eat apart from the family they live with.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'education-older-friends',
        text: 'A pupil has new, older friends or an older boyfriend or girlfriend, who may meet them from school.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'education-unexplained-money-or-gifts',
        text: 'A pupil has money, new clothes, phones or other gifts that they cannot explain.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
    'work-and-pay': [
      {
        id: 'education-working-outside-school',
        text: 'A pupil seems to work long hours outside school, or talks about a debt they must pay back.',
        credits: ['unodc-indicators'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'education-missing-or-absent',
        text: 'A pupil is often absent, goes missing, or stops coming to school with no clear reason.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
      {
        id: 'education-found-far-from-home',
        text: 'A pupil is found far from home, in places they have no link with.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
  },
});
