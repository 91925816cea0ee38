import { css } from 'lit';
import { baseStyles, cautionStyles } from '../internal/styles.js';
import { visuallyHidden } from '../internal/visually-hidden.js';

export const styles = [
  baseStyles,
  cautionStyles,
  visuallyHidden,
  css`
    :host([variant='inline']) {
      display: inline;
    }

    .banner {
      padding: var(--ctk-banner-padding, 1em 1.25em);
      border-inline-start: var(--ctk-banner-accent-width, 0.4em) solid var(--ctk-banner-accent, #1d70b8);
      background: var(--ctk-banner-background, #f3f2f1);
      border-radius: var(--ctk-banner-radius, 0);
      /* A word too long for the line (an address in a name) breaks rather than run past the edge. */
      overflow-wrap: break-word;
    }

    p,
    ul {
      margin: 0 0 0.5em;
    }

    .banner > :last-child {
      margin-block-end: 0;
    }

    .name {
      font-weight: 700;
      font-size: 1.125em;
    }

    .call {
      font-size: var(--ctk-banner-number-size, 1.5em);
      font-weight: 700;
    }

    .number {
      unicode-bidi: isolate;
      /* Whole on one line where it fits; wrapped at its spaces where it does not (320 px). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
    }

    .label,
    .note {
      display: block;
      font-size: 1rem;
      font-weight: 400;
    }

    .facts,
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      padding: 0;
      list-style: none;
    }

    .stress {
      font-weight: 700;
    }

    .compact .number {
      font-weight: 700;
    }

    .emergency {
      padding-inline-start: 0.5em;
      border-inline-start: 0.25em solid var(--ctk-color-emergency, #d4351c);
    }

    @media (forced-colors: active) {
      .banner {
        border: 1px solid CanvasText;
        border-inline-start-width: var(--ctk-banner-accent-width, 0.4em);
      }
    }

    @media print {
      .banner {
        background: none;
        border: 1px solid #000;
        border-inline-start-width: 0.4em;
        break-inside: avoid;
      }
      /* A printed sheet cannot be tapped: the number itself is what matters. */
      a[part='phone'] {
        text-decoration: none;
      }
    }
  `,
];
