// The answers a reader gave, or a page set: read safely and compared.
import type { Scenario, ScenarioChoice } from '@ctkit/data/schemas';

/** A scenario's best choice (a validated set has exactly one). */
export const bestOf = (scenario: Scenario): ScenarioChoice => scenario.choices.find((choice) => choice.best) ?? (scenario.choices[0] as ScenarioChoice);

/** A copy of the answers a page gave, read safely: at most 50 (a set's most scenarios); anything unreadable is no answers. */
export function copyOf(answers: readonly unknown[]): unknown[] {
  try {
    return Array.from({ length: Math.min(answers.length, 50) }, (_, i) => answers[i]);
  } catch {
    return [];
  }
}

/** A list of answers as text, to compare (anything but a number counts as no answer). */
export const key = (answers: readonly unknown[]): string => answers.map((choice) => (typeof choice === 'number' ? choice : -1)).join();
