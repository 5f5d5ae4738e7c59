import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { styles } from './progress-chart.styles.js';

// Only the parts these charts use, so that the bundle carries no map, pie or 3D code for them.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One series of values; null leaves a gap. A reference series (a budget, say) is drawn as a dashed line. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  reference?: boolean;
}

/** What the server sends: one chart, described rather than configured. */
export interface ChartSpec {
  /** "line" (values over time), "bars" (one bar per series and label) or "stacked-bars" (series stacked per label). */
  kind: 'line' | 'bars' | 'stacked-bars';
  /** Under the value axis, such as "score" or "min". */
  unit?: string;
  /** The axis labels: dates for a line over time, names for bars. */
  labels: string[];
  series: ChartSeries[];
  /** The top of the value axis, such as 100 for scores; absent to fit the data. */
  max?: number;
  /** Per label, a key that point-click reports (an attempt id, say); absent when points are not clickable. */
  keys?: string[];
}

/**
 * One chart of a learner's progress, drawn with Apache ECharts from a JSON spec the server sends. The
 * drawing is hidden from assistive technology; the server puts its text alternative in the light DOM.
 *
 * @property spec - the chart as JSON (a ChartSpec)
 * @slot summary - a sentence that says what the chart shows, shown below the drawing
 * @slot - the text alternative (a table), visually hidden and read by screen readers
 * @fires point-click - detail.key: the spec's key of the label clicked; only when the spec has keys
 * @csspart chart - the drawing area
 * @cssproperty --progress-chart-height - the height of the drawing; 240px by default
 */
@customElement('progress-chart')
export class ProgressChart extends LitElement {
  static override styles = styles;

  /** The chart as JSON; see ChartSpec. Anything unreadable draws an empty chart. */
  @property() spec = '{"kind":"line","labels":[],"series":[]}';

  @query('.chart') private container!: HTMLElement;
  private chart?: echarts.ECharts;
  private parsed?: ChartSpec;
  private resizeObserver = new ResizeObserver(() => {
    this.chart?.resize();
    this.draw();
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  protected override firstUpdated(): void {
    this.chart = echarts.init(this.container, undefined, { renderer: 'svg' });
    this.chart.on('click', (event) => this.handlePointClick(event.dataIndex));
    this.resizeObserver.observe(this.container);
    this.draw();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('spec')) {
      this.parsed = parse(this.spec);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('spec')) {
      this.draw();
    }
  }

  private draw(): void {
    const spec = this.parsed;
    if (!this.chart || !spec) {
      return;
    }
    const unit = spec.unit ? ` ${spec.unit}` : '';
    const fewNames = spec.kind !== 'line' && spec.labels.length <= 8;
    this.chart.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (value == null ? 'none' : `${value}${unit}`) },
        legend: { show: spec.series.length > 1, top: 0 },
        // The axis labels stay inside the drawing area, however long they are.
        grid: { left: 8, right: 16, top: this.legendHeight(spec) + 12, bottom: 8, outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel' },
        xAxis: {
          type: 'category',
          data: spec.labels,
          // A few bars name stages or categories: every name shown, broken over lines; dates may thin out.
          axisLabel: fewNames ? { interval: 0, width: 84, overflow: 'break' } : { hideOverlap: true },
        },
        yAxis: { type: 'value', max: spec.max, minInterval: 1, axisLabel: { formatter: `{value}${unit}` } },
        series: spec.series.map((series) => seriesOption(spec, series)),
      },
      true,
    );
  }

  /** The legend wraps onto more lines in a narrow chart; the drawing starts below it. */
  private legendHeight(spec: ChartSpec): number {
    if (spec.series.length < 2) {
      return 0;
    }
    const width = spec.series.reduce((sum, series) => sum + series.name.length * 7 + 40, 0);
    return Math.ceil(width / Math.max(200, this.container.clientWidth - 16)) * 24;
  }

  private handlePointClick(index: number): void {
    const key = this.parsed?.keys?.[index];
    if (key !== undefined) {
      this.dispatchEvent(new CustomEvent('point-click', { detail: { key }, bubbles: true, composed: true }));
    }
  }

  override render() {
    return html`<figure>
      <div class="chart" part="chart" aria-hidden="true"></div>
      <slot name="summary"></slot>
      <div class="text-alternative"><slot></slot></div>
    </figure>`;
  }
}

function seriesOption(spec: ChartSpec, series: ChartSeries): Record<string, unknown> {
  if (series.reference) {
    return { name: series.name, type: 'line', data: series.values, showSymbol: false, lineStyle: { type: 'dashed' } };
  }
  if (spec.kind === 'line') {
    return { name: series.name, type: 'line', data: series.values, connectNulls: true, showSymbol: spec.labels.length <= 40 };
  }
  return { name: series.name, type: 'bar', data: series.values, stack: spec.kind === 'stacked-bars' ? 'total' : undefined };
}

function parse(json: string): ChartSpec {
  try {
    const spec = JSON.parse(json) as Partial<ChartSpec>;
    return {
      kind: spec.kind ?? 'line',
      unit: spec.unit,
      labels: Array.isArray(spec.labels) ? spec.labels : [],
      series: Array.isArray(spec.series) ? spec.series : [],
      max: spec.max,
      keys: spec.keys,
    };
  } catch {
    return { kind: 'line', labels: [], series: [] };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'progress-chart': ProgressChart;
  }
}
