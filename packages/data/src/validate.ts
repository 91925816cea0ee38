/**
 * `@ctkit/data/validate`: check an organisation's own data before it is shown.
 *
 * One parser per kind of record: {@link parseContact}, {@link parseContacts},
 * {@link parseIndicatorSet}, {@link parseGuidanceTopic}, {@link parseReferralFlow},
 * {@link parseScenarioSet} and {@link parseAwarenessPoster}. Each
 * returns `{ ok: true, value }` with a clean copy of the input (unknown fields dropped), or
 * `{ ok: false, errors }` where each error names where, from one root per kind (`contact`,
 * `contacts`, `indicatorSet`, `topic`, `flow`, `scenarioSet`, `poster`), as keys (`path`: `['contacts', 3, 'phones', 0,
 * 'number']`) and as text (`pathText`: `contacts[3].phones[0].number`), and says what is wrong
 * in a plain `message`: at most {@link maxErrors} (100) of
 * them, then one more at the root path saying how many more were found (e.g. `and 9,900 more
 * problems`). They never throw, whatever they are given: wrong types, circular or deeply
 * nested objects, getters that throw. Their cost grows linearly with the input, and no check
 * recurses.
 *
 * Beyond the schemas they check what JSON Schema cannot: unique ids, references that
 * resolve, that a phone's `display` shows its `number`, and that a referral flow leads
 * somewhere from every step and is no longer than {@link flowLimits} allows.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { contacts as knownContacts } from './contacts.js';
import {
  ContactListSchema,
  ContactSchema,
  GuidanceTopicSchema,
  IndicatorSetSchema,
  ReferralFlowSchema,
  flowLimits,
  type Contact,
  type GuidanceTopic,
  type IndicatorSet,
  type ReferralFlow,
} from './schemas.js';
import { checkUnique, count, describe, parse, problem, type ParseResult, type PathKey, type Report } from './parse.js';
import { edgesOf, longestWay } from './flow-graph.js';

export { flowLimits };

export { formatError, formatPath, maxErrors } from './parse.js';
export type { ParseResult, PathKey, ValidationError } from './parse.js';
export { parseAwarenessPoster, parseScenarioSet } from './validate-content.js';

/**
 * Why a phone's `display` does not show its `number`, or `undefined` when it does. Only the
 * digits count (spaces, brackets and dashes are the writer's choice): they must be the
 * number's digits, or for a `+44` number `0` and the rest (`+448000121700` as `08000 121 700`
 * or `+44 8000 121 700`). A reader dials what is shown; the link calls `number`.
 */
function displayProblem(display: string, number: string): string | undefined {
  const digits = display.match(/\p{Nd}/gu) ?? [];
  if (digits.some((digit) => digit < '0' || digit > '9')) {
    return 'must write the number in the digits 0 to 9 (other scripts’ digits can look like different ones)';
  }
  const shown = digits.join('');
  const dialled = number.replace(/^\+/, '');
  const uk = number.startsWith('+44') ? number.slice(3) : undefined;
  if (shown === dialled || (uk !== undefined && shown === `0${uk}`)) return undefined;
  const forms = uk !== undefined ? `0${uk} or +44 ${uk}` : dialled;
  return `does not show the number the link calls (${number}): write ${forms}, spaced as you like`;
}

type ParsedContact = z.infer<typeof ContactSchema>;

/** What a contact must be beyond its schema, reported from `at` (its path from the root). */
function checkContact(contact: ParsedContact, at: readonly PathKey[], report: Report): void {
  contact.phones.forEach((phone, p) => {
    const problem = displayProblem(phone.display, phone.number);
    if (problem) report([...at, 'phones', p, 'display'], problem);
  });
  if (contact.confidence === 'unverified' && !contact.confidenceNote) {
    report([...at, 'confidenceNote'], 'must say what is not confirmed when confidence is "unverified"');
  }
  if (contact.availability.type === 'weekly') {
    contact.availability.hours.forEach((period, h) => {
      if (period.opens >= period.closes) {
        report([...at, 'availability', 'hours', h], `opens at ${period.opens}, which is not before it closes at ${period.closes}`);
      }
    });
  }
}

