import { defineSet } from './define-set.js';
import { dhs, homeOffice, unodc } from './sources.js';

/**
 * Signs to look for: buses, trains, taxis and rideshare.
 */
export const indicatorSet = defineSet({
  id: 'transport',
  title: 'Signs to look for: buses, trains, taxis and rideshare',
  summary:
    'Signs that bus, rail, taxi and rideshare drivers and staff may notice, to use with the general list. A sign is a reason to ask more or to report what you saw, not proof.',
  credits: [homeOffice, unodc, dhs],
  categories: {
    physical: [
      {
        id: 'transport-injured-or-exhausted',
        text: 'A passenger has visible injuries, or looks exhausted or hungry.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
    ],
    psychological: [
      {
        id: 'transport-someone-else-in-charge',
        text: 'Another person pays the fare and gives the directions, and the passenger does not speak.',
        credits: ['dhs-blue-campaign', 'unodc-indicators'],
      },
      {
        id: 'transport-passenger-afraid',
        text: 'A passenger seems frightened, confused or controlled, and will not say why.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
    ],
    situational: [
      {
        id: 'transport-groups-collected-at-odd-hours',
        text: 'Groups of people are picked up or dropped off together, very early or very late, at the same houses or workplaces.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'transport-always-escorted',
        text: 'A passenger is always taken to and from places by another person, and never travels alone.',
        credits: ['unodc-indicators', 'home-office-statutory-guidance'],
      },
      {
        id: 'transport-passenger-does-not-know-address',
        text: 'A passenger does not know where they are going, or the address of where they live or work.',
        credits: ['unodc-indicators'],
      },
    ],
    children: [
      {
        id: 'transport-child-travelling-far-alone',
        text: 'A child travels alone, often far from home, during school hours or late at night.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'transport-child-repeated-journeys',
        text: 'The same child makes the same long journeys again and again, sometimes with a bag or package they guard closely.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'transport-child-with-older-people',
        text: 'A child travels with older people who are not family, and seems afraid of them or controlled by them.',
        credits: ['unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'transport-child-cash-or-phones',
        text: 'A child carries a lot of cash, or more than one phone, and cannot explain why.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
  },
});
