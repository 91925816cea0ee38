// Lists records whose facts were last checked more than 12 months ago, and fails when any is
// older than 18 months: a stale number is the worst bug this kit can ship.
// Usage: node scripts/check-freshness.mjs [--today YYYY-MM-DD]
import { contacts, guidance, indicatorSets, referralFlows, scenarioSets, awarenessPosters } from '../packages/data/dist/index.js';

const at = process.argv.indexOf('--today');
const today = at > 0 ? new Date(`${process.argv[at + 1]}T00:00:00Z`) : new Date();
const monthsSince = (iso) => {
  const then = new Date(`${iso}T00:00:00Z`);
  return (today.getUTCFullYear() - then.getUTCFullYear()) * 12 + (today.getUTCMonth() - then.getUTCMonth()) - (today.getUTCDate() < then.getUTCDate() ? 1 : 0);
};

const records = [
  ...contacts.map((r) => ({ kind: 'contact', ...r })),
  ...indicatorSets.map((r) => ({ kind: 'indicator set', ...r })),
  ...guidance.map((r) => ({ kind: 'guidance topic', ...r })),
  ...referralFlows.map((r) => ({ kind: 'referral flow', ...r })),
  ...scenarioSets.map((r) => ({ kind: 'scenario set', ...r })),
  ...awarenessPosters.map((r) => ({ kind: 'awareness poster', ...r })),
  // A flow's steps with sources of their own are dated on their own.
  ...referralFlows.flatMap((flow) =>
    flow.nodes.filter((node) => node.verifiedOn).map((node) => ({ kind: 'referral step', ...node, id: `${flow.id} ${node.id}`, source: node.sources[0] })),
  ),
];
const stale = records.map((r) => ({ ...r, age: monthsSince(r.verifiedOn) })).filter((r) => r.age >= 12);
for (const r of stale) {
  const level = r.age >= 18 ? 'EXPIRED' : 'due';
  console.log(`${level.padEnd(7)} ${r.kind} ${r.id}: checked ${r.verifiedOn} (${r.age} months ago) against ${r.source.url}`);
}
const expired = stale.filter((r) => r.age >= 18);
console.log(`freshness: ${records.length} records, ${stale.length} due for a check (12+ months), ${expired.length} expired (18+ months)`);
if (expired.length > 0) {
  console.error('Re-check the expired records against their sources, then update verifiedOn.');
  process.exit(1);
}
