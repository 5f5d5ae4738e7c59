import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--lumo-space-xs, 4px);
  }

  .chart {
    width: 100%;
    height: var(--progress-chart-height, 240px);
  }

  ::slotted([slot='summary']) {
    margin: 0;
    color: var(--lumo-secondary-text-color, #555);
    font-size: var(--lumo-font-size-s, 0.875rem);
  }

  /* Read by screen readers, not shown: the drawing above is its visual form. */
  .text-alternative {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
