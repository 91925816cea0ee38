import { css } from 'lit';

/**
 * Styles every ctkit component shares: inherit the page's font, a visible focus ring,
 * the configuration error box, and forced-colours and print behaviour. (Components that move
 * add their own `prefers-reduced-motion` rules.)
 * Every value comes through a documented `--ctk-*` custom property with a default.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--ctk-color-text, #0b0c0c);
    font-family: var(--ctk-font-family, inherit);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--ctk-color-link, #1d70b8);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: 3px solid var(--ctk-color-focus, #0b0c0c);
    outline-offset: 2px;
    text-decoration: none;
  }

  .error {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--ctk-color-error, #d4351c);
    background: var(--ctk-color-error-background, #fdf0ee);
    color: var(--ctk-color-text, #0b0c0c);
  }

  .error .notice {
    margin: 0;
  }

  .error summary {
    min-block-size: 24px;
    margin-block-start: 0.25em;
    cursor: pointer;
  }

  .error summary:focus-visible {
    outline: 3px solid var(--ctk-color-focus, #0b0c0c);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .error {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.3em;
    }
  }

  @media print {
    :host {
      color: #000;
    }
    a {
      color: #000;
    }
    /* On paper a web link is its address. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    /* A heading stays with what follows it, never alone at the foot of a page. */
    [role='heading'] {
      break-after: avoid;
    }
  }
`;

/**
 * `.caution` (see `caution()` in markup.ts): a block with a bar on its leading edge, or, in
 * its `short` form inside a sentence, bold words only. Shown on screen and on paper alike.
 */
export const cautionStyles = css`
  .caution {
    display: block;
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--ctk-color-caution, #f47738);
  }

  .caution.short {
    display: inline;
    padding: 0;
    border: 0;
    font-weight: 700;
  }

  @media print {
    .caution {
      border-inline-start-color: #000;
    }
  }
`;
