/**
 * On the server (`node` condition of `#server-preload`) every chunk of `internal/chunks.ts` is
 * loaded up front: server rendering is synchronous, so an element must find any contact,
 * indicator set, guidance topic, referral flow, scenario set or poster, or check a custom one, at
 * once; and the dataset's text in every locale is registered.
 */
import * as contacts from '@ctkit/data/contacts';
import * as guidance from '@ctkit/data/guidance';
import * as indicators from '@ctkit/data/indicators';
import * as referral from '@ctkit/data/referral';
import * as scenarios from '@ctkit/data/scenarios';
import * as posters from '@ctkit/data/posters';
import * as qr from 'lean-qr/nano';
import * as validate from '@ctkit/data/validate';
import { translations as ar } from '@ctkit/data/translations/ar';
import { translations as cy } from '@ctkit/data/translations/cy';
import { translations as pl } from '@ctkit/data/translations/pl';
import { translations as ro } from '@ctkit/data/translations/ro';
import { translations as sq } from '@ctkit/data/translations/sq';
import { translations as vi } from '@ctkit/data/translations/vi';
import { addDataTranslations } from './locale.js';

// The dataset's text in every locale, at once: a server renders in any of them, and a poster in
// a language of its own, whatever the page's.
for (const [locale, table] of Object.entries({ ar, cy, pl, ro, sq, vi })) addDataTranslations(locale, table);

export interface Preload {
  contacts: typeof contacts;
  validate: typeof validate;
  indicators: typeof indicators;
  guidance: typeof guidance;
  referral: typeof referral;
  scenarios: typeof scenarios;
  posters: typeof posters;
  qr: typeof qr;
}

export const serverPreload: Preload | undefined = { contacts, validate, indicators, guidance, referral, scenarios, posters, qr };
