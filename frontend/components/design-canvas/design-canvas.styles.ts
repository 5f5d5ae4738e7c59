import { css } from 'lit';

/** Styles of <design-canvas>; colours come from Lumo's custom properties so that the theme carries through. */
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 320px;
    border: 1px solid var(--lumo-contrast-20pct, #ccc);
    border-radius: var(--lumo-border-radius-l, 8px);
    background: var(--lumo-base-color, #fff);
    font-family: var(--lumo-font-family, sans-serif);
    font-size: var(--lumo-font-size-s, 14px);
    color: var(--lumo-body-text-color, #222);
    overflow: hidden;
  }

  :host([hidden]) {
    display: none;
  }

  /* Over the page's own size (a height set from Java included), the whole window. */
  :host([fullscreen]) {
    position: fixed;
    inset: 0;
    z-index: 150;
    width: auto !important;
    height: auto !important;
    border-radius: 0;
  }

  .toolbar button[aria-pressed='true'] {
    background: var(--lumo-primary-color-10pct, #e8f0fe);
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    align-items: center;
    padding: 4px 6px;
    border-bottom: 1px solid var(--lumo-contrast-10pct, #eee);
    background: var(--lumo-contrast-5pct, #f6f6f6);
  }

  .toolbar button {
    border: 1px solid transparent;
    background: none;
    border-radius: var(--lumo-border-radius-m, 4px);
    padding: 4px 8px;
    color: var(--lumo-body-text-color, #222);
    min-height: 30px;
  }

  .toolbar button:hover:not(:disabled) {
    background: var(--lumo-contrast-10pct, #eee);
  }

  .toolbar button:disabled {
    color: var(--lumo-disabled-text-color, #aaa);
    cursor: default;
  }

  .toolbar .separator {
    width: 1px;
    align-self: stretch;
    margin: 2px 4px;
    background: var(--lumo-contrast-20pct, #ccc);
  }

  .toolbar .zoom {
    min-width: 3.5em;
    text-align: center;
    color: var(--lumo-secondary-text-color, #555);
  }

  .body {
    flex: 1;
    display: flex;
    min-height: 0;
  }

  .palette,
  .inspector {
    flex: none;
    overflow-y: auto;
    padding: 8px;
    background: var(--lumo-base-color, #fff);
  }

  .palette {
    width: 190px;
    border-right: 1px solid var(--lumo-contrast-10pct, #eee);
  }

  .inspector {
    width: 260px;
    border-left: 1px solid var(--lumo-contrast-10pct, #eee);
  }

  .palette input[type='search'] {
    width: 100%;
    box-sizing: border-box;
    margin-bottom: 6px;
  }

  .palette h3,
  .inspector h3 {
    font-size: var(--lumo-font-size-xs, 12px);
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--lumo-secondary-text-color, #555);
    margin: 10px 0 4px;
  }

  .palette-item {
    display: flex;
    gap: 6px;
    align-items: center;
    width: 100%;
    text-align: left;
    border: 1px solid transparent;
    border-radius: var(--lumo-border-radius-m, 4px);
    background: none;
    padding: 4px 6px;
    color: inherit;
  }

  .palette-item:hover {
    background: var(--lumo-primary-color-10pct, #eef3fb);
  }

  .palette .empty {
    color: var(--lumo-secondary-text-color, #555);
  }

  vaadin-icon {
    width: 16px;
    height: 16px;
    flex: none;
    color: var(--lumo-primary-text-color, #2f5d9b);
  }

  .viewport {
    position: relative;
    flex: 1;
    overflow: hidden;
    cursor: grab;
    touch-action: none;
    background-color: var(--lumo-base-color, #fff);
    background-image: radial-gradient(var(--lumo-contrast-20pct, #ccc) 1px, transparent 1px);
  }

  .viewport:focus {
    outline: none;
  }

  .viewport:focus-visible {
    outline: 2px solid var(--lumo-primary-color, #2f5d9b);
    outline-offset: -2px;
  }

  .viewport.panning {
    cursor: grabbing;
  }

  .world {
    position: absolute;
    left: 0;
    top: 0;
    transform-origin: 0 0;
  }

  .group-box {
    position: absolute;
    border: 2px dashed var(--lumo-contrast-40pct, #999);
    border-radius: 12px;
    pointer-events: none;
  }

  .group-box.zone {
    border-style: dotted;
  }

  .group-box button {
    pointer-events: auto;
    position: absolute;
    left: 8px;
    top: 2px;
    border: none;
    background: none;
    padding: 0 4px;
    font-size: var(--lumo-font-size-xs, 12px);
    color: var(--lumo-secondary-text-color, #555);
    border-radius: 4px;
  }

  .group-box.selected {
    border-color: var(--lumo-primary-color, #2f5d9b);
  }

  svg.arrows {
    position: absolute;
    left: 0;
    top: 0;
    width: 1px;
    height: 1px;
    overflow: visible;
  }

  .arrow line.visible {
    stroke: var(--lumo-contrast-60pct, #667);
    stroke-width: 1.5;
  }

  .arrow.async line.visible {
    stroke-dasharray: 6 4;
  }

  .arrow line.hit {
    stroke: transparent;
    stroke-width: 12;
    cursor: pointer;
  }

  .arrow text {
    font-size: 11px;
    fill: var(--lumo-secondary-text-color, #555);
    paint-order: stroke;
    stroke: var(--lumo-base-color, #fff);
    stroke-width: 3px;
  }

  .arrow.selected line.visible,
  .arrow:focus line.visible {
    stroke: var(--lumo-primary-color, #2f5d9b);
    stroke-width: 2.5;
  }

  .arrow:focus {
    outline: none;
  }

  marker path {
    fill: var(--lumo-contrast-60pct, #667);
  }

  .component {
    position: absolute;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 2px;
    padding: 4px 10px;
    border: 1.5px solid var(--lumo-primary-color-50pct, #8aa4c8);
    border-radius: 8px;
    background: var(--lumo-base-color, #fff);
    box-shadow: var(--lumo-box-shadow-xs, 0 1px 2px rgba(0, 0, 0, 0.15));
    cursor: move;
    user-select: none;
  }

  .component .title {
    display: flex;
    gap: 6px;
    align-items: center;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .component .title .name {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .component .detail.missing {
    font-style: italic;
    color: var(--lumo-tertiary-text-color, #888);
  }

  .component .detail {
    font-size: var(--lumo-font-size-xs, 12px);
    color: var(--lumo-secondary-text-color, #555);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .component.selected {
    border-color: var(--lumo-primary-color, #2f5d9b);
    box-shadow: 0 0 0 3px var(--lumo-primary-color-25pct, #c8d6ea);
  }

  .component.highlighted {
    border-color: var(--lumo-error-color, #c33);
    box-shadow: 0 0 0 3px var(--lumo-error-color-10pct, #fbe4e4);
  }

  /* A comparison with another design: the outline and the words on the tag say the same, for those who cannot
     tell the colours apart. */
  .component.mark-both {
    border: 2.5px solid var(--lumo-success-color, #2a8a4a);
  }

  .component.mark-only {
    border: 2.5px dashed var(--lumo-warning-text-color, #a35a00);
  }

  .component .mark {
    position: absolute;
    left: 8px;
    top: -11px;
    max-width: calc(100% - 16px);
    padding: 0 6px;
    border-radius: 8px;
    font-size: 11px;
    line-height: 18px;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: #fff;
    transform: scale(var(--counter-zoom, 1));
    transform-origin: left bottom;
  }

  .component.mark-both .mark {
    background: var(--lumo-success-color, #2a8a4a);
  }

  .component.mark-only .mark {
    background: var(--lumo-warning-text-color, #a35a00);
  }

  .component.load-low {
    background: var(--lumo-success-color-10pct, #e6f6ec);
  }

  .component.load-mid {
    background: var(--lumo-warning-color-10pct, #fdf1dc);
  }

  .component.load-high {
    background: var(--lumo-error-color-10pct, #fbe4e4);
    border-color: var(--lumo-error-color, #c33);
  }

  .component.load-down {
    background: var(--lumo-contrast-30pct, #bbb);
    border-style: dashed;
  }

  .component.connect-source {
    border-style: dashed;
  }

  .component:focus-visible,
  .arrow:focus-visible line.visible,
  .palette-item:focus-visible,
  .toolbar button:focus-visible,
  .group-box button:focus-visible {
    outline: 2px solid var(--lumo-primary-color, #2f5d9b);
    outline-offset: 2px;
  }

  .handle {
    position: absolute;
    right: -7px;
    top: calc(50% - 7px);
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 2px solid var(--lumo-base-color, #fff);
    background: var(--lumo-primary-color, #2f5d9b);
    cursor: crosshair;
  }

  :host([readonly]) .component {
    cursor: pointer;
  }

  .marker {
    position: absolute;
    z-index: 2;
    box-sizing: border-box;
    padding: 0;
    border: 2px solid var(--lumo-base-color, #fff);
    border-radius: 50%;
    background: var(--lumo-error-color, #c33);
    color: var(--lumo-error-contrast-color, #fff);
    font: 700 var(--lumo-font-size-xs, 12px) / 1 var(--lumo-font-family, sans-serif);
    cursor: pointer;
    box-shadow: var(--lumo-box-shadow-xs, 0 1px 2px rgba(0, 0, 0, 0.2));
  }

  .marker.open,
  .marker:focus-visible {
    outline: 2px solid var(--lumo-primary-color, #2f5d9b);
    outline-offset: 2px;
  }

  .marker-text {
    position: absolute;
    z-index: 3;
    box-sizing: border-box;
    width: 240px;
    padding: 6px 8px;
    border: 1px solid var(--lumo-contrast-20pct, #ccc);
    border-radius: var(--lumo-border-radius-m, 6px);
    background: var(--lumo-base-color, #fff);
    box-shadow: var(--lumo-box-shadow-s, 0 2px 6px rgba(0, 0, 0, 0.2));
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    cursor: auto;
  }

  .rubber-band {
    position: absolute;
    border: 1px solid var(--lumo-primary-color, #2f5d9b);
    background: var(--lumo-primary-color-10pct, rgba(47, 93, 155, 0.1));
    pointer-events: none;
  }

  .hint {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    padding: 2em;
    color: var(--lumo-secondary-text-color, #555);
    pointer-events: none;
  }

  .inspector label {
    display: block;
    margin-top: 8px;
    font-size: var(--lumo-font-size-xs, 12px);
    font-weight: 500;
    color: var(--lumo-secondary-text-color, #555);
  }

  .inspector label.check {
    display: flex;
    gap: 6px;
    align-items: center;
    color: inherit;
    font-size: inherit;
  }

  .inspector input:not([type='checkbox']),
  .inspector select,
  .inspector textarea {
    display: block;
    width: 100%;
    box-sizing: border-box;
    margin-top: 2px;
    font: inherit;
    padding: 4px 6px;
  }

  .inspector [aria-invalid='true'] {
    border-color: var(--lumo-error-color, #c33);
  }

  .inspector .error {
    color: var(--lumo-error-text-color, #c33);
    font-size: var(--lumo-font-size-xs, 12px);
    margin-top: 2px;
  }

  .inspector .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 12px;
  }

  .inspector dl {
    margin: 0;
  }

  .inspector dt {
    margin-top: 6px;
    font-size: var(--lumo-font-size-xs, 12px);
    color: var(--lumo-secondary-text-color, #555);
  }

  .inspector dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }

  .inspector .help {
    color: var(--lumo-secondary-text-color, #555);
    font-size: var(--lumo-font-size-xs, 12px);
  }

  .inspector .help kbd {
    font-family: inherit;
    border: 1px solid var(--lumo-contrast-20pct, #ccc);
    border-radius: 3px;
    padding: 0 3px;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
