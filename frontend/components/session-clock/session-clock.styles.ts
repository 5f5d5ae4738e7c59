import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-end;
    font-variant-numeric: tabular-nums;
  }

  .label {
    font-size: var(--lumo-font-size-xs, 12px);
    color: var(--lumo-secondary-text-color, #555);
  }

  .time {
    font-size: var(--lumo-font-size-l, 20px);
    font-weight: 600;
  }

  :host([state='warning']) .time {
    color: var(--lumo-warning-text-color, #a15c00);
  }

  :host([state='over']) .time {
    color: var(--lumo-error-text-color, #c33);
  }

  :host([paused]) .time {
    color: var(--lumo-secondary-text-color, #555);
  }
`;
