import { defineSet } from './define-set.js';
import { dhsc, homeOffice, unodc } from './sources.js';

/**
 * Signs to look for: healthcare.
 */
export const indicatorSet = defineSet({
  id: 'healthcare',
  title: 'Signs to look for: healthcare',
  summary:
    'Signs that nurses, GPs, A&E and maternity staff may notice, to use with the general list. A sign is a reason to see the patient alone and ask more, not proof; if their age is unclear, treat them as a child.',
  credits: [dhsc, homeOffice, unodc],
  categories: {
    physical: [
      {
        id: 'healthcare-injuries-do-not-fit-account',
        text: 'Injuries do not fit the account given, or old injuries were never treated.',
        credits: ['dhsc-health-staff', 'home-office-statutory-guidance'],
      },
      {
        id: 'healthcare-work-related-injuries',
        text: 'Injuries or illness seem to come from unsafe work, such as cuts, burns, skin damage from chemicals, or back pain.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-repeated-sexual-health-needs',
        text: 'The patient has repeated sexual health problems, pregnancies or terminations, especially if they are young.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-late-antenatal-care',
        text: 'A pregnant patient comes for antenatal care late, or only when they are very unwell.',
        credits: ['dhsc-health-staff'],
      },
    ],
    psychological: [
      {
        id: 'healthcare-companion-speaks-for-patient',
        text: 'Someone with the patient speaks for them, or offers to interpret for them.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-companion-will-not-leave',
        text: 'The person with the patient will not leave the room, so you cannot see the patient alone.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-signs-of-trauma',
        text: 'The patient shows signs of trauma, such as fear, low mood, poor sleep, panic or self-harm.',
        credits: ['dhsc-health-staff', 'home-office-statutory-guidance'],
      },
      {
        id: 'healthcare-afraid-to-give-details',
        text: 'The patient is afraid of what staff will do with their details, or fears being reported.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators'],
      },
    ],
    situational: [
      {
        id: 'healthcare-no-gp-or-address',
        text: 'The patient is not registered with a GP, does not know their address, or gives an address that many other patients also give.',
        credits: ['dhsc-health-staff', 'home-office-statutory-guidance'],
      },
      {
        id: 'healthcare-many-services-missed-follow-up',
        text: 'The patient has been seen at many different clinics or hospitals, or often misses follow-up appointments.',
        credits: ['dhsc-health-staff'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'healthcare-documents-held',
        text: 'The patient has no identity documents, or someone else holds them.',
        credits: ['dhsc-health-staff', 'unodc-indicators'],
      },
    ],
    children: [
      {
        id: 'healthcare-age-unclear',
        text: 'The patient may be under 18, even if they or the person with them say otherwise, so treat them as a child until you know.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-child-with-unrelated-adult',
        text: 'A child is brought in by an adult who is not their parent or guardian and knows little about the child’s health or history.',
        credits: ['dhsc-health-staff', 'unodc-indicators'],
      },
    ],
  },
});