/**
 * Validates one contact, for example your own safeguarding lead, or a contact as a form is
 * filled in. Besides the schema it rejects an unverified contact with no `confidenceNote`,
 * hours that close before they open, and a phone whose `display` does not show the digits of
 * its `number`. Paths start with `contact`.
 */
export function parseContact(input: unknown): ParseResult<Contact> {
  return parse('contact', ContactSchema, input, (contact, report) => checkContact(contact, [], report));
}

/**
 * Validates a list of contacts, for example an organisation's own directory: each as
 * {@link parseContact} does, and no id twice. Paths start with `contacts`.
 */
export function parseContacts(input: unknown): ParseResult<readonly Contact[]> {
  return parse('contacts', ContactListSchema, input, (list, report) => {
    checkUnique(list, (i) => [i], report);
    list.forEach((contact, i) => checkContact(contact, [i], report));
  });
}

/** Validates one indicator set. Paths start with `indicatorSet`. */
export function parseIndicatorSet(input: unknown): ParseResult<IndicatorSet> {
  return parse('indicatorSet', IndicatorSetSchema, input, (set, report) => {
    checkUnique(set.credits, (i) => ['credits', i], report);
    checkUnique(set.categories, (i) => ['categories', i], report);
    const credits = new Set(set.credits.map((c) => c.id));
    const indicators = set.categories.flatMap((category, c) =>
      category.indicators.map((indicator, n) => ({ id: indicator.id, credits: indicator.credits, path: ['categories', c, 'indicators', n] })),
    );
    checkUnique(indicators, (i) => indicators[i]?.path ?? [], report);
    for (const indicator of indicators) {
      indicator.credits.forEach((credit, k) => {
        if (!credits.has(credit)) report([...indicator.path, 'credits', k], `credits "${credit}", which is not in the set's credits`);
      });
    }
  });
}

/** Validates one guidance topic. Paths start with `topic`. */
export function parseGuidanceTopic(input: unknown): ParseResult<GuidanceTopic> {
  return parse('topic', GuidanceTopicSchema, input, (topic, report) => {
    checkUnique(topic.sections, (i) => ['sections', i], report);
    topic.sections.forEach((section, i) => {
      const parts = [section.body, section.items, section.do, section.dont];
      if (!parts.some((part) => part !== undefined && part.length > 0)) {
        report(['sections', i], 'must have body text, items, or do / don’t items');
      }
    });
  });
}

/** Options for {@link parseReferralFlow}. */
export interface ReferralFlowOptions {
  /**
   * Contacts an action may name besides those in `@ctkit/data/contacts`, e.g. your own
   * safeguarding lead. Ids or whole contacts.
   */
  contacts?: readonly (string | Pick<Contact, 'id'>)[];
}

/**
 * Validates a referral flow, such as an organisation's own pathway. Besides the schema it
 * rejects a start or an answer that leads to no node (a dangling edge), nodes that cannot be
 * reached from the start, steps from which no end can be reached (a loop with no way out),
 * ends that name no contact, and contact ids that are neither in the data nor in
 * `options.contacts`. Paths start with `flow`; the one exception is an `options.contacts` that
 * is not a list, reported at `options.contacts` (it is not part of the flow).
 *
 * It also keeps a flow to what a reader can follow and a renderer can draw
 * ({@link flowLimits}): at most 200 nodes and 50 answers to a question (in the schema), and at
 * most 100 steps on the longest way from the start, counting the start and the last step. A
 * way ends where an answer leads back to a step already on it (the diagram draws that as
 * "continue at … above"); the walk takes the answers in order, depth first, with an explicit
 * stack, so it costs linear time and never recurses.
 */
