import { css } from 'lit';
import { baseStyles, cautionStyles } from '../internal/styles.js';
import { visuallyHidden } from '../internal/visually-hidden.js';

export const styles = [
  baseStyles,
  cautionStyles,
  visuallyHidden,
  css`
    p,
    ul {
      margin: 0 0 0.5em;
    }

    ul {
      padding: 0;
      list-style: none;
    }

    .set {
      margin-block-end: 1.5em;
    }

    .title {
      font-weight: 700;
      font-size: 1.25em;
    }

    .secondary {
      color: var(--ctk-color-secondary, #505a5f);
    }

    fieldset {
      margin: 0 0 1em;
      padding: 0;
      border: 0;
    }

    legend {
      margin-block-end: 0.25em;
      padding: 0;
      font-weight: 700;
      font-size: 1.125em;
    }

    .sign {
      display: flex;
      gap: 0.6em;
      align-items: flex-start;
      padding-block: 0.3em;
      cursor: pointer;
    }

    /* A target of at least 24 by 24 CSS px (WCAG 2.2, 2.5.8). */
    input {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--ctk-color-text, #0b0c0c);
    }

    input:focus-visible,
    button:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 2px;
    }

    .next {
      padding: 1em 1.25em;
      border-inline-start: 0.4em solid var(--ctk-checklist-accent, #1d70b8);
      background: var(--ctk-checklist-background, #f3f2f1);
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
      unicode-bidi: isolate;
      /* Whole on one line where it fits; wrapped at its spaces where it does not (320 px). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
      font-weight: 700;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }

    button {
      font: inherit;
      color: inherit;
      min-height: 2.5em;
      padding: 0.25em 0.75em;
      border: 2px solid currentColor;
      border-radius: 0;
      /* Its own colours, the same in every engine (WebKitGTK paints ButtonFace grey, as if disabled). */
      background: var(--ctk-button-background, #ffffff);
      color: var(--ctk-button-color, #0b0c0c);
      cursor: pointer;
    }

    .notes {
      display: none;
    }

    @media (forced-colors: active) {
      .next {
        border: 1px solid CanvasText;
        border-inline-start-width: 0.4em;
      }
    }

    .to-next {
      display: inline-block;
      margin-block-start: 0.5em;
    }

    .next .title:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 2px;
    }

    @media print {
      .actions,
      .to-next {
        display: none;
      }
      .next {
        background: none;
        border: 1px solid #000;
        break-inside: avoid;
      }
      .secondary {
        color: #000;
      }
      /* "Print my notes": the ticked signs and the date, nothing else. */
      .notes-only > :not(.next),
      .notes-only .next > :not(.notes) {
        display: none;
      }
      .notes-only .next {
        border: 0;
        padding: 0;
      }
      .notes-only .notes {
        display: block;
      }
    }
  `,
];
