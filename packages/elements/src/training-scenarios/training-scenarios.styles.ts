import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';
import { visuallyHidden } from '../internal/visually-hidden.js';

export const styles = [
  baseStyles,
  visuallyHidden,
  css`
    .training {
      padding: var(--ctk-training-padding, 1em 1.25em);
      border: 1px solid var(--ctk-training-border, #b1b4b6);
      background: var(--ctk-training-background, #ffffff);
    }

    p,
    ol,
    ul {
      margin: 0 0 0.6em;
    }

    .title {
      font-size: 1.375em;
      font-weight: 700;
    }

    .summary,
    .progress,
    .sources {
      color: var(--ctk-color-secondary, #505a5f);
    }

    .sources {
      font-size: 0.875em;
      margin-block-start: 1em;
    }

    .scenario-title,
    .end-title {
      font-size: 1.25em;
      font-weight: 700;
    }

    .feedback-title {
      font-size: 1.125em;
      font-weight: 700;
    }

    .question,
    .why-label {
      font-weight: 700;
    }

    .title:focus-visible,
    .scenario-title:focus-visible,
    .feedback-title:focus-visible,
    .end-title:focus-visible,
    button:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 2px;
    }

    .choices {
      padding: 0;
      list-style: none;
    }

    .choices > li {
      margin-block-end: 0.75em;
    }

    button {
      font: inherit;
      color: var(--ctk-button-color, #0b0c0c);
      min-height: 2.75em;
      padding: 0.4em 1em;
      border: 2px solid currentColor;
      border-radius: 0.25em;
      /* Its own colours, the same in every engine (WebKitGTK paints ButtonFace grey, as if disabled). */
      background: var(--ctk-button-background, #ffffff);
      cursor: pointer;
    }

    .choices button {
      inline-size: 100%;
      text-align: start;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-block-start: 1em;
    }

    .feedback,
    .end {
      padding: 0.75em 1em;
      border-inline-start: 0.25em solid var(--ctk-training-border, #b1b4b6);
    }

    .feedback.is-best,
    .best {
      border-inline-start: 0.25em solid var(--ctk-color-do, #00703c);
      padding-inline-start: 0.75em;
    }

    .best {
      margin-block: 0.75em;
    }

    .review {
      padding: 0;
      list-style: none;
    }

    .review > .scenario {
      margin-block-end: 1.5em;
    }

    .review .choices > li {
      padding-inline-start: 0.75em;
      border-inline-start: 0.25em solid transparent;
    }

    .review .choices > li.best {
      border-inline-start-color: var(--ctk-color-do, #00703c);
    }

    .steps {
      padding-inline-start: 1.25em;
    }

    .steps li {
      margin-block-end: 0.5em;
    }

    .emergency {
      padding-inline-start: 0.5em;
      border-inline-start: 0.25em solid var(--ctk-color-emergency, #d4351c);
      font-weight: 700;
    }

    .number {
      /* Whole on one line where it fits; wrapped at its spaces where it does not (320 px). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
    }

    /* On a phone, a number is a target a thumb finds: 44 px tall. */
    @media (max-width: 40em) {
      a[part='phone'] {
        display: inline-flex;
        align-items: center;
        min-block-size: 44px;
      }
    }

    /* Forced colours paint every border: the best keeps its bar, the others lose theirs (the words mark it too). */
    @media (forced-colors: active) {
      .review .choices > li {
        border-inline-start-color: Canvas;
      }

      .best,
      .review .choices > li.best,
      .feedback.is-best {
        border-inline-start-color: CanvasText;
      }
    }

    /* A handout: every scenario whole on its page, none of the buttons that move on (a quiz printed keeps its choices). */
    @media print {
      .training {
        border: none;
        padding: 0;
      }

      .actions {
        display: none;
      }

      .review > .scenario {
        break-inside: avoid;
      }

      a[href^='http']::after {
        content: ' (' attr(href) ')';
        font-size: 0.875em;
        overflow-wrap: anywhere;
      }
    }
  `,
];