export function parseReferralFlow(input: unknown, options: ReferralFlowOptions = {}): ParseResult<ReferralFlow> {
  let extra: string[];
  try {
    const given: unknown = options?.contacts ?? [];
    if (!Array.isArray(given)) throw new TypeError(`got ${typeof given}`);
    extra = (given as unknown[]).map((c) => (typeof c === 'string' ? c : (c as { id?: unknown } | null)?.id)).filter((id): id is string => typeof id === 'string');
  } catch (error) {
    return { ok: false, errors: [problem(['options', 'contacts'], `must be a list of contact ids or contacts: ${describe(error)}`)] };
  }
  return parse('flow', ReferralFlowSchema, input, (flow: z.infer<typeof ReferralFlowSchema>, report) => {
    checkUnique(flow.nodes, (i) => ['nodes', i], report);
    const index = new Map<string, number>();
    flow.nodes.forEach((node, i) => {
      if (!index.has(node.id)) index.set(node.id, i);
    });

    if (!index.has(flow.start)) report(['start'], `leads to "${flow.start}", which is not a node of this flow`);

    const contactIds = new Set([...knownContacts.map((c) => c.id), ...extra]);

    flow.nodes.forEach((node, i) => {
      const path = ['nodes', i];
      if (node.type === 'question') {
        const labels = new Set<string>();
        node.answers.forEach((answer, a) => {
          if (!index.has(answer.next)) report([...path, 'answers', a, 'next'], `leads to "${answer.next}", which is not a node of this flow`);
          if (labels.has(answer.label)) report([...path, 'answers', a, 'label'], `repeats the answer "${answer.label}"`);
          labels.add(answer.label);
        });
      } else if (node.next !== undefined && !index.has(node.next)) {
        report([...path, 'next'], `leads to "${node.next}", which is not a node of this flow`);
      }
      if ((node.sources === undefined) !== (node.verifiedOn === undefined)) {
        report(node.sources === undefined ? [...path, 'verifiedOn'] : [...path, 'sources'], node.sources === undefined ? 'a date needs the sources it was checked against' : 'must say when they were checked (verifiedOn)');
      }
      if (node.type === 'action') {
        node.contacts.forEach((id, c) => {
          if (!contactIds.has(id)) report([...path, 'contacts', c], `names the contact "${id}", which is not in the data or your contacts`);
        });
        if (node.next === undefined && node.contacts.length === 0) report([...path, 'contacts'], 'an end must name at least one contact');
      }
    });

    // Forward from the start, and backward from the ends (nodes with no way on): each node
    // once, so a large hostile flow costs linear time.
    const forward = new Map<string, string[]>();
    const backward = new Map<string, string[]>();
    for (const node of flow.nodes) {
      const edges = edgesOf(node).filter((next) => index.has(next));
      forward.set(node.id, edges);
      for (const next of edges) {
        const from = backward.get(next) ?? [];
        from.push(node.id);
        backward.set(next, from);
      }
    }
    const search = (starts: string[], edges: Map<string, string[]>): Set<string> => {
      const seen = new Set<string>();
      const queue = [...starts];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (seen.has(id)) continue;
        seen.add(id);
        for (const next of edges.get(id) ?? []) queue.push(next);
      }
      return seen;
    };
    const reached = search(index.has(flow.start) ? [flow.start] : [], forward);
    const leadsToEnd = search(
      flow.nodes.filter((node) => edgesOf(node).length === 0).map((node) => node.id),
      backward,
    );
    const deepest = longestWay(flow.start, forward);
    if (deepest && deepest.steps > flowLimits.depth) {
      report(
        ['nodes', index.get(deepest.id) ?? 0],
        `"${deepest.id}" is step ${count(deepest.steps)} on the longest way from the start; a flow may be at most ${flowLimits.depth} steps long`,
      );
    }
    flow.nodes.forEach((node, i) => {
      if (index.get(node.id) !== i) return; // duplicates are reported above
      if (index.has(flow.start) && !reached.has(node.id)) {
        report(['nodes', i], `"${node.id}" cannot be reached from the start`);
      } else if (!leadsToEnd.has(node.id)) {
        report(['nodes', i], `"${node.id}" never leads to an end: it is in a loop with no way out`);
      }
    });
  });
}
