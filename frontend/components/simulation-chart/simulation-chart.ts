import { LineChart } from 'echarts/charts';
import { AxisPointerComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styles } from './simulation-chart.styles.js';

// Only the parts these two charts draw (lines, axes with a pointer, a scrolling legend, the tooltip): the full
// build carries every chart kind, maps and both renderers. The canvas renderer stays: a 10-minute run draws
// thousands of points per line, which is cheaper on a canvas than as SVG elements.
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, AxisPointerComponent, CanvasRenderer]);

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
 * The second's summary is announced to screen readers when paused or scrubbed, not during playback,
 * where ten announcements a second would drown everything else.
 *
 * @property ticks - the run's seconds, as a JSON array of TickPoint
 * @fires tick-change - detail.second: the second now shown, as playback or scrubbing moves
 */
@customElement('simulation-chart')
export class SimulationChart extends LitElement {
  static override styles = styles;

  @property() ticks = '[]';
  /** Per component name, its utilisation in each second (JSON: name → numbers; "Infinity" when down). */
  @property() utilisation = '{}';
  @state() private second = 0;
  @state() private playing = false;

  @query('.chart.traffic') private container!: HTMLElement;
  @query('.chart.load') private loadContainer!: HTMLElement;
  private chart?: echarts.ECharts;
  private loadChart?: echarts.ECharts;
  private points: TickPoint[] = [];
  private timer?: number;
  private resizeObserver = new ResizeObserver(() => {
    this.chart?.resize();
    this.loadChart?.resize();
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.resizeObserver.disconnect();
    this.chart?.dispose();
    this.loadChart?.dispose();
    this.chart = undefined;
    this.loadChart = undefined;
  }

  protected override firstUpdated(): void {
    this.chart = echarts.init(this.container);
    this.loadChart = echarts.init(this.loadContainer);
    this.resizeObserver.observe(this.container);
    this.resizeObserver.observe(this.loadContainer);
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
    if (changed.has('ticks') || changed.has('utilisation')) {
      this.draw();
      this.drawLoad();
      this.announce();
    } else if (changed.has('second')) {
      const pointer = { xAxis: { axisPointer: { value: this.second, status: 'show' } } };
      this.chart?.setOption(pointer);
      this.loadChart?.setOption(pointer);
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
        // Three scales, each drawn and labelled: latency on the left in ms, throughput and the error share on
        // the right, the errors on an axis of their own from 0 to 100 % so that they never read as milliseconds.
        grid: { left: 64, right: 128, top: 44, bottom: 44 },
        xAxis: { type: 'category', data: seconds, name: 'second', nameLocation: 'middle', nameGap: 26,
          axisPointer: { value: this.second, status: 'show' } },
        yAxis: [
          { type: 'value', name: 'latency (ms)', position: 'left', axisLine: { show: true },
            axisLabel: { formatter: '{value} ms' } },
          { type: 'value', name: 'req/s', position: 'right', axisLine: { show: true }, splitLine: { show: false } },
          { type: 'value', name: 'errors (%)', position: 'right', offset: 64, min: 0, max: 100,
            axisLine: { show: true }, splitLine: { show: false }, axisLabel: { formatter: '{value} %' } },
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

  /** One line per component, in per cent of its capacity; a component that is down has a gap. */
  private drawLoad(): void {
    if (!this.loadChart) {
      return;
    }
    let series: Record<string, unknown[]> = {};
    try {
      series = JSON.parse(this.utilisation) as Record<string, unknown[]>;
    } catch {
      series = {};
    }
    this.loadChart.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 50, right: 60, top: 36, bottom: 30 },
        xAxis: { type: 'category', data: this.points.map((p) => p.second), name: 's',
          axisPointer: { value: this.second, status: 'show' } },
        yAxis: { type: 'value', name: 'busy %' },
        series: Object.entries(series).map(([name, values]) => ({
          name,
          type: 'line',
          showSymbol: false,
          data: values.map((v) => (Number.isFinite(Number(v)) ? round(Number(v) * 100) : null)),
        })),
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
        <output aria-live=${this.playing ? 'off' : 'polite'}>${summary}</output>
      </div>
      <div class="chart traffic" role="img" aria-label="Latency, throughput and errors over the run"></div>
      <div class="chart load" role="img" aria-label="How busy each component is over the run"></div>`;
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
