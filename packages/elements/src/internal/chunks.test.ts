import { expect } from '@open-wc/testing';
import { guidance } from '@ctkit/data/guidance';
import { indicatorSets, sectors } from '@ctkit/data/indicators';
import { load, settled } from './chunks.js';
import { topics } from '../guidance-card/topics.js';
import { datasetSets, sectorIds } from './indicator-sets.js';
import { referralFlows } from '@ctkit/data/referral';
import { flowIdFor, flows } from '../referral-flowchart/flows.js';
import { scenarioSets } from '@ctkit/data/scenarios';
import { scenarioText, sets as scenarioSetItems } from '../training-scenarios/sets.js';
import { awarenessPosters } from '@ctkit/data/posters';
import { posters } from '../awareness-poster/posters.js';

describe('the data elements load on demand (internal/chunks.ts)', () => {
  it("knows every guidance topic and indicator set of the dataset's, in its order", () => {
    expect(topics.ids).to.deep.equal(guidance.map((topic) => topic.id));
    expect(sectorIds).to.deep.equal(sectors.map((sector) => sector.id));
    expect(datasetSets.ids).to.deep.equal(indicatorSets.map((set) => set.sector));
    expect(flows.ids).to.deep.equal(referralFlows.map((flow) => flow.id));
    expect(scenarioSetItems.ids).to.deep.equal(scenarioSets.map((set) => set.id));
    expect(posters.ids).to.deep.equal(awarenessPosters.map((poster) => poster.id));
  });

  it("loads a scenario set alone, and its text in a locale alone, beside the rest of the dataset's", async () => {
    await load(scenarioSetItems.chunk('education'));
    expect(scenarioSetItems.get('education')).to.deep.equal(scenarioSets.find((set) => set.id === 'education'));
    expect(scenarioSetItems.get('transport'), 'another set is not loaded with it').to.equal(undefined);
    expect(settled(scenarioText.chunk('education/cy'))).to.equal(false);
    await load(scenarioText.chunk('education/cy'));
    expect(settled(scenarioText.chunk('education/cy'))).to.equal(true);
    expect(settled(scenarioText.chunk('transport/cy')), "another set's text is not loaded with it").to.equal(false);
    // An id the dataset does not have (your own set's, or a typo) has nothing to wait for.
    expect(settled(scenarioText.chunk('our-kitchen/cy'))).to.equal(true);
  });

  it("picks for each region the flow that serves it, England and Wales's without one", () => {
    const nations = { england: 'GB-ENG', wales: 'GB-WLS', scotland: 'GB-SCT', 'northern-ireland': 'GB-NIR' } as const;
    for (const [region, nation] of Object.entries(nations)) {
      expect(referralFlows.find((flow) => flow.id === flowIdFor(region))?.jurisdictions, region).to.include(nation);
    }
    expect(flowIdFor('')).to.equal('england-wales');
  });

  it('loads one topic or one set alone, the same as the whole module holds', async () => {
    expect(settled(topics.chunk('training'))).to.equal(false);
    expect(topics.get('training')).to.equal(undefined);
    await load(topics.chunk('training'));
    expect(settled('guidance/training')).to.equal(true);
    expect(topics.get('training')).to.deep.equal(guidance.find((topic) => topic.id === 'training'));
    expect(topics.get('awareness'), 'another topic is not loaded with it').to.equal(undefined);
    await load(datasetSets.chunk('aviation'));
    expect(datasetSets.get('aviation')).to.deep.equal(indicatorSets.find((set) => set.sector === 'aviation'));
    expect(datasetSets.get('general'), 'the general signs are a set of their own').to.equal(undefined);
    await load(flows.chunk('scotland'));
    expect(flows.get('scotland')).to.deep.equal(referralFlows.find((flow) => flow.id === 'scotland'));
    expect(flows.get('northern-ireland'), 'another flow is not loaded with it').to.equal(undefined);
  });

  it('does not wait for a topic or set the dataset does not have', () => {
    expect(settled(topics.chunk('not-a-topic'))).to.equal(true);
    expect(settled(datasetSets.chunk('retail'))).to.equal(true);
  });
});
