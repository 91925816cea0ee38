import { css } from 'lit';

/**
 * `.visually-hidden`: read by screen readers, not shown. Its own module, so only the
 * components that use it carry it.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
