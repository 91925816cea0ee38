/**
 * On the server (`node` condition of `#server-preload`) every chunk of `internal/chunks.ts` is
 * loaded up front: server rendering is synchronous, so an element must find any contact,
 * indicator set, guidance topic, referral flow or scenario set, or check a custom one, at once.
 */
import * as contacts from '@ctkit/data/contacts';
import * as guidance from '@ctkit/data/guidance';
import * as indicators from '@ctkit/data/indicators';
import * as referral from '@ctkit/data/referral';
import * as scenarios from '@ctkit/data/scenarios';
import * as posters from '@ctkit/data/posters';
import * as qr from 'lean-qr/nano';
import * as validate from '@ctkit/data/validate';

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
