import { defineSet } from './define-set.js';
import { collegeOfPolicing, homeOffice, ilo, unodc } from './sources.js';

/**
 * Signs to look for: police.
 */
export const indicatorSet = defineSet({
  id: 'law-enforcement',
  title: 'Signs to look for: police',
  summary:
    'Signs that police officers may notice at a scene, a stop or in custody, to use with the general list. A sign is a reason to ask more, not proof; a victim may not see themselves as one, and may have been forced to commit a crime.',
  credits: [collegeOfPolicing, homeOffice, unodc, ilo],
  categories: {
    physical: [
      {
        id: 'law-enforcement-injuries-or-marks',
        text: 'The person has injuries, or marks such as tattoos that may show that someone claims to own or control them.',
        credits: ['unodc-indicators', 'home-office-statutory-guidance'],
      },
    ],
    psychological: [
      {
        id: 'law-enforcement-rehearsed-accounts',
        text: 'Several people give the same rehearsed account, or one person speaks for them all.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'law-enforcement-fears-police-more',
        text: 'The person fears the police or immigration action more than the people who control them, often because of what they were told.',
        credits: ['unodc-indicators', 'college-of-policing-app'],
      },
    ],
    situational: [
      {
        id: 'law-enforcement-crime-controlled-by-others',
        text: 'A person found committing a crime, such as cannabis growing, drug dealing, theft or begging, seems to act for others who control them and take the profit.',
        credits: ['college-of-policing-app', 'unodc-indicators'],
      },
      {
        id: 'law-enforcement-living-at-workplace',
        text: 'People are found living where they work, locked in, or unable to leave the site.',
        credits: ['unodc-indicators', 'ilo-forced-labour-indicators'],
      },
      {
        id: 'law-enforcement-many-at-one-address',
        text: 'Many unrelated people are found at one address, with mattresses in most rooms.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'law-enforcement-vehicles-moving-workers',
        text: 'Vehicles regularly move groups of workers at unusual hours.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
    'work-and-pay': [
      {
        id: 'law-enforcement-money-controlled',
        text: 'Someone else controls the person’s bank card, wages or benefits.',
        credits: ['ilo-forced-labour-indicators', 'home-office-statutory-guidance'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'law-enforcement-holds-others-documents',
        text: 'Someone is found holding identity documents or bank cards that belong to other people.',
        credits: ['unodc-indicators', 'ilo-forced-labour-indicators'],
      },
    ],
    children: [
      {
        id: 'law-enforcement-child-repeatedly-missing',
        text: 'A child is reported missing again and again, and is found far from home or with older people.',
        credits: ['college-of-policing-app', 'home-office-statutory-guidance'],
      },
      {
        id: 'law-enforcement-child-drugs-cash-phones',
        text: 'A child is found with drugs, a lot of cash or more than one phone, often far from home.',
        credits: ['home-office-statutory-guidance', 'college-of-policing-app'],
      },
    ],
  },
});
