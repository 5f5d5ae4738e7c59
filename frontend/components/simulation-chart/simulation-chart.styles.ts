import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }

  .controls {
    display: flex;
    align-items: center;
    gap: 8px;
  }

  .controls input[type='range'] {
    flex: 1;
  }

  .controls output {
    min-width: 4em;
    font-variant-numeric: tabular-nums;
  }

  .chart {
    width: 100%;
    height: 260px;
  }
`;
