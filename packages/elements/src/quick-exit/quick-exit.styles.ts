import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    :host([sticky]) {
      position: sticky;
      top: 0;
      z-index: 1000;
      padding-block: 0.5em;
      background: var(--ctk-quick-exit-bar-background, #ffffff);
    }

    .base {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }

    .button {
      display: inline-block;
      padding: 0.5em 1em;
      border: 2px solid transparent;
      border-radius: 0;
      box-shadow: 0 2px 0 var(--ctk-quick-exit-shadow, #55150b);
      background: var(--ctk-quick-exit-background, #d4351c);
      color: var(--ctk-quick-exit-color, #fff);
      font-weight: 700;
      font-size: 1.125em;
      text-decoration: none;
    }

    .button:hover {
      text-decoration: underline;
    }

    .button:focus-visible {
      outline: 3px solid var(--ctk-color-focus, #0b0c0c);
      outline-offset: 2px;
    }

    .indicator {
      display: inline-flex;
      gap: 0.25em;
    }

    .light {
      width: 0.75em;
      height: 0.75em;
      border: 2px solid currentColor;
      border-radius: 50%;
      transition: background-color 0.2s;
    }

    .light.on {
      background: currentColor;
    }

    .note {
      margin: 0.5em 0 0;
    }

    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: 0 !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }

    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
        forced-color-adjust: none;
        background: ButtonText;
        color: ButtonFace;
      }
      .button:focus-visible {
        outline-color: Highlight;
      }
      .light.on {
        background: CanvasText;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .light {
        transition: none;
      }
    }

    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
