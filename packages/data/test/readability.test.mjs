// Plain words in the referral flow (issue 19, point 6) and the training scenarios (issue 26), read from the built JSON as it ships:
// - every text of ten words or more reads at school grade 9 or below (Flesch–Kincaid, counted
//   by scripts/readability.mjs); shorter ones (titles, answers, link labels) are too few words
//   to measure alone, so they are measured together, as one passage per flow;
// - no sentence is longer than 25 words;
// - on every path through the flow, the NRM, a First Responder, the Duty to Notify and the GLAA
//   are explained where the reader first meets them;
// - each end starts with the first thing to do, and lists every contact its steps mention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { grade, measure } from '../scripts/readability.mjs';

const flows = JSON.parse(readFileSync(new URL('../dist/json/referral-flows.json', import.meta.url), 'utf8'));
const limit = 9;

/** What a reader reads at each node, in order. */
function texts(node) {
  if (node.type === 'question') return [node.text, node.help, node.caution, ...node.answers.map((answer) => answer.label)];
  if (node.type === 'info') return [node.title, node.text, node.caution];
  return [node.title, ...node.steps, node.why, node.caution, node.link?.label];
}

const strings = (flow) => [flow.title, flow.summary, ...flow.nodes.flatMap(texts)].filter(Boolean);

/** Every path from the start to an end, as the nodes met in order. */
function paths(flow) {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  const out = [];
  const walk = (id, seen) => {
    const node = byId.get(id);
    if (!node || seen.includes(node)) return;
    const path = [...seen, node];
    const next = node.type === 'question' ? node.answers.map((answer) => answer.next) : node.next ? [node.next] : [];
    if (next.length === 0) out.push(path);
    for (const n of next) walk(n, path);
  };
  walk(flow.start, []);
  return out;
}

