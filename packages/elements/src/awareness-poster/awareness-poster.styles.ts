import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    .poster {
      container-type: inline-size;
      padding: 1.25em 1.5em;
      border: 1px solid var(--ctk-poster-border, #b1b4b6);
      background: var(--ctk-poster-background, #ffffff);
    }

    p,
    ul {
      margin: 0 0 0.75em;
    }

    /* A band across the poster, to its edges: its margins undo the poster's padding, which is
       in the poster's em (the title's own is 1.75 times larger). */
    .title {
      margin: 0 calc(-1.5em / 1.75) calc(1em / 1.75);
      padding: 0.5em calc(1.5em / 1.75);
      font-size: 1.75em;
      font-weight: 700;
      line-height: 1.2;
      background: var(--ctk-poster-accent, #1d70b8);
      color: var(--ctk-poster-accent-text, #ffffff);
    }

    .poster > .title:first-child {
      margin-block-start: calc(-1.25em / 1.75);
    }

    .intro,
    .statements,
    .signs {
      font-size: 1.2em;
    }

    .statements li,
    .signs li {
      margin-block-end: 0.4em;
    }

    .reassurance {
      padding: 0;
      list-style: none;
      font-size: 1.2em;
      font-weight: 700;
    }

    .proof,
    .action {
      font-weight: 700;
    }

    .number {
      /* Whole on one line where it fits; wrapped at its spaces where it does not (320 px). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
    }

    .big-number {
      margin-block: 0.25em 0.4em;
      /* As large as the poster's width allows (the digits are about 8 em wide); on a narrow
         screen it may wrap at its spaces rather than overflow. */
      font-size: min(2.25em, 11cqi);
      font-weight: 700;
      line-height: 1.15;
    }

    .big-number a {
      color: var(--ctk-poster-accent, #1d70b8);
    }

    .big-number .number {
      white-space: normal;
    }

    .helpline-name {
      display: block;
      font-size: 0.4em;
    }

    .digits {
      /* Whole on one line where it fits; wrapped at its spaces where it does not (320 px). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
    }

    .steps {
      padding-inline-start: 1.25em;
    }

    .steps li {
      margin-block-end: 0.5em;
    }

    .emergency,
    .danger {
      padding-inline-start: 0.5em;
      border-inline-start: 0.25em solid var(--ctk-color-emergency, #d4351c);
      font-weight: 700;
    }

    .language {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }

    .language select {
      font: inherit;
      min-height: 2.75em;
      padding: 0.25em 0.5em;
      border: 2px solid var(--ctk-color-text, #0b0c0c);
      background: #ffffff;
      color: #0b0c0c;
    }

    .language select:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 2px;
    }

    .draft,
    .nothing-recorded,
    figcaption {
      color: var(--ctk-color-secondary, #505a5f);
      font-size: 0.9em;
    }

    .qr {
      display: flex;
      align-items: center;
      gap: 1em;
      margin: 0.75em 0;
    }

    .qr-code {
      inline-size: 8em;
      block-size: 8em;
      flex: none;
      forced-color-adjust: none;
    }

    figcaption {
      overflow-wrap: anywhere;
    }

    .tear-offs {
      display: flex;
      /* On a narrow screen the strips go on to a second row; on paper they fit on one. */
      flex-wrap: wrap;
      margin: 1em -1.5em -1.25em;
      padding: 0;
      list-style: none;
      border-block-start: 2px dashed var(--ctk-poster-border, #b1b4b6);
    }

    .tear-offs li {
      flex: 1 0 auto;
      padding: 0.5em 0.25em;
      writing-mode: vertical-rl;
      text-align: center;
      border-inline-end: 1px dashed var(--ctk-poster-border, #b1b4b6);
    }

    .tear-offs .name {
      display: block;
      font-size: 0.6em;
    }

    .tear-offs li:last-child {
      border-inline-end: none;
    }

    .tear-offs .digits {
      font-weight: 700;
    }

    @media (forced-colors: active) {
      .title {
        border: 2px solid CanvasText;
      }
    }

    /* One page: A4 (190 mm by 277 mm inside 10 mm margins) or A3; the number readable from two metres. */
    @media print {
      :host {
        break-inside: avoid;
      }

      /* On paper there is room: a number in a sentence stays on one line. */
      .number,
      .digits {
        white-space: nowrap;
      }

      .poster {
        inline-size: min(190mm, 100%);
        padding: 0;
        border: none;
        font-size: 10.5pt;
      }

      .title,
      .poster > .title:first-child {
        margin: 0 0 0.75em;
      }

      .tear-offs {
        margin: 0.75em 0 0;
      }

      .poster.a3 {
        inline-size: min(277mm, 100%);
        font-size: 15.5pt;
      }

      .big-number {
        font-size: 22mm;
      }

      .a3 .big-number {
        font-size: 31mm;
      }

      .qr-code {
        inline-size: 30mm;
        block-size: 30mm;
      }

      .a3 .qr-code {
        inline-size: 42mm;
        block-size: 42mm;
      }

      .screen-only {
        display: none;
      }

      .title,
      .big-number a {
        print-color-adjust: exact;
      }

      a {
        text-decoration: none;
      }
    }
  `,
];
