// @ctkit/data/validate on referral flows: generated flows against an independent check, named
// rejections, and the limits on a flow's size and depth.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { referralFlows } from './referral.js';
import type { FlowNode, ReferralFlow } from './schemas.js';
import { flowLimits, formatError, formatPath, maxErrors, parseReferralFlow, type ParseResult } from './validate.js';
import { clone, type Writable } from '../test/clone.js';


function errorsOf(result: ParseResult<unknown>) {
  expect(result.ok, 'rejected').to.equal(false);
  return result.ok ? [] : result.errors;
}

/** A well-formed result: ok with a value, or errors that each have a path and a message. */
function expectWellFormed(result: ParseResult<unknown>) {
  if (result.ok) {
    expect(result).to.have.property('value');
  } else {
    expect(result.errors).to.be.an('array').that.is.not.empty;
    for (const error of result.errors) {
      expect(error.path).to.be.an('array').that.is.not.empty;
      expect(error.pathText).to.equal(formatPath(error.path));
      expect(error.message).to.be.a('string').and.not.equal('');
    }
  }
}

const paths = (flow: unknown, options?: Parameters<typeof parseReferralFlow>[1]) =>
  errorsOf(parseReferralFlow(flow, options)).map((e) => formatError(e));

describe('parseReferralFlow on generated flows', () => {
  // Small graphs over a pool of five ids, so edges often dangle, loop or leave nodes behind.
  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const node = fc.oneof(
    fc.record({ type: fc.constant('question'), id, text: fc.constant('Q?'), answers: fc.uniqueArray(fc.record({ label: fc.constantFrom('Yes', 'No', 'Maybe'), next: id }), { minLength: 2, maxLength: 3, selector: (a) => a.label }) }),
    fc.record({ type: fc.constant('info'), id, title: fc.constant('I'), text: fc.constant('I'), next: id }),
    fc.record(
      { type: fc.constant('action'), id, title: fc.constant('A'), steps: fc.constant(['Do it.']), why: fc.constant('Because.'), contacts: fc.subarray(['acas', 'nhs-111']), next: id },
      { requiredKeys: ['type', 'id', 'title', 'steps', 'why', 'contacts'] },
    ),
  );
  const flow = fc.record({ start: id, nodes: fc.array(node, { minLength: 1, maxLength: 6 }) }).map((f) => ({
    ...clone(referralFlows[0]!),
    ...f,
  }));

  /** An independent, slow check of what an accepted flow must be. */
  function sound(f: ReferralFlow): boolean {
    const byId = new Map(f.nodes.map((n) => [n.id, n]));
    if (byId.size !== f.nodes.length || !byId.has(f.start)) return false;
    const next = (n: FlowNode) => (n.type === 'question' ? n.answers.map((a) => a.next) : n.next ? [n.next] : []);
    if (f.nodes.some((n) => next(n).some((to) => !byId.has(to)))) return false;
    const reached = new Set([f.start]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const n of f.nodes) if (reached.has(n.id)) for (const to of next(n)) if (!reached.has(to)) reached.add(to), (changed = true);
    }
    const ends = new Set(f.nodes.filter((n) => next(n).length === 0).map((n) => n.id));
    for (let changed = true; changed; ) {
      changed = false;
      for (const n of f.nodes) if (!ends.has(n.id) && next(n).some((to) => ends.has(to))) ends.add(n.id), (changed = true);
    }
    const endsNameContacts = f.nodes.every((n) => next(n).length > 0 || (n.type === 'action' && n.contacts.length > 0));
    return reached.size === f.nodes.length && ends.size === f.nodes.length && endsNameContacts;
  }

  it('accepts a generated flow exactly when it is sound (1,000 runs)', () => {
    fc.assert(
      fc.property(flow, (f) => {
        const result = parseReferralFlow(f);
        expectWellFormed(result);
        expect(result.ok, JSON.stringify(f.nodes)).to.equal(sound(f as ReferralFlow));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes linear time on a large hostile flow, and refuses it in a few lines', () => {
    const nodes: FlowNode[] = Array.from({ length: 30_000 }, (_, i) => ({ type: 'info', id: `n${i}`, title: 'x', text: 'x', next: `n${i + 1}` }));
    nodes.push({ type: 'action', id: 'n30000', title: 'x', steps: ['x'], why: 'x', contacts: ['acas'] });
    const wide: FlowNode = { type: 'question', id: 'wide', text: 'x', answers: Array.from({ length: 200_000 }, (_, i) => ({ label: `a${i}`, next: 'n0' })) };
    const started = performance.now();
    // The schema counts the nodes before it reads them, so the 200,000 answers are never read.
    expect(paths({ ...clone(referralFlows[0]!), start: 'wide', nodes: [wide, ...nodes] })).to.deep.equal([
      'flow.nodes: has 30,002 nodes; a flow may have at most 200',
    ]);
    expect(paths({ ...clone(referralFlows[0]!), start: 'wide', nodes: [wide, ...nodes.slice(-2)] })).to.deep.equal([
      'flow.nodes[0].answers: has 200,000 answers; a question may have at most 50',
    ]);
    // Not a benchmark: a quadratic pass over 30,000 nodes would take minutes, not seconds.
    expect(performance.now() - started).to.be.below(5000);
  });

  it('reports options it cannot read, and never throws on them', () => {
    const result = parseReferralFlow(referralFlows[0], { contacts: 42 as unknown as string[] });
    expect(errorsOf(result)[0]?.pathText).to.equal('options.contacts');
  });
});

describe('parseReferralFlow', () => {
  const base = (): Writable<ReferralFlow> => clone(referralFlows[0]!);
  const indexOf = (flow: Writable<ReferralFlow>, id: string) => flow.nodes.findIndex((n) => n.id === id);

  it('rejects a dangling edge', () => {
    const flow = base();
    const danger = flow.nodes[indexOf(flow, 'danger')]!;
    if (danger.type === 'question') danger.answers[0]!.next = 'nowhere';
    const errors = paths(flow);
    expect(errors[0]).to.equal(`flow.nodes[${indexOf(flow, 'danger')}].answers[0].next: leads to "nowhere", which is not a node of this flow`);
  });

  it('rejects a start that is not a node', () => {
    const flow = base();
    flow.start = 'missing';
    expect(paths(flow)[0]).to.match(/^flow\.start: leads to "missing"/);
  });

  it('rejects an unreachable node', () => {
    const flow = base();
    flow.nodes.push({ type: 'action', id: 'orphan', title: 'x', steps: ['x'], why: 'x', contacts: ['acas'] });
    expect(paths(flow)).to.deep.equal([`flow.nodes[${flow.nodes.length - 1}]: "orphan" cannot be reached from the start`]);
  });

  it('rejects a loop with no way out', () => {
    const flow = base();
    const age = flow.nodes[indexOf(flow, 'age')]!;
    if (age.type === 'question') age.answers[1]!.next = 'loop-a';
    flow.nodes.push({ type: 'info', id: 'loop-a', title: 'a', text: 'a', next: 'loop-b' });
    flow.nodes.push({ type: 'info', id: 'loop-b', title: 'b', text: 'b', next: 'loop-a' });
    const errors = paths(flow);
    expect(errors).to.include(`flow.nodes[${indexOf(flow, 'loop-a')}]: "loop-a" never leads to an end: it is in a loop with no way out`);
    expect(errors).to.include(`flow.nodes[${indexOf(flow, 'loop-b')}]: "loop-b" never leads to an end: it is in a loop with no way out`);
  });

  it('rejects an end that is not an action', () => {
    const flow = base() as unknown as { nodes: Record<string, unknown>[] };
    const info = flow.nodes.find((n) => n.type === 'info')!;
    delete info.next;
    expect(paths(flow)[0]).to.match(/^flow\.nodes\[\d+\]\.next: /);
  });

  it('rejects an end that names no contact', () => {
    const flow = base();
    const end = flow.nodes[indexOf(flow, 'work-rights')]!;
    if (end.type === 'action') end.contacts = [];
    expect(paths(flow)).to.deep.equal([`flow.nodes[${indexOf(flow, 'work-rights')}].contacts: an end must name at least one contact`]);
  });

  it('rejects unknown contact ids, and accepts the organisation’s own', () => {
    const flow = base();
    const end = flow.nodes[indexOf(flow, 'work-rights')]!;
    if (end.type === 'action') end.contacts = ['duty-manager'];
    expect(paths(flow)).to.deep.equal([
      `flow.nodes[${indexOf(flow, 'work-rights')}].contacts[0]: names the contact "duty-manager", which is not in the data or your contacts`,
    ]);
    expect(parseReferralFlow(flow, { contacts: ['duty-manager'] }).ok).to.equal(true);
    expect(parseReferralFlow(flow, { contacts: [{ id: 'duty-manager' }] }).ok).to.equal(true);
  });

  it('rejects duplicate node ids and repeated answers', () => {
    const flow = base();
    flow.nodes.push(clone(flow.nodes[indexOf(flow, 'health')]!));
    const danger = flow.nodes[indexOf(flow, 'danger')]!;
    if (danger.type === 'question') danger.answers[1]!.label = danger.answers[0]!.label;
    const errors = paths(flow);
    expect(errors).to.include(`flow.nodes[${flow.nodes.length - 1}].id: duplicate id "health" (first used at nodes[${indexOf(flow, 'health')}])`);
    expect(errors).to.include(`flow.nodes[${indexOf(flow, 'danger')}].answers[1].label: repeats the answer "Yes"`);
  });
});

describe('parseReferralFlow limits', () => {
  const end = (id: string): Writable<FlowNode> => ({ type: 'action', id, title: 'End', steps: ['Call.'], why: 'Help.', contacts: ['modern-slavery-helpline'] });
  /** `length` questions in a row, each with a way on and a way out to the one end. */
  const questions = (length: number): Writable<ReferralFlow> => ({
    ...clone(referralFlows[0]!),
    start: 'q0',
    nodes: [
      ...Array.from({ length }, (_, i): Writable<FlowNode> => ({
        type: 'question',
        id: `q${i}`,
        text: `Question ${i}?`,
        answers: [
          { label: 'Yes', next: i + 1 < length ? `q${i + 1}` : 'end' },
          { label: 'No', next: 'end' },
        ],
      })),
      end('end'),
    ],
  });

  it('exports its limits', () => {
    expect(flowLimits).to.deep.equal({ nodes: 200, answers: 50, depth: 100 });
    expect(Object.isFrozen(flowLimits)).to.equal(true);
  });

  it(`accepts a flow ${flowLimits.depth} steps long, and rejects one a step longer, naming its last step`, () => {
    expect(parseReferralFlow(questions(flowLimits.depth - 1))).to.deep.include({ ok: true });
    expect(paths(questions(flowLimits.depth))).to.deep.equal([
      `flow.nodes[${flowLimits.depth}]: "end" is step 101 on the longest way from the start; a flow may be at most 100 steps long`,
    ]);
  });

  it('rejects a chain of 900 questions', () => {
    expect(paths(questions(900))).to.deep.equal(['flow.nodes: has 901 nodes; a flow may have at most 200']);
  });

  it('rejects a chain of 10,000 questions in one clear line, without overflowing the stack', () => {
    expect(paths(questions(10_000))).to.deep.equal(['flow.nodes: has 10,001 nodes; a flow may have at most 200']);
  });

  it('caps the errors of a flow with a problem on each of 150 nodes', () => {
    const flow = questions(150);
    for (const node of flow.nodes) if (node.type === 'question') node.text = '';
    const errors = errorsOf(parseReferralFlow(flow));
    expect(errors).to.have.length(maxErrors + 1);
    expect(errors[0]?.pathText).to.equal('flow.nodes[0].text');
    expect(errors[maxErrors]).to.deep.equal({ path: ['flow'], pathText: 'flow', message: 'and 50 more problems' });
  });

  it('walks the longest of several ways, not the first', () => {
    // A short way to the end first, then a long one to the same end: the end is step 102.
    const flow = questions(flowLimits.depth);
    const first = flow.nodes[0]!;
    if (first.type === 'question') first.answers.reverse();
    expect(paths(flow)).to.deep.equal([
      `flow.nodes[${flowLimits.depth}]: "end" is step 101 on the longest way from the start; a flow may be at most 100 steps long`,
    ]);
  });

  it('does not go round a loop when measuring', () => {
    // 90 steps, each question's "No" going back to the start: sound (every step reaches the end) and short.
    const flow = questions(89);
    for (const node of flow.nodes) if (node.type === 'question' && node.id !== 'q0') node.answers[1]!.next = 'q0';
    expect(parseReferralFlow(flow)).to.deep.include({ ok: true });
    // A loop among the last steps, with a way out.
    const looped = questions(99);
    const last = looped.nodes[98]!;
    if (last.type === 'question') last.answers[1]!.next = 'q50';
    expect(parseReferralFlow(looped)).to.deep.include({ ok: true });
  });

  it('accepts a wide flow at the limits, and rejects a node or an answer more', () => {
    // A question with 50 answers, each to a question with 2 answers, each to its own end: 1 + 50 + 100 = 151 nodes.
    const nodes: Writable<FlowNode>[] = [
      { type: 'question', id: 'root', text: 'Which?', answers: Array.from({ length: flowLimits.answers }, (_, i) => ({ label: `Option ${i}`, next: `q${i}` })) },
    ];
    for (let i = 0; i < flowLimits.answers; i += 1) {
      nodes.push({ type: 'question', id: `q${i}`, text: `Question ${i}?`, answers: [{ label: 'Yes', next: `yes${i}` }, { label: 'No', next: `no${i}` }] });
      nodes.push(end(`yes${i}`), end(`no${i}`));
    }
    // Fill to exactly 200 nodes with a chain of steps from the first end.
    const first = nodes.find((n) => n.id === 'yes0') as Extract<Writable<FlowNode>, { type: 'action' }>;
    first.next = 'extra0';
    const extra = flowLimits.nodes - nodes.length;
    for (let i = 0; i < extra; i += 1) {
      nodes.push(i + 1 < extra ? { type: 'info', id: `extra${i}`, title: 'Know this', text: 'x', next: `extra${i + 1}` } : end(`extra${i}`));
    }
    const flow: ReferralFlow = { ...clone(referralFlows[0]!), start: 'root', nodes };
    expect(flow.nodes).to.have.length(flowLimits.nodes);
    expect(parseReferralFlow(flow)).to.deep.include({ ok: true });

    expect(paths({ ...flow, nodes: [...nodes, end('one-more')] })).to.deep.equal(['flow.nodes: has 201 nodes; a flow may have at most 200']);
    const root = clone(nodes[0]!);
    if (root.type === 'question') root.answers.push({ label: 'One more', next: 'q0' });
    expect(paths({ ...flow, nodes: [root, ...nodes.slice(1)] })).to.deep.equal(['flow.nodes[0].answers: has 51 answers; a question may have at most 50']);
  });
});
