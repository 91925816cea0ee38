/**
 * The dataset's referral flows, each loaded alone: a flowchart loads the flow it shows (and the
 * flow of its region, which stands in for one that cannot be shown). In the data's order
 * (`referralFlows` of `@ctkit/data/referral`; chunks.test.ts holds them to it).
 */
import { msg } from '@lit/localize';
import { items, preloaded } from '../internal/chunks.js';
import { known, type Region } from '../internal/region.js';

export const flows = items(
  'referral',
  {
    'england-wales': () => import('@ctkit/data/referral/england-wales'),
    scotland: () => import('@ctkit/data/referral/scotland'),
    'northern-ireland': () => import('@ctkit/data/referral/northern-ireland'),
  },
  (module) => module.flow,
  preloaded?.referral.referralFlows.map((flow) => [flow.id, flow] as const),
);

/** The flow serving each region (chunks.test.ts checks each against the flows' `jurisdictions`). */
const byRegion: Readonly<Record<Region, string>> = { england: 'england-wales', wales: 'england-wales', scotland: 'scotland', 'northern-ireland': 'northern-ireland' };

/** The id of the flow serving `region`; empty or unknown: England and Wales. */
export const flowIdFor = (region: unknown): string => (known(region) ? byRegion[region] : 'england-wales');

/** The notice above the region's flow, standing in for one that cannot be shown: it names the nation. */
export function standIn(id: string): string {
  if (id === 'scotland') return msg("This flow's settings could not be used. The national flow for Scotland is shown instead.");
  if (id === 'northern-ireland') return msg("This flow's settings could not be used. The national flow for Northern Ireland is shown instead.");
  return msg("This flow's settings could not be used. The national flow for England and Wales is shown instead.");
}
