import { defineSet } from './define-set.js';
import { iata, icao, unodc } from './sources.js';

/**
 * Signs to look for: airlines and airports.
 */
export const indicatorSet = defineSet({
  id: 'aviation',
  title: 'Signs to look for: airlines and airports',
  summary:
    'Signs that cabin crew, gate and check-in staff may notice, to use with the general list. A sign is a reason to ask more and to follow your airline’s procedure, not proof.',
  credits: [icao, iata, unodc],
  categories: {
    physical: [
      {
        id: 'aviation-visible-injuries',
        text: 'The passenger has visible injuries or other signs of physical abuse.',
        credits: ['icao-circular-352'],
      },
    ],
    psychological: [
      {
        id: 'aviation-companion-answers-for-passenger',
        text: 'A fellow traveller answers every question for the passenger, or will not let them talk to staff alone.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-companion-watches-closely',
        text: 'A fellow traveller watches the passenger closely and does not leave them alone.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-passenger-afraid-or-confused',
        text: 'The passenger seems afraid, confused or unusually drowsy, and does not want to talk.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-rehearsed-answers',
        text: 'Answers about the trip sound rehearsed, or do not match what the fellow traveller says.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
    ],
    situational: [
      {
        id: 'aviation-luggage-or-clothes-do-not-fit-trip',
        text: 'Their clothes or luggage do not fit the trip, such as no bag for a long stay or clothes not suited to the weather where they are going.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
    ],
    'work-and-pay': [
      {
        id: 'aviation-job-abroad-paid-by-others',
        text: 'The passenger says that someone they hardly know arranged and paid for the trip for a job abroad, and they must pay it back.',
        credits: ['unodc-indicators'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'aviation-companion-holds-documents',
        text: 'Another person holds the passenger’s passport or boarding pass and will not let them keep it.',
        credits: ['icao-circular-352', 'iata-eyes-open', 'unodc-indicators'],
      },
      {
        id: 'aviation-does-not-know-destination',
        text: 'The passenger does not know where they are going, who will meet them or what they will do there.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-group-with-one-leader',
        text: 'A group travels with one person who holds all the documents and does all the talking.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
    ],
    children: [
      {
        id: 'aviation-child-with-unrelated-adult',
        text: 'A child travels with an adult who does not seem to be a parent or guardian, or who cannot answer simple questions about the child.',
        credits: ['icao-circular-352', 'iata-eyes-open', 'unodc-indicators'],
      },
      {
        id: 'aviation-child-afraid-of-adult',
        text: 'A child seems afraid of the adult they travel with, or is not allowed to speak for themselves.',
        credits: ['icao-circular-352', 'unodc-indicators'],
      },
    ],
  },
});
