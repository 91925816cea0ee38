// Referral flows: their limits, answers, question, information and action nodes, and the flow.
import * as z from 'zod/mini';
import { HttpsUrlSchema, IdSchema, provenance, text } from './common.js';
import { JurisdictionSchema } from './contacts.js';

/**
 * The most a referral flow may hold, so that a reader can follow it and a renderer can draw
 * it (the diagram view nests a question's answers inside it):
 *
 * - `nodes`: at most 200 nodes (schema: `maxItems`);
 * - `answers`: at most 50 answers to one question (schema: `maxItems`);
 * - `depth`: at most 100 steps on the longest way from the start, counting the start and the
 *   last step, following `next` and answers without going back to a step already on the way
 *   (checked by `parseReferralFlow`).
 */
export const flowLimits = Object.freeze({ nodes: 200, answers: 50, depth: 100 } as const);

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const tooMany = (what: string, limit: number) =>
  z.maxLength(limit, {
    error: (issue) => {
      const given = Array.isArray(issue.input) ? `has ${count(issue.input.length)} ${what}s` : 'has too many';
      return `${given}; ${what === 'node' ? 'a flow' : 'a question'} may have at most ${count(limit)}`;
    },
  });

/** An answer to a question: an edge of the flow, named by its label. */
export const FlowAnswerSchema = z.object({
  label: text('label'),
  /** Id of the node this answer leads to. */
  next: IdSchema,
});

/** A question with its answers. */
export const FlowQuestionSchema = z.object({
  type: z.literal('question'),
  id: IdSchema,
  text: text('text'),
  /** Help for answering, e.g. who counts as a First Responder. */
  help: z.optional(text('help')),
  /**
   * What in this step is not confirmed, in plain words (for example a duty whose transfer to
   * a new body no source confirms). Shown as a caution wherever the step is shown.
   */
  caution: z.optional(text('caution')),
  /** Two to {@link flowLimits}`.answers` (50). */
  answers: z
    .array(FlowAnswerSchema)
    .check(z.minLength(2, 'a question needs at least two answers'), tooMany('answer', flowLimits.answers)),
});

/** Something to know before going on. */
export const FlowInfoSchema = z.object({
  type: z.literal('info'),
  id: IdSchema,
  title: text('title'),
  text: text('text'),
  /**
   * What in this step is not confirmed, in plain words (for example a duty whose transfer to
   * a new body no source confirms). Shown as a caution wherever the step is shown.
   */
  caution: z.optional(text('caution')),
  next: IdSchema,
});

/** Something to do, with whom to contact and why. Every end of a flow is an action. */
export const FlowActionSchema = z.object({
  type: z.literal('action'),
  id: IdSchema,
  title: text('title'),
  /** What to do, step by step. */
  steps: z.array(text('step')).check(z.minLength(1, 'an action needs at least one step')),
  /** Why this is the right thing to do. */
  why: text('why'),
  /** Ids of the contacts to use (from `@ctkit/data/contacts` or your own). */
  contacts: z.array(IdSchema),
  /** A further page with the detail (https). */
  link: z.optional(z.object({ url: HttpsUrlSchema, label: text('label') })),
  /** Where to go after this action, when it is not the end. */
  next: z.optional(IdSchema),
  /**
   * What in this step is not confirmed, in plain words (for example a duty whose transfer to
   * a new body no source confirms). Shown as a caution wherever the step is shown.
   */
  caution: z.optional(text('caution')),
});

export const FlowNodeSchema = z.discriminatedUnion('type', [FlowQuestionSchema, FlowInfoSchema, FlowActionSchema]);

/** A referral decision flow: a graph of question, information and action nodes. */
export const ReferralFlowSchema = z.object({
  id: IdSchema,
  title: text('title'),
  summary: text('summary'),
  jurisdictions: z.array(JurisdictionSchema).check(z.minLength(1, 'must name at least one nation')),
  /** Id of the first node. */
  start: IdSchema,
  /** One to {@link flowLimits}`.nodes` (200). */
  nodes: z.array(FlowNodeSchema).check(z.minLength(1, 'must hold at least one node'), tooMany('node', flowLimits.nodes)),
  ...provenance,
});

/** The referral flows, as `@ctkit/data/json/referral-flows.json` holds them. */
export const ReferralFlowListSchema = z.array(ReferralFlowSchema);

// Types

export type FlowAnswer = z.infer<typeof FlowAnswerSchema>;
export type FlowQuestion = z.infer<typeof FlowQuestionSchema>;
export type FlowInfo = z.infer<typeof FlowInfoSchema>;
export type FlowAction = z.infer<typeof FlowActionSchema>;
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type ReferralFlow = z.infer<typeof ReferralFlowSchema>;
