import { LineChart } from 'echarts/charts';
import { AxisPointerComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styles } from './simulation-chart.styles.js';

// Only the parts these two charts draw (lines, axes with a pointer, a scrolling legend, the tooltip): the full
// build carries every chart kind, maps and both renderers. The canvas renderer stays: a 10-minute run draws
// hundreds of points per line and series, which is cheaper on a canvas than as SVG elements.
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, AxisPointerComponent, CanvasRenderer]);

/** One point of a run as the server sends it: seconds `second` to `until`; throughput their mean, the rest their worst. */
export interface TickPoint {
  second: number;
  until: number;
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
 * A long run comes thinned to a few hundred points, each gathering a few seconds; the slider and the
 * playback move from point to point.
 *
 * @property ticks - the run's points, as a JSON array of TickPoint
 * @fires tick-change - detail.index: the point now shown, as playback or scrubbing moves; detail.second: its
 *   first second
 */
@customElement('simulation-chart')
export class SimulationChart extends LitElement {
  static override styles = styles;

  @property() ticks = '[]';
  /** Per component name, its utilisation at each point (JSON: name → numbers; "Infinity" when down). */
  @property() utilisation = '{}';
  /** The point shown, an index into the run's points. */
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
    const second = this.points[this.second]?.second ?? 0;
    this.dispatchEvent(
      new CustomEvent('tick-change', { detail: { index: this.second, second }, bubbles: true, composed: true }),
    );
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
      ? `${span(point)}: p99 ${round(point.latency.p99Ms)} ms, ${Math.round(point.throughputRps)} req/s, ` +
        `${round(point.errorRate * 100)} % errors`
      : 'no run yet';
    return html`<div class="controls">
        <button @click=${this.toggle} ?disabled=${this.points.length === 0}>${this.playing ? 'Pause' : 'Play'}</button>
        <input type="range" min="0" max=${Math.max(0, this.points.length - 1)} .value=${String(this.second)}
          aria-label="Second of the run" aria-valuetext=${point ? span(point) : ''} @input=${this.scrub}
          ?disabled=${this.points.length === 0} />
        <output aria-live=${this.playing ? 'off' : 'polite'}>${summary}</output>
      </div>
      <div class="chart traffic" role="img" aria-label="Latency, throughput and errors over the run"></div>
      <div class="chart load" role="img" aria-label="How busy each component is over the run"></div>`;
  }
}

/** "second 12", or "seconds 12–14" for a point that gathers several (the worst of them, mean throughput). */
function span(point: TickPoint): string {
  const until = point.until ?? point.second;
  return until > point.second ? `seconds ${point.second}–${until}` : `second ${point.second}`;
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0;
}

declare global {
  interface HTMLElementTagNameMap {
    'simulation-chart': SimulationChart;
  }
}
