import { css } from 'lit';
import { baseStyles, cautionStyles } from '../internal/styles.js';
import { visuallyHidden } from '../internal/visually-hidden.js';

export const styles = [
  baseStyles,
  cautionStyles,
  visuallyHidden,
  css`
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
    .help,
    .source {
      color: var(--ctk-color-secondary, #505a5f);
    }

    .source {
      font-size: 0.875em;
      margin-block-start: 1em;
    }

    button {
      font: inherit;
      color: inherit;
      min-height: 2.75em;
      padding: 0.4em 1em;
      border: 2px solid currentColor;
      border-radius: 0.25em;
      /* Its own colours, the same in every engine (WebKitGTK paints ButtonFace grey, as if disabled). */
      background: var(--ctk-button-background, #ffffff);
      color: var(--ctk-button-color, #0b0c0c);
      cursor: pointer;
    }

    button:focus-visible,
    summary:focus-visible,
    .title:focus-visible,
    .step-title:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 2px;
    }

    summary {
      cursor: pointer;
    }

    .number {
      /* Whole on one line where it fits; wrapped at its spaces where it does not (320 px). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
    }

    .why-label,
    .label,
    .contact-name {
      font-weight: 700;
    }

    /* Guided: the answers so far, the step shown, Back and Start again. */
    .path {
      padding-inline-start: 0.75em;
      border-inline-start: 0.25em solid var(--ctk-flow-border, #b1b4b6);
    }

    .path-title {
      font-weight: 700;
      margin-block-end: 0.25em;
    }

    .step {
      padding: 1em 1.25em;
      border: 1px solid var(--ctk-flow-border, #b1b4b6);
      background: var(--ctk-flow-background, #fff);
    }

    .step.action {
      border-inline-start: 0.4em solid var(--ctk-flow-accent, #1d70b8);
    }

    .step-title {
      font-size: 1.25em;
      font-weight: 700;
    }

    .answers {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin: 0;
    }

    .answers button {
      border-color: var(--ctk-flow-accent, #1d70b8);
      text-align: start;
    }

    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-block-start: 1em;
    }

    .contacts {
      padding: 0;
      list-style: none;
    }

    .contacts li {
      margin-block-end: 0.25em;
    }

    .contacts .line {
      display: inline-block;
      max-width: calc(100% - 0.5em);
      margin-inline-start: 0.5em;
    }

    .step .contacts .line {
      display: block;
      margin-inline-start: 0;
    }

    /* On a phone, a number is a target a thumb finds: 44 px tall, as the banner's. */
    @media (max-width: 40em) {
      .contacts a[part='phone'] {
        display: inline-flex;
        align-items: center;
        min-block-size: 44px;
      }
    }

    /* Diagram: boxes one under another, a question's answers branching off to the side. */
    .sequence {
      padding: 0;
      margin: 0;
      list-style: none;
    }

    .sequence > li + li::before {
      content: '↓' / '';
      display: block;
      padding-inline-start: 0.9em;
      color: var(--ctk-flow-line, #505a5f);
      line-height: 1.3;
    }

    .box {
      display: block;
      max-width: 42em;
      padding: 0.35em 0.6em;
      border: 2px solid var(--ctk-flow-border, #b1b4b6);
      border-radius: 0.5em;
      background: var(--ctk-flow-background, #fff);
    }

    .info .box {
      border-style: dashed;
    }

    .action .box {
      border-radius: 0;
      border-color: var(--ctk-flow-accent, #1d70b8);
    }

    .end .box {
      border-inline-start-width: 0.4em;
    }

    .ref .box {
      border-style: dotted;
      font-style: italic;
    }

    .kind {
      display: block;
      font-size: 0.8em;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--ctk-color-secondary, #505a5f);
    }

    .box-title {
      font-weight: 700;
    }

    .box details {
      margin-block-start: 0.2em;
    }

    .box details > :not(summary) {
      margin-block: 0.4em 0;
    }

    .box .contacts {
      margin: 0.2em 0 0;
    }

    .branches {
      padding: 0;
      margin: 0;
      margin-inline-start: 1.2em;
      list-style: none;
    }

    .branch {
      position: relative;
      padding-block-start: 0.5em;
      padding-inline-start: 1.5em;
    }

    /* The line from the question down and across to each answer. */
    .branch::before,
    .branch:not(:last-child)::after {
      content: '';
      position: absolute;
      inset-inline-start: 0;
      top: 0;
      border-inline-start: 2px solid var(--ctk-flow-line, #505a5f);
    }

    .branch::before {
      height: 1.2em;
      width: 1.2em;
      border-block-end: 2px solid var(--ctk-flow-line, #505a5f);
    }

    .branch:not(:last-child)::after {
      bottom: 0;
    }

    .edge {
      display: inline-block;
      margin-block-end: 0.25em;
      padding: 0 0.5em;
      border-radius: 1em;
      background: var(--ctk-flow-edge-background, #f3f2f1);
      font-weight: 700;
    }

    /* Narrow screens (320 px, or 400% zoom): the same lists, with less indent, so a box twelve
       answers deep still holds its longest word. */
    @media (max-width: 30em) {
      .branches {
        margin-inline-start: 0.2em;
      }
      .branch {
        padding-inline-start: 0.6em;
      }
      .branch::before {
        width: 0.45em;
      }
    }

    @media (forced-colors: active) {
      .box,
      .step {
        border-color: CanvasText;
      }
      .branch::before,
      .branch:not(:last-child)::after {
        border-color: CanvasText;
      }
      .edge {
        border: 1px solid CanvasText;
      }
    }

    /* The guided view prints the whole flow with the reader's answers marked, not its buttons. */
    .print-chart {
      display: none;
    }

    @media print {
      .guided .print-chart {
        display: block;
        margin-block-start: 1em;
      }
      .guided .step.question,
      .guided .step.info {
        display: none;
      }
      .edge.given {
        font-weight: 700;
      }
      .edge.given::before {
        content: '✓ ' / '';
      }
      :host {
        font-size: 9pt;
        line-height: 1.2;
      }
      .title {
        font-size: 1.2em;
      }
      .title,
      .summary {
        margin-block: 0 0.4em;
      }
      .edge {
        margin-block-end: 0.1em;
      }
      .nav,
      .continue {
        display: none;
      }
      .box,
      .step,
      .edge {
        background: none;
        break-inside: avoid;
      }
      .summary,
      .help,
      .source,
      .kind {
        color: #000;
      }
      .box details {
        display: none;
      }
      /* Compact on paper: kind and title on one line, an action's contacts on the next. */
      .box {
        max-width: none;
        padding-block: 0.15em;
      }
      .kind {
        display: inline;
        margin-inline-end: 0.4em;
      }
      .box .contacts li {
        display: inline;
      }
      .box .contacts li + li::before {
        content: '; ' / '';
      }
      /* The caution stays on paper, in the line of its contact. */
      .box .contacts .caution {
        display: inline;
        padding: 0;
        border: 0;
      }
      .branch {
        padding-block-start: 0.2em;
      }
      .branch::before {
        height: 0.9em;
      }
    }
  `,
];
