import * as echarts from 'echarts';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styles } from './simulation-chart.styles.js';

/** One second of a run, as the server sends it. */
export interface TickPoint {
  second: number;
  throughputRps: number;
  errorRate: number;
  latency: { p50Ms: number; p95Ms: number; p99Ms: number };
}

/**
 * Plays back a traffic simulation that the server computed whole: latency percentiles, throughput
 * and error rate over time, with play, pause and a slider to scrub. No server round trip per frame.
 *
 * @property ticks - the run's seconds, as a JSON array of TickPoint
 * @fires tick-change - detail.second: the second now shown, as playback or scrubbing moves
 */
@customElement('simulation-chart')
export class SimulationChart extends LitElement {
  static override styles = styles;

  @property() ticks = '[]';
  @state() private second = 0;
  @state() private playing = false;

  @query('.chart') private container!: HTMLElement;
  private chart?: echarts.ECharts;
  private points: TickPoint[] = [];
  private timer?: number;
  private resizeObserver = new ResizeObserver(() => this.chart?.resize());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.resizeObserver.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  protected override firstUpdated(): void {
    this.chart = echarts.init(this.container);
    this.resizeObserver.observe(this.container);
    this.draw();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ticks')) {
      try {
        this.points = JSON.parse(this.ticks) as TickPoint[];
      } catch {
        this.points = [];
      }
      this.stop();
      this.second = Math.max(0, this.points.length - 1);
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('ticks')) {
      this.draw();
      this.announce();
    } else if (changed.has('second')) {
      this.chart?.setOption({ xAxis: { axisPointer: { value: this.second, status: 'show' } } });
      this.announce();
    }
  }

  private draw(): void {
    if (!this.chart) {
      return;
    }
    const seconds = this.points.map((p) => p.second);
    const line = (name: string, data: number[], yAxisIndex = 0) => ({ name, type: 'line', showSymbol: false, data, yAxisIndex });
    this.chart.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 60, top: 36, bottom: 30 },
        xAxis: { type: 'category', data: seconds, name: 's', axisPointer: { value: this.second, status: 'show' } },
        yAxis: [
          { type: 'value', name: 'ms' },
          { type: 'value', name: 'req/s', position: 'right' },
          { type: 'value', name: 'errors %', position: 'right', offset: 0, show: false, max: 100 },
        ],
        series: [
          line('p50', this.points.map((p) => round(p.latency.p50Ms))),
          line('p95', this.points.map((p) => round(p.latency.p95Ms))),
          line('p99', this.points.map((p) => round(p.latency.p99Ms))),
          line('throughput', this.points.map((p) => Math.round(p.throughputRps)), 1),
          line('errors %', this.points.map((p) => round(p.errorRate * 100)), 2),
        ],
      },
      true,
    );
  }

  private announce(): void {
    this.dispatchEvent(new CustomEvent('tick-change', { detail: { second: this.second }, bubbles: true, composed: true }));
  }

  private toggle = (): void => {
    if (this.playing) {
      this.stop();
      return;
    }
    if (this.second >= this.points.length - 1) {
      this.second = 0;
    }
    this.playing = true;
    this.timer = window.setInterval(() => {
      if (this.second >= this.points.length - 1) {
        this.stop();
      } else {
        this.second += 1;
      }
    }, 100);
  };

  private stop(): void {
    this.playing = false;
    window.clearInterval(this.timer);
  }

  private scrub = (e: Event): void => {
    this.stop();
    this.second = Number((e.target as HTMLInputElement).value);
  };

  override render() {
    const point = this.points[this.second];
    const summary = point
      ? `second ${point.second}: p99 ${round(point.latency.p99Ms)} ms, ${Math.round(point.throughputRps)} req/s, ` +
        `${round(point.errorRate * 100)} % errors`
      : 'no run yet';
    return html`<div class="controls">
        <button @click=${this.toggle} ?disabled=${this.points.length === 0}>${this.playing ? 'Pause' : 'Play'}</button>
        <input type="range" min="0" max=${Math.max(0, this.points.length - 1)} .value=${String(this.second)}
          aria-label="Second of the run" @input=${this.scrub} ?disabled=${this.points.length === 0} />
        <output aria-live="polite">${summary}</output>
      </div>
      <div class="chart" role="img" aria-label="Latency, throughput and errors over the run"></div>`;
  }
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0;
}

declare global {
  interface HTMLElementTagNameMap {
    'simulation-chart': SimulationChart;
  }
}
