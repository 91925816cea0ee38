// The review: every scenario with its choices, the best marked in words and with a ✓, and the
// reason for each. The review view shows it, and so does the quiz until it runs (without
// JavaScript, every scenario reads with its answers).
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ScenarioChoice, ScenarioSet } from '@ctkit/data/schemas';
import { fromData } from '../internal/markup.js';

const reviewChoice = (choice: ScenarioChoice): TemplateResult =>
  html`<li part=${choice.best ? 'choice best' : 'choice'} class=${choice.best ? 'best' : ''}>
    <p class="choice-text">${choice.best ? html`<strong><span aria-hidden="true">✓ </span>${msg('The best action:')}</strong> ` : nothing}${fromData(choice.text)}</p>
    <p class="why"><span class="why-label">${msg('Why:')}</span> ${fromData(choice.feedback)}</p>
  </li>`;

/** Every scenario of `set`, each titled at heading `level`. */
export const reviewList = (set: ScenarioSet, level: number): TemplateResult => html`
  <ol class="review" role="list">
    ${set.scenarios.map(
      (scenario, i) => html`<li part="scenario" class="scenario">
        <p part="scenario-title" class="scenario-title" role="heading" aria-level=${level}>${msg(str`Scenario ${i + 1}:`)} ${fromData(scenario.title)}</p>
        <p part="situation">${fromData(scenario.situation)}</p>
        <p part="question" class="question">${fromData(scenario.question)}</p>
        <ul class="choices" role="list">
          ${scenario.choices.map(reviewChoice)}
        </ul>
      </li>`,
    )}
  </ol>
`;
