import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    .card {
      padding: var(--ctk-guidance-padding, 1em 1.25em);
      border: 1px solid var(--ctk-guidance-border, #b1b4b6);
      background: var(--ctk-guidance-background, #fff);
    }

    p,
    ul,
    ol {
      margin: 0 0 0.6em;
    }

    .title {
      font-size: 1.375em;
      font-weight: 700;
    }

    .summary {
      font-size: 1.125em;
    }

    .section {
      margin-block: 1em;
    }

    .section-title {
      font-size: 1.125em;
      font-weight: 700;
    }

    /* WCAG 2.2 target size (2.5.8): each row at least 24 px tall, with room between rows. */
    summary {
      cursor: pointer;
      min-block-size: 24px;
      padding-block: 0.15em;
    }

    summary:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 2px;
    }

    .rule ul {
      padding: 0;
      list-style: none;
    }

    .rule li {
      margin-block-end: 0.4em;
    }

    .rule-title {
      font-weight: 700;
      margin-block-end: 0.25em;
    }

    .mark {
      font-weight: 700;
    }

    .do .mark {
      color: var(--ctk-color-do, #00703c);
    }

    .dont .mark {
      color: var(--ctk-color-dont, #d4351c);
    }

    .why,
    .sources {
      color: var(--ctk-color-secondary, #505a5f);
    }

    .why {
      margin: 0.25em 0 0 1.25em;
    }

    .why-label {
      font-weight: 700;
    }

    @media (forced-colors: active) {
      .do .mark,
      .dont .mark {
        color: CanvasText;
      }
    }

    @media print {
      .card {
        border: 0;
        padding: 0;
        background: none;
      }
      .why,
      .sources {
        color: #000;
      }
      /* On paper every section and reason is shown: nothing can be clicked open. */
      details::details-content {
        content-visibility: visible;
        display: block;
      }
      summary {
        list-style: none;
      }
      .section {
        break-inside: avoid;
      }
    }

    /* The poster: one A4 page, two columns, no reasons. */
    :host([variant='poster']) .card {
      border-width: 0.3em;
    }

    @media print {
      :host([variant='poster']) {
        font-size: 10pt;
      }
      :host([variant='poster']) .card {
        columns: 2;
        column-gap: 1.5em;
        border: 0;
      }
      :host([variant='poster']) .title,
      :host([variant='poster']) .summary {
        column-span: all;
      }
    }
  `,
];
