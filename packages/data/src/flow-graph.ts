// The graph of a referral flow, for `parseReferralFlow`: where each step leads, and the longest
// way from the start. Internal: not an entry.
import type { FlowNode } from './schemas.js';

/** The ids each step leads to: a question's answers, or the one `next`. */
export function edgesOf(node: FlowNode): string[] {
  if (node.type === 'question') return node.answers.map((answer) => answer.next);
  return node.next === undefined ? [] : [node.next];
}

/**
 * The last step of the longest way from `start` through `edges`, and its number of steps
 * (the start is step 1), or `undefined` when `start` has no edges entry. A depth-first walk
 * in answer order, with an explicit stack, numbers the steps as they finish; an edge to a
 * step still on the walk's way leads back up it and is not followed. What is left has no
 * loop, and in reverse finishing order each step comes before every step it leads to, so one
 * pass finds the longest way. Each step and edge is visited once.
 */
export function longestWay(start: string, edges: ReadonlyMap<string, readonly string[]>): { id: string; steps: number } | undefined {
  if (!edges.has(start)) return undefined;
  const finished = new Map<string, number>();
  const onWay = new Set<string>([start]);
  const order: string[] = [];
  const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const to = edges.get(top.id)?.[top.next];
    if (to !== undefined) {
      top.next += 1;
      if (!onWay.has(to) && !finished.has(to)) {
        onWay.add(to);
        stack.push({ id: to, next: 0 });
      }
    } else {
      stack.pop();
      onWay.delete(top.id);
      finished.set(top.id, order.length);
      order.push(top.id);
    }
  }
  const steps = new Map<string, number>([[start, 1]]);
  let deepest = { id: start, steps: 1 };
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const id = order[k] ?? start;
    const here = steps.get(id) ?? 1;
    if (here > deepest.steps) deepest = { id, steps: here };
    for (const to of edges.get(id) ?? []) {
      // Finished earlier: not an edge back up the way (those finish later, or are a self-loop).
      if ((finished.get(to) ?? k) < k && here + 1 > (steps.get(to) ?? 0)) steps.set(to, here + 1);
    }
  }
  return deepest;
}
