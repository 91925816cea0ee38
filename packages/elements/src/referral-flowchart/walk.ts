/**
 * The walk through a referral flow: the steps passed, from the start, and the answers given
 * on the way. No rendering here: `referral-flowchart.ts` shows the step the walk has reached.
 */
import type { Contact, FlowAnswer, FlowNode, ReferralFlow } from '@ctkit/data/schemas';

/** An answer given on the way through a flow. */
export interface ReferralAnswer {
  /** Id of the question. */
  question: string;
  /** The label of the answer given. */
  answer: string;
}

/** A flow ready to walk: its steps by id, every contact its actions may name, and your central point of contact, shown at its ends. */
export interface Walkable {
  flow: ReferralFlow;
  nodes: ReadonlyMap<string, FlowNode>;
  contacts: ReadonlyMap<string, Contact>;
  local?: Contact;
}

/** A step passed on the way: a question with the answer given, or an info or action step continued from. */
export interface Passed {
  node: FlowNode;
  answer?: FlowAnswer;
}

/** The step an answer, or continuing, leads to. */
const nextOf = (step: Passed): string | undefined => (step.node.type === 'question' ? step.answer?.next : step.node.next);

/** The answers given on the way along `passed`. */
export const answersOf = (passed: readonly Passed[]): ReferralAnswer[] =>
  passed.flatMap((step) => (step.answer ? [{ question: step.node.id, answer: step.answer.label }] : []));

/**
 * The steps passed when `answers` are given: each question takes the next answer if it is
 * for that question and offers that label; an info or action step is passed while answers
 * remain. Steps passed after the last answer that applies are taken back.
 */
export function walk(flow: Walkable, answers: unknown): Passed[] {
  const given: Partial<ReferralAnswer>[] = Array.isArray(answers) ? answers.map((a) => (a && typeof a === 'object' ? a : {})) : [];
  const passed: Passed[] = [];
  let applied = 0;
  // Each pass takes an answer, or comes before one; a valid flow has no loop without a
  // question. Stop anyway after as many steps as could be needed.
  for (let node = flow.nodes.get(flow.flow.start); node && passed.length < flow.nodes.size * (given.length + 1); ) {
    let step: Passed;
    if (node.type === 'question') {
      const next = given[applied];
      const answer = next?.question === node.id ? node.answers.find((a) => a.label === next.answer) : undefined;
      if (!answer) break;
      step = { node, answer };
      applied++;
    } else if (node.next !== undefined && applied < given.length) {
      step = { node };
    } else break;
    passed.push(step);
    node = flow.nodes.get(nextOf(step) ?? '');
  }
  let keep = passed.length;
  while (keep > 0 && !passed[keep - 1]?.answer) keep--;
  return applied === given.length ? passed : passed.slice(0, keep);
}

/** The steps of `previous` that `flow` has too, from its start and in order. */
export function replay(flow: Walkable, previous: readonly Passed[]): Passed[] {
  const passed: Passed[] = [];
  let node = flow.nodes.get(flow.flow.start);
  for (const old of previous) {
    if (!node || node.id !== old.node.id) break;
    const answer = node.type === 'question' ? node.answers.find((a) => a.label === old.answer?.label) : undefined;
    const step: Passed = { node, answer };
    if (node.type === 'question' ? !answer : node.next === undefined) break;
    passed.push(step);
    node = flow.nodes.get(nextOf(step) ?? '');
  }
  return passed;
}

/** The step shown: where the last step passed leads, or the start. */
export function current(flow: Walkable, passed: readonly Passed[]): FlowNode {
  const last = passed[passed.length - 1];
  // A valid flow's start and edges all lead to a node.
  return flow.nodes.get(last ? (nextOf(last) ?? '') : flow.flow.start) as FlowNode;
}
