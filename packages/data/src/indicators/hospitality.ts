import { defineSet } from './define-set.js';
import { dhs, homeOffice, ilo, unodc } from './sources.js';

/**
 * Signs to look for: hotels and hospitality.
 */
export const indicatorSet = defineSet({
  id: 'hospitality',
  title: 'Signs to look for: hotels and hospitality',
  summary:
    'Signs that front desk, housekeeping and other hotel staff may notice, to use with the general list. A sign is a reason to ask more and to share your concern, not proof.',
  credits: [dhs, unodc, ilo, homeOffice],
  categories: {
    psychological: [
      {
        id: 'hospitality-guest-never-alone',
        text: 'A guest is never alone, and another person always answers the door or speaks for them.',
        credits: ['dhs-blue-campaign', 'unodc-indicators'],
      },
      {
        id: 'hospitality-guest-seems-afraid',
        text: 'A guest seems afraid, confused or controlled, and avoids contact with staff.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
    ],
    situational: [
      {
        id: 'hospitality-cash-payments-short-stays',
        text: 'A room is paid for in cash, one night at a time, and the stay is extended again and again.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-little-luggage-long-stay',
        text: 'Guests stay for a long time but have little or no luggage.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-many-visitors-one-room',
        text: 'Many different visitors go to one room, at all hours, and each stays only a short time.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-more-people-than-booked',
        text: 'More people use a room than were booked, or there are signs that many people sleep there.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-cleaning-refused',
        text: 'A guest refuses room cleaning for several days, or leaves the ‘do not disturb’ sign on all the time.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-guest-does-not-know-where',
        text: 'A guest does not know which hotel, town or area they are in.',
        credits: ['unodc-indicators'],
      },
    ],
    'work-and-pay': [
      {
        id: 'hospitality-workers-pay-taken',
        text: 'Agency or contract workers say that someone else takes their pay, or that they owe money for the job.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators'],
      },
      {
        id: 'hospitality-workers-transported-together',
        text: 'Workers are dropped off and collected together by the same driver, very early or very late.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'hospitality-workers-housed-by-employer',
        text: 'Workers live in housing that their employer or agency controls, and rarely go anywhere else.',
        credits: ['unodc-indicators', 'ilo-forced-labour-indicators'],
      },
      {
        id: 'hospitality-workers-lack-kit-or-training',
        text: 'Some workers lack the training, uniform or safety equipment that others doing the same job have.',
        credits: ['unodc-indicators'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'hospitality-one-guest-holds-ids',
        text: 'One person checks in for a group and keeps everyone’s identity documents.',
        credits: ['unodc-indicators'],
      },
    ],
    children: [
      {
        id: 'hospitality-young-person-with-adult-guest',
        text: 'A young person stays with, or visits, an adult guest who is not their parent, and seems afraid of them or controlled by them.',
        credits: ['dhs-blue-campaign', 'unodc-indicators'],
      },
    ],
  },
});
