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
      margin: 0 0 0.35em;
    }

    ul {
      padding: 0;
      list-style: none;
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em 1.5em;
      margin-block-end: 0.75em;
    }

    .control {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      flex: 1 1 14em;
      max-width: 28em;
    }

    label {
      font-weight: 700;
    }

    input,
    select,
    .button {
      font: inherit;
      color: inherit;
      min-height: 2.5em;
      padding: 0.25em 0.5em;
      border: 2px solid currentColor;
      border-radius: 0;
      background: Field;
    }

    .button {
      margin-block-end: 1em;
      /* Its own colours, the same in every engine (WebKitGTK paints ButtonFace grey, as if disabled). */
      background: var(--ctk-button-background, #ffffff);
      color: var(--ctk-button-color, #0b0c0c);
      cursor: pointer;
    }

    input:focus-visible,
    select:focus-visible,
    .button:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px;
    }

    .status {
      color: var(--ctk-color-secondary, #505a5f);
    }

    .title {
      margin-block: 0 0.5em;
      font-size: 1.5em;
      font-weight: 700;
      line-height: 1.25;
    }

    .group-name {
      margin-block: 1em 0.25em;
      font-size: 1.25em;
      font-weight: 700;
    }

    .contact {
      padding-block: 0.75em;
      border-block-start: 1px solid var(--ctk-directory-rule, #b1b4b6);
      margin-block-end: calc(var(--ctk-directory-gap, 1.5em) - 0.75em);
      overflow-wrap: anywhere;
      /* Contacts off screen are not laid out until scrolled to: a keystroke lays out a few. */
      content-visibility: auto;
      contain-intrinsic-size: auto 12em;
    }

    .name {
      font-weight: 700;
      font-size: 1.125em;
    }

    .secondary,
    .label {
      color: var(--ctk-color-secondary, #505a5f);
    }

    .phones li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75em;
    }

    .label {
      flex-basis: 100%;
    }

    .number {
      font-size: 1.25em;
      font-weight: 700;
      unicode-bidi: isolate;
      /* Whole on one line where it fits; wrapped at its spaces where it does not (320 px). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
    }

    .note {
      flex-basis: 100%;
    }

    .facts,
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }

    .stress,
    .open {
      font-weight: 700;
    }

    .open {
      color: var(--ctk-color-open, #00703c);
    }

    @media (forced-colors: active) {
      .open {
        color: CanvasText;
      }
    }

    /* A contact sheet: no controls, no "open now" (it is only true today), addresses written out. */
    @media print {
      .controls,
      .button,
      .now {
        display: none;
      }
      .contacts {
        columns: 2;
        column-gap: 2em;
      }
      .contact {
        content-visibility: visible;
        break-inside: avoid;
        border-color: #000;
      }
      .secondary,
      .label,
      .status {
        color: #000;
      }
      a {
        text-decoration: none;
      }
    }
  `,
];
