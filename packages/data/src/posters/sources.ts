// The sources the awareness posters rest on, and when they were last checked against them.
import type { Source } from '../schemas.js';

/** The charity guide whose second strategy area is awareness (it names A21's "Can You See Me?" campaign). */
export const a21Guide: Source = {
  title: 'A21, Developing a counter-trafficking strategy (guide for organisations): awareness',
  url: 'https://www.a21.org/',
};

/** Home Office statutory guidance: the signs the posters' statements and signs restate. */
export const statutoryGuidance: Source = {
  title:
    'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and non-statutory guidance for Scotland and Northern Ireland',
  url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
  licence: 'OGL-3.0',
};

/** The helpline's own account of a call: free, confidential, day and night, interpreters, no name needed. */
export const helplineCall: Source = {
  title: 'Modern Slavery & Exploitation Helpline (Unseen): what happens when you call the helpline',
  url: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
};

/** When the posters were last checked against their sources and the records they name. */
export const verifiedOn = '2026-12-05';
