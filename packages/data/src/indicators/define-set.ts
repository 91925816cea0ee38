// How a set's file (`./<id>.ts`) writes its set, and how that draft becomes an IndicatorSet.
import type { Credit, IndicatorSet, Source } from '../schemas.js';
import { deepFreeze } from '../define.js';
import type { SectorId } from '../indicators.js';

/** When the indicators were last checked against their sources. */
const verifiedOn = '2026-11-30';

/** Category titles, in the order every set shows its categories. */
const categoryTitles = {
  physical: 'Physical signs',
  psychological: 'Behaviour and emotions',
  situational: 'Living and travel situation',
  'work-and-pay': 'Work and pay',
  'documents-and-movement': 'Documents and movement',
  'sexual-exploitation': 'Sexual exploitation',
  'criminal-exploitation': 'Criminal exploitation',
  vulnerability: 'Vulnerability used against them',
  children: 'Children',
} as const;

type CategoryId = keyof typeof categoryTitles;

const categoryOrder: readonly CategoryId[] = [
  'physical',
  'psychological',
  'situational',
  'work-and-pay',
  'documents-and-movement',
  'sexual-exploitation',
  'criminal-exploitation',
  'vulnerability',
  'children',
];


/** The ids of the indicators a set's file writes, by category. */
type IdsIn<Categories> = {
  [K in keyof Categories]-?: Categories[K] extends readonly { readonly id: infer Id extends string }[] ? Id : never;
}[keyof Categories];

/** An indicator as a set's file writes it: its id starts with the set id, its credits are the set's. */
interface IndicatorDraft<SetId extends string, CreditId extends string> {
  readonly id: `${SetId}-${string}`;
  readonly text: string;
  readonly credits: readonly [CreditId, ...CreditId[]];
  /** The sign is about a child (every sign in `children`, and in a set `aboutChildren`, is). */
  readonly child?: true;
}

/** A set as its file writes it. The first credit is the set's main source. */
interface SetDraft<SetId extends string, Credits extends readonly [Credit, ...Credit[]]> {
  readonly id: SetId;
  readonly title: string;
  readonly summary: string;
  readonly credits: Credits;
  /** Every sign of the set is about a child (a pupil, for example). */
  readonly aboutChildren?: true;
  readonly categories: {
    readonly [K in CategoryId]?: readonly IndicatorDraft<NoInfer<SetId>, NoInfer<Credits[number]['id']>>[];
  };
}

function sourceOf(credit: Credit): Source {
  return credit.licence === undefined
    ? { title: credit.title, url: credit.url }
    : { title: credit.title, url: credit.url, licence: credit.licence };
}

/**
 * Turns a draft into an {@link IndicatorSet}, frozen. The types check that every indicator id
 * starts with the set id and that every indicator credits only the set's own sources, and keep
 * the set's id and its indicators' ids as literal types (`IndicatorId` is made from them).
 */
export function defineSet<
  const SetId extends 'general' | SectorId,
  const Credits extends readonly [Credit, ...Credit[]],
  const Categories extends SetDraft<SetId, Credits>['categories'],
>(draft: SetDraft<SetId, Credits> & { readonly categories: Categories }): IndicatorSet<SetId, IdsIn<Categories>> {
  const set: IndicatorSet<SetId> = {
    id: draft.id,
    sector: draft.id,
    title: draft.title,
    summary: draft.summary,
    categories: categoryOrder.flatMap((categoryId) => {
      const indicators = draft.categories[categoryId];
      if (indicators === undefined || indicators.length === 0) return [];
      return [
        {
          id: categoryId,
          title: categoryTitles[categoryId],
          indicators: indicators.map(({ id, text, credits, child }) =>
            child || draft.aboutChildren || categoryId === 'children' ? { id, text, credits: [...credits], child: true } : { id, text, credits: [...credits] },
          ),
        },
      ];
    }),
    credits: draft.credits.map((credit) => ({ ...credit })),
    source: sourceOf(draft.credits[0]),
    verifiedOn,
  };
  // The ids are the draft's own, which the types cannot follow through `flatMap`.
  return deepFreeze(set) as unknown as IndicatorSet<SetId, IdsIn<Categories>>;
}
