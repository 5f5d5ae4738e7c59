import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styles } from './session-clock.styles.js';

/**
 * A countdown that the server sets and the browser runs: the server sends the time left (its own
 * clock is the truth), the element counts down from the moment it received it. Below zero it
 * counts the time over, as "+m:ss". With count-up it shows the time spent instead, counting
 * upward, and never warns: a guided session is practice without a deadline.
 *
 * @property remaining - milliseconds left when the value was set; negative when already over
 * @property spent - milliseconds spent when the value was set; shown with count-up
 * @property countUp - (attribute count-up) show the time spent, counting upward, with no warning
 * @property label - what is being counted, such as "Stage" or "Session"
 * @property paused - the clock stands still
 * @attr state - "running", "warning" (a minute or less left) or "over"; reflects for styling
 * @fires clock-warning - once per budget when a minute is left, or at once when opened with less than that left
 * @fires clock-over - once, when the time runs out
 */
@customElement('session-clock')
export class SessionClock extends LitElement {
  static override styles = styles;

  @property({ type: Number }) remaining = 0;
  @property({ type: Number }) spent = 0;
  @property({ type: Boolean, reflect: true, attribute: 'count-up' }) countUp = false;
  @property() label = '';
  @property({ type: Boolean, reflect: true }) paused = false;
  @property({ reflect: true }) state = 'running';

  @state() private left = 0;
  private setAt = 0;
  private timer?: number;
  private warned = false;
  private over = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = window.setInterval(() => this.tick(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('remaining') || changed.has('spent') || changed.has('countUp') || changed.has('paused')) {
      this.setAt = Date.now();
      // A fresh budget re-arms the warning; a page opened with under a minute left still warns once.
      if (this.remaining > 60_000) {
        this.warned = false;
      }
      this.over = this.remaining <= 0;
      this.tick();
    }
  }

  private tick(): void {
    if (this.countUp) {
      this.left = this.paused ? this.spent : this.spent + (Date.now() - this.setAt);
      this.state = 'running';
      return;
    }
    this.left = this.paused ? this.remaining : this.remaining - (Date.now() - this.setAt);
    this.state = this.left <= 0 ? 'over' : this.left <= 60_000 ? 'warning' : 'running';
    if (!this.warned && this.left <= 60_000 && this.left > 0) {
      this.warned = true;
      this.dispatchEvent(new CustomEvent('clock-warning', { bubbles: true, composed: true }));
    }
    if (!this.over && this.left <= 0) {
      this.over = true;
      this.dispatchEvent(new CustomEvent('clock-over', { bubbles: true, composed: true }));
    }
  }

  override render() {
    const seconds = Math.floor(Math.abs(this.left) / 1000);
    const text = `${this.left < 0 ? '+' : ''}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const spoken = this.countUp ? `${text} spent` : this.left < 0 ? `${text.slice(1)} over` : `${text} left`;
    return html`<span class="label">${this.label}${this.paused ? ' (paused)' : ''}</span>
      <span class="time" role="timer" aria-label="${this.label}: ${spoken}">${text}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'session-clock': SessionClock;
  }
}
