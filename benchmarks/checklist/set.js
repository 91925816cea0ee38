// An indicator set of 100 signs (four groups of 25), so that the benchmark ticks 100
// different boxes: shown after the 26 general signs, 126 boxes in all.
export const set = {
  id: 'benchmark-signs',
  sector: 'hospitality',
  title: 'Benchmark: 100 signs',
  summary: 'Made-up signs for a benchmark.',
  categories: ['a', 'b', 'c', 'd'].map((group) => ({
    id: `group-${group}`,
    title: `Group ${group.toUpperCase()}`,
    indicators: Array.from({ length: 25 }, (_, i) => ({ id: `sign-${group}-${i}`, text: `Sign ${i + 1} of group ${group.toUpperCase()}: someone seems to be controlled by another person.`, credits: ['benchmark'] })),
  })),
  credits: [{ id: 'benchmark', title: 'Benchmark data', url: 'https://example.org/' }],
  source: { title: 'Benchmark data', url: 'https://example.org/' },
  verifiedOn: '2026-11-30',
};