for (const flow of flows) {
  test(`${flow.id}: every text of ten words or more reads at grade ${limit} or below`, () => {
    const over = strings(flow)
      .filter((text) => measure(text).words.length >= 10)
      .map((text) => [grade(text), text])
      .filter(([g]) => g > limit)
      .map(([g, text]) => `${g.toFixed(1)}: ${text}`);
    assert.deepEqual(over, []);
  });

  test(`${flow.id}: its titles, answers and link labels, read together, at grade ${limit} or below`, () => {
    const short = strings(flow).filter((text) => measure(text).words.length < 10);
    assert.ok(short.length > 10, 'there are short texts to measure');
    const g = grade(short.map((text) => (/[.!?]$/.test(text) ? text : `${text}.`)).join(' '));
    assert.ok(g <= limit, `grade ${g.toFixed(1)}`);
  });

  test(`${flow.id}: no sentence is longer than 25 words`, () => {
    const long = strings(flow).flatMap((text) => measure(text).sentences.filter((words) => words.length > 25).map((words) => words.join(' ')));
    assert.deepEqual(long, []);
  });

  test(`${flow.id}: the NRM, a First Responder, the Duty to Notify and the GLAA are explained where first met, on every path`, () => {
    const terms = [
      ['NRM', /\bNRM\b/, /The NRM is /],
      ['First Responder', /First Responder/, /A First Responder is /],
      ['Duty to Notify', /Duty to Notify/, /This is the Duty to Notify|Duty to Notify \(an /],
      ['GLAA', /\bGLAA\b/, /GLAA \(Gangmasters and Labour Abuse Authority\)|That was the Gangmasters and Labour Abuse Authority/],
    ];
    const all = paths(flow);
    assert.ok(all.length >= 5, `${all.length} paths`);
    for (const path of all) {
      // The flow's title and summary come first, then each step as the reader meets it.
      const units = [[flow.title, flow.summary], ...path.map((node) => texts(node).filter(Boolean))].map((unit) => unit.join(' '));
      for (const [name, mention, explanation] of terms) {
        const first = units.find((unit) => mention.test(unit));
        if (first) assert.match(first, explanation, `${name}, first met on the path to ${path.at(-1).id}, is explained there`);
      }
    }
  });

  test(`${flow.id}: each end starts with the first thing to do, and lists every contact its steps mention`, () => {
    const mentions = [
      [/\b999\b/, 'police-emergency'],
      [/\b101\b/, 'police-non-emergency', ['police-scotland', 'psni']],
      [/NHS 111/, 'nhs-111'],
      [/NHS 24/, 'nhs-24'],
      [/Modern Slavery & Exploitation Helpline|the helpline/, 'modern-slavery-helpline'],
      [/\bAcas\b/, 'acas'],
      [/Salvation Army/, 'salvation-army'],
      [/Fair Work Agency/, 'glaa'],
      [/children’s services|council/i, 'local-council', ['scotland-council-social-work']],
      [/Crimestoppers/, 'crimestoppers'],
      [/British Transport Police/, 'british-transport-police'],
    ];
    for (const node of flow.nodes.filter((n) => n.type === 'action')) {
      assert.match(node.steps[0], /^(?:[^,.]*, )?(Call|Make|Use|Tell|Ask|Report|Get|Find|Keep|Go|Refer|Stay)\b/i, `${node.id} starts with what to do`);
      // 101 is the police's number in every nation: each nation's own police record carries it too.
      for (const [pattern, id, alike = []] of mentions) {
        if (node.steps.some((step) => pattern.test(step))) assert.ok([id, ...alike].some((one) => node.contacts.includes(one)), `${node.id} mentions ${id} and lists it`);
      }
    }
  });
}

// The training scenarios, read the same way: each text of ten words or more at grade 9 or
// below, no sentence over 25 words (issue 26: for staff who may read English as a second language).
const sets = JSON.parse(readFileSync(new URL('../dist/json/scenario-sets.json', import.meta.url), 'utf8'));
for (const set of sets) {
  const all = [
    set.title,
    set.summary,
    ...set.remember,
    ...set.scenarios.flatMap((s) => [s.title, s.situation, s.question, ...s.choices.flatMap((c) => [c.text, c.feedback])]),
  ];
  test(`scenarios ${set.id}: every text of ten words or more reads at grade ${limit} or below, no sentence over 25 words`, () => {
    const over = all
      .filter((text) => measure(text).words.length >= 10)
      .map((text) => [grade(text), text])
      .filter(([g]) => g > limit)
      .map(([g, text]) => `${g.toFixed(1)}: ${text}`);
    assert.deepEqual(over, []);
    const long = all.flatMap((text) => measure(text).sentences.filter((words) => words.length > 25).map((words) => words.join(' ')));
    assert.deepEqual(long, []);
  });
}

// The awareness posters: a person who may be exploited reads theirs at grade 7 or below, in
// sentences of at most 20 words; the public posters' own words (titles, intros, reasons for a
// sign, the proof line) at grade 9 (issue 27).
const posters = JSON.parse(readFileSync(new URL('../dist/json/awareness-posters.json', import.meta.url), 'utf8'));
for (const poster of posters) {
  const affected = poster.audience === 'affected';
  const all = affected
    ? [poster.title, ...poster.statements.map((s) => s.text), ...poster.reassurance, poster.action, poster.danger, poster.nothingRecorded]
    : [poster.title, poster.intro, poster.proof, ...poster.signs.map((s) => s.why)];
  const most = affected ? 7 : limit;
  test(`poster ${poster.id}: every text of ten words or more at grade ${most} or below, no sentence over 20 words`, () => {
    const over = all
      .filter((text) => measure(text).words.length >= 10)
      .map((text) => [grade(text), text])
      .filter(([g]) => g > most)
      .map(([g, text]) => `${g.toFixed(1)}: ${text}`);
    assert.deepEqual(over, []);
    const long = all.flatMap((text) => measure(text).sentences.filter((words) => words.length > 20).map((words) => words.join(' ')));
    assert.deepEqual(long, []);
  });
}
