import '@vaadin/icon';
import '@vaadin/icons';
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { download, toPng, toSvg } from './export.js';
import { inspector, type InspectorHost, type InspectorSelection } from './inspector.js';
import { arrange } from './layout.js';
import {
  BOX_HEIGHT,
  BOX_WIDTH,
  GRID,
  History,
  addComponent,
  borderPoint,
  boundsOf,
  centre,
  connect,
  connectionKey,
  duplicateComponents,
  emptyDesign,
  freeSpot,
  groupBox,
  groupComponents,
  moveComponents,
  needsLayout,
  parseLimits,
  positionOf,
  removeComponents,
  removeConnections,
  removeGroup,
  snap,
  UNBOUNDED,
  updateComponent,
  updateConnection,
  updateGroup,
  type Annotation,
  type Box,
  type Connection,
  type Design,
  type DesignComponent,
  type DesignLimits,
  type PaletteItem,
  type Position,
} from './model.js';
import { styles } from './design-canvas.styles.js';

type Drag =
  | { kind: 'move'; start: Position; original: Design; moved: boolean }
  | { kind: 'connect'; from: string; to: Position }
  | { kind: 'pan'; startX: number; startY: number; panX: number; panY: number; moved: boolean }
  | { kind: 'band'; start: Position; end: Position };

const DRAG_TYPE = 'application/x-design-coach-type';
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 2;
/** The diameter of an annotation's marker, in the drawing's pixels. */
const MARKER_SIZE = 22;
/** How far Shift and an arrow key move the view, in screen pixels. */
const PAN_STEP = 80;

/**
 * The design canvas: a palette, a drawing of components and arrows, and a side panel to edit them.
 * The server owns the design: it sets `design` (JSON, format version 1) and hears every change.
 *
 * @property design - the design as JSON text; a new value replaces the drawing and forgets undo history
 * @property catalog - the palette as a JSON array of PaletteItem
 * @property highlighted - a JSON array of component ids to mark, such as those of a finding
 * @property marks - JSON, component id → {mark: 'both' | 'only', tag, text}: how a comparison with another design
 *   places each component; the short tag is written on it (kept legible at any zoom), the text is read with its name
 *   and shown on hovering the tag, so colour is not the only signal
 * @property minFitZoom - the least zoom that Fit uses; a design too large for the view at it is shown from its top
 *   left, to be panned, instead of shrunk past reading
 * @property limits - the design's limits (DesignLimits of model.ts) as JSON, from design.schema.json
 * @property utilisation - per component id, its utilisation at each point of a simulation run (a point is a
 *   second, or a few of a long run, as the simulation chart draws them)
 * @property flow - per arrow ("from->to"), its traffic at each point of a run as a share of the run's busiest
 * @property tick - the point of the run that colours the components and thickens the arrows
 * @property annotations - numbered remarks on components (Annotation[] of model.ts, set as an array, not JSON):
 *   each a numbered marker at its component's corner that opens its text, and all of them in a list for screen
 *   readers below the drawing; they never move the design
 * @attr readonly - shows the design without palette or editing
 * @attr fullscreen - the canvas covers the whole window (the "Full screen" button; Escape leaves it)
 * @fires design-change - detail.design: the changed design as JSON text, once per finished change
 * @fires selection-change - detail.components: the ids of the selected components
 * @fires annotation-open - detail.number: the annotation whose marker was opened, or null when closed
 */
@customElement('design-canvas')
export class DesignCanvas extends LitElement implements InspectorHost {
  static override styles = styles;

  /**
   * Every assignment counts, the same text too: after refusing a change the server puts back the design it last
   * sent, which equals this property while the drawing still shows the refused change.
   */
  @property({ hasChanged: () => true }) design = '';
  @property() catalog = '[]';
  @property() highlighted = '[]';
  @property() marks = '{}';
  @property({ type: Number }) minFitZoom = MIN_ZOOM;
  @property() limits = '{}';
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Per component, its utilisation at each point of a simulation run (JSON: id → numbers). */
  @property() utilisation = '{}';
  /**
   * Per arrow ("from->to"), what it carried at each point of a run as a share (0–1) of the most any arrow
   * carried at any point (JSON: key → numbers): at the point `tick` names, the arrow thickens with it.
   */
  @property() flow = '{}';
  /** The point of the run (an index) whose utilisation colours the components and whose traffic thickens the arrows. */
  @property({ type: Number }) tick = 0;

  /** Numbered remarks on components, such as a review's comments; texts are shown as text, never as HTML. */
  @property({ attribute: false }) annotations: Annotation[] = [];

  /** Covers the whole window, for room to draw; Escape with nothing selected, or the button, leaves it. */
  @property({ type: Boolean, reflect: true }) fullscreen = false;

  @state() model: Design = emptyDesign();
  /** Whether the palette and the side panel are shown; each person's choice, kept in the browser. */
  @state() private paletteShown = remembered(PALETTE_SHOWN, true);
  @state() private panelShown = remembered(PANEL_SHOWN, true);
  @state() private selection: InspectorSelection = { components: [] };
  @state() private drag?: Drag;
  @state() private zoom = 1;
  @state() private panX = 0;
  @state() private panY = 0;
  @state() private filter = '';
  @state() private connectingFrom?: string;
  @state() private announcement = '';
  @state() private loadProblem?: string;
  /** The number of the annotation whose text is open beside its marker. */
  @state() private openAnnotation?: number;
  @state() errors = new Map<string, string>();

  palette = new Map<string, PaletteItem>();
  designLimits: DesignLimits = UNBOUNDED;
  private items: PaletteItem[] = [];
  private marked = new Set<string>();
  private comparison = new Map<string, ComparisonMark>();
  private busy = new Map<string, number[]>();
  private flows = new Map<string, number[]>();
  private history = new History();
  private lastEmitted?: string;
  /** Fit again whenever the view changes size, until the user zooms or pans by hand. */
  private autoFit = true;
  private suppressClick = false;
  private resizeObserver = new ResizeObserver(() => this.autoFit && this.fit());

  @query('.viewport') private viewport!: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    this.updateComplete.then(() => this.resizeObserver.observe(this.viewport));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.resizeObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalog')) {
      this.items = parseList<PaletteItem>(this.catalog);
      this.palette = new Map(this.items.map((item) => [item.type, item]));
    }
    if (changed.has('limits')) {
      this.designLimits = parseLimits(this.limits);
    }
    if (changed.has('flow')) {
      this.flows = parseLoad(this.flow);
    }
    if (changed.has('utilisation')) {
      this.busy = parseLoad(this.utilisation);
    }
    if (changed.has('highlighted')) {
      this.marked = new Set(parseList<string>(this.highlighted));
    }
    if (changed.has('marks')) {
      this.comparison = parseMarks(this.marks);
    }
    if (changed.has('annotations') && !this.annotations.some((note) => note.number === this.openAnnotation)) {
      this.openAnnotation = undefined;
    }
    if (changed.has('design') && this.design !== this.lastEmitted) {
      this.load(this.design);
    }
  }


  /** Takes a design from the server: the drawing starts afresh. */
  private load(text: string): void {
    try {
      const parsed = text.trim() ? (JSON.parse(text) as Design) : emptyDesign();
      this.model = { ...parsed, connections: parsed.connections ?? [], groups: parsed.groups ?? [] };
      this.loadProblem = undefined;
    } catch {
      this.model = emptyDesign();
      this.loadProblem = 'This design could not be read.';
    }
    this.history = new History();
    this.selection = { components: [] };
    this.errors = new Map();
    this.autoFit = true;
    this.updateComplete.then(() => this.autoFit && this.fit());
    if (needsLayout(this.model)) {
      void this.layOutLoaded(this.model);
    }
    this.lastEmitted = text;
  }

  /** A design that came without positions is laid out once; an editable one is sent back with them. */
  private async layOutLoaded(loaded: Design): Promise<void> {
    let next: Design;
    try {
      next = await arrange(loaded);
    } catch (e) {
      this.announce(`This design could not be laid out (${e instanceof Error ? e.message : String(e)}); press Arrange to try again.`);
      return;
    }
    if (this.model !== loaded) {
      return;
    }
    this.model = next;
    if (!this.readonly && next.components.length) {
      this.emit();
    }
    this.updateComplete.then(() => this.autoFit && this.fit());
  }

  override render(): TemplateResult {
    return html`
      ${this.renderToolbar()}
      <div class="body">
        ${this.readonly || !this.paletteShown ? nothing : this.renderPalette()}
        ${this.renderViewport()}
        ${this.renderInspector()}
      </div>
      ${this.renderAnnotationList()}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderToolbar(): TemplateResult {
    const editing = !this.readonly;
    const any = this.selection.components.length > 0 || !!this.selection.arrow;
    return html`<div class="toolbar" role="toolbar" aria-label="Canvas tools">
      ${editing
        ? html`<button title="Undo (Ctrl+Z)" ?disabled=${!this.history.canUndo} @click=${this.undo}>Undo</button>
            <button title="Redo (Ctrl+Y)" ?disabled=${!this.history.canRedo} @click=${this.redo}>Redo</button>
            <span class="separator"></span>
            <button title="Delete (Delete)" ?disabled=${!any} @click=${this.deleteSelection}>Delete</button>
            <button title="Duplicate (Ctrl+D)" ?disabled=${!this.selection.components.length}
              @click=${this.duplicateSelection}>Duplicate</button>
            <button title="Arrange the components from left to right, boxes around their members" ?disabled=${!this.model.components.length}
              @click=${this.arrange}>Arrange</button>
            <span class="separator"></span>`
        : nothing}
      <button title="Zoom out (−)" aria-label="Zoom out" @click=${() => this.zoomBy(1 / 1.25)}>−</button>
      <span class="zoom" aria-label="Zoom level">${Math.round(this.zoom * 100)}%</span>
      <button title="Zoom in (+)" aria-label="Zoom in" @click=${() => this.zoomBy(1.25)}>+</button>
      <button title="Fit the design to the view (0)" @click=${this.fit}>Fit</button>
      <span class="separator"></span>
      <button title="Download a PNG picture" ?disabled=${!this.model.components.length} @click=${this.exportPng}>PNG</button>
      <button title="Download an SVG drawing" ?disabled=${!this.model.components.length} @click=${this.exportSvg}>SVG</button>
      <span class="separator"></span>
      ${editing
        ? html`<button title="Show or hide the component palette" aria-pressed=${String(this.paletteShown)}
            @click=${this.togglePalette}>Palette</button>`
        : nothing}
      <button title="Show or hide the side panel with the selection's details" aria-pressed=${String(this.panelShown)}
        @click=${this.togglePanel}>Side panel</button>
      <button title="Use the whole window for the drawing (Escape leaves)" aria-pressed=${String(this.fullscreen)}
        @click=${this.toggleFullscreen}>Full screen</button>
    </div>`;
  }

  private renderPalette(): TemplateResult {
    const words = this.filter.trim().toLowerCase().split(/[\s-]+/).filter(Boolean);
    const shown = this.items.filter((item) => {
      const text = `${item.name} ${item.type} ${item.technologies.join(' ')}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
    const categories = [...new Set(shown.map((item) => item.categoryTitle))];
    return html`<aside class="palette" aria-label="Component palette">
      <input type="search" placeholder="Search components" aria-label="Search components" .value=${this.filter}
        @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
      ${categories.length === 0 ? html`<p class="empty">No component matches “${this.filter}”.</p>` : nothing}
      ${categories.map(
        (title) => html`<h3>${title}</h3>
          ${shown
            .filter((item) => item.categoryTitle === title)
            .map(
              (item) => html`<button class="palette-item" draggable="true" data-type=${item.type} title=${item.description}
                aria-label="Add ${item.name}" @click=${() => this.place(item)}
                @dragstart=${(e: DragEvent) => this.startPaletteDrag(e, item)}>
                <vaadin-icon icon="vaadin:${item.icon}"></vaadin-icon>${item.name}
              </button>`,
            )}`,
      )}
    </aside>`;
  }

  private renderViewport(): TemplateResult {
    const transform = `translate(${this.panX}px, ${this.panY}px) scale(${this.zoom})`;
    const panning = this.drag?.kind === 'pan' && this.drag.moved;
    // Focusable with Tab, so that Shift and the arrow keys can pan it as dragging the background does.
    return html`<div class="viewport ${panning ? 'panning' : ''}" role="group" tabindex="0"
      aria-label="Design drawing. Shift and the arrow keys move the view."
      @pointerdown=${this.onBackgroundDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerUp} @wheel=${this.onWheel}
      @dragover=${this.onDragOver} @drop=${this.onDrop}>
      <div class="world" style="transform: ${transform}; --counter-zoom: ${counterZoom(this.zoom)}">
        ${(this.model.groups ?? []).map((group) => this.renderGroup(group.id))}
        ${this.renderArrows()}
        ${repeat(this.model.components, (c) => c.id, (c) => this.renderComponent(c))}
        ${this.renderMarkers()}
        ${this.renderBand()}
      </div>
      ${this.renderHint()}
    </div>`;
  }

  private renderHint(): TemplateResult | typeof nothing {
    if (this.loadProblem) {
      return html`<div class="hint">${this.loadProblem}</div>`;
    }
    if (this.model.components.length > 0) {
      return nothing;
    }
    return html`<div class="hint">
      ${this.readonly
        ? 'This design has no components yet.'
        : 'Drag a component from the palette onto the canvas, or focus it in the palette and press Enter.'}
    </div>`;
  }

  private renderGroup(id: string): TemplateResult | typeof nothing {
    const group = (this.model.groups ?? []).find((g) => g.id === id)!;
    const box = groupBox(this.model, id);
    if (!box) {
      return nothing;
    }
    const selected = this.selection.group === id;
    return html`<div class="group-box ${group.kind} ${selected ? 'selected' : ''}"
      style="left:${box.x}px; top:${box.y}px; width:${box.width}px; height:${box.height}px">
      <button ?disabled=${this.readonly} aria-label="${group.kind} box ${group.label ?? group.id}"
        @pointerdown=${(e: Event) => e.stopPropagation()} @click=${() => this.select({ components: [], group: id })}>
        ${group.label || group.id} · ${group.kind}
      </button>
    </div>`;
  }

  private renderArrows(): TemplateResult {
    const byId = new Map(this.model.components.map((c) => [c.id, c]));
    const pairs = new Set(this.model.connections.map(connectionKey));
    const preview = this.drag?.kind === 'connect' ? this.drag : undefined;
    const source = preview ? byId.get(preview.from) : undefined;
    return html`<svg class="arrows" aria-hidden=${this.model.connections.length ? 'false' : 'true'}>
      <defs>
        <marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10"
          markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z"></path>
        </marker>
      </defs>
      ${repeat(this.model.connections, connectionKey, (arrow) => {
        const from = byId.get(arrow.from);
        const to = byId.get(arrow.to);
        return from && to ? this.renderArrow(arrow, from, to, pairs.has(`${arrow.to}->${arrow.from}`)) : nothing;
      })}
      ${source && preview
        ? svg`<line class="preview" x1=${centre(source).x} y1=${centre(source).y} x2=${preview.to.x} y2=${preview.to.y}
            stroke="currentColor" stroke-dasharray="4 4"></line>`
        : nothing}
    </svg>`;
  }

  private renderArrow(arrow: Connection, from: DesignComponent, to: DesignComponent, twoWay: boolean) {
    let start = borderPoint(positionOf(from), centre(to));
    let end = borderPoint(positionOf(to), centre(from));
    if (twoWay) {
      // Arrows both ways between two components would lie on top of each other: shift each to its right.
      const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
      const nx = (-(end.y - start.y) / length) * 6;
      const ny = ((end.x - start.x) / length) * 6;
      start = { x: start.x + nx, y: start.y + ny };
      end = { x: end.x + nx, y: end.y + ny };
    }
    const key = connectionKey(arrow);
    const selected = this.selection.arrow === key;
    const caption = [arrow.protocol, arrow.label, shareText(arrow)].filter(Boolean).join(' · ');
    return svg`<g class="arrow ${arrow.mode === 'async' ? 'async' : ''} ${selected ? 'selected' : ''}" tabindex="0"
      role="button" aria-pressed=${selected ? 'true' : 'false'} data-key=${key} aria-label=${this.arrowName(arrow)}
      @pointerdown=${(e: PointerEvent) => this.onArrowDown(e, key)} @keydown=${(e: KeyboardEvent) => this.onArrowKey(e, key)}>
      <line class="hit" x1=${start.x} y1=${start.y} x2=${end.x} y2=${end.y}></line>
      <line class="visible" x1=${start.x} y1=${start.y} x2=${end.x} y2=${end.y} marker-end="url(#head)"
        style=${flowWidth(this.flows.get(key)?.[this.tick])}></line>
      ${caption ? svg`<text x=${(start.x + end.x) / 2} y=${(start.y + end.y) / 2 - 5} text-anchor="middle">${caption}</text>` : nothing}
    </g>`;
  }

  private renderComponent(c: DesignComponent): TemplateResult {
    const p = positionOf(c);
    const item = this.palette.get(c.type);
    const selected = this.selection.components.includes(c.id);
    const classes = [
      'component',
      selected ? 'selected' : '',
      this.marked.has(c.id) ? 'highlighted' : '',
      this.connectingFrom === c.id ? 'connect-source' : '',
      this.comparison.has(c.id) ? `mark-${this.comparison.get(c.id)!.mark}` : '',
      loadClass(this.busy.get(c.id)?.[this.tick], this.designLimits.loadedUtilisation),
    ].join(' ');
    // Without a label the title already names the type; the second line then asks for a technology.
    const kind = c.technology || (c.label ? item?.name ?? c.type : '');
    const count = (c.instances ?? 1) > 1 ? `× ${c.instances}` : '';
    const detail = [kind, count].filter(Boolean).join(' ');
    return html`<div class=${classes} data-id=${c.id} tabindex="0" role="button" aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${this.componentName(c)} style="left:${p.x}px; top:${p.y}px; width:${BOX_WIDTH}px; height:${BOX_HEIGHT}px"
      @pointerdown=${(e: PointerEvent) => this.onComponentDown(e, c.id)} @keydown=${(e: KeyboardEvent) => this.onComponentKey(e, c.id)}>
      <div class="title"><vaadin-icon icon="vaadin:${item?.icon ?? 'cube'}"></vaadin-icon><span class="name"
        >${c.label || item?.name || c.type}</span></div>
      <div class="detail ${kind ? '' : 'missing'}">${detail || (this.readonly ? '' : 'no technology named')}</div>
      ${this.comparison.has(c.id)
        ? html`<span class="mark" aria-hidden="true" title=${this.comparison.get(c.id)!.text}>${this.comparison.get(c.id)!.tag}</span>`
        : nothing}
      ${this.readonly ? nothing : html`<div class="handle" title="Drag to another component to connect"
        @pointerdown=${(e: PointerEvent) => this.onHandleDown(e, c.id)}></div>`}
    </div>`;
  }

  /**
   * A numbered marker at the top right corner of each annotated component (several side by side), laid over the
   * drawing so that nothing moves. A marker is a button: Tab reaches it, Enter opens its text, Escape closes it.
   */
  private renderMarkers(): TemplateResult | typeof nothing {
    if (!this.annotations.length) {
      return nothing;
    }
    const byId = new Map(this.model.components.map((c) => [c.id, c]));
    const onComponent = new Map<string, number>();
    return html`${this.annotations.map((note) => {
      const c = byId.get(note.componentId);
      if (!c) {
        return nothing;
      }
      const index = onComponent.get(c.id) ?? 0;
      onComponent.set(c.id, index + 1);
      const p = positionOf(c);
      const left = p.x + BOX_WIDTH - MARKER_SIZE / 2 - index * (MARKER_SIZE + 4);
      const top = p.y - MARKER_SIZE / 2;
      const open = this.openAnnotation === note.number;
      return html`<button class="marker ${open ? 'open' : ''}" data-number=${note.number} data-component=${c.id}
          style="left:${left}px; top:${top}px; width:${MARKER_SIZE}px; height:${MARKER_SIZE}px"
          aria-expanded=${open ? 'true' : 'false'} aria-label="Comment ${note.number} on ${this.displayName(c.id)}"
          title=${note.text} @pointerdown=${(e: Event) => e.stopPropagation()}
          @click=${() => this.toggleAnnotation(note.number)} @keydown=${(e: KeyboardEvent) => this.onMarkerKey(e, note.number)}
        >${note.number}</button>
        ${open
          ? html`<div class="marker-text" role="note" aria-label="Comment ${note.number}"
              style="left:${left}px; top:${top + MARKER_SIZE + 4}px"
              @pointerdown=${(e: Event) => e.stopPropagation()}>${note.text}</div>`
          : nothing}`;
    })}`;
  }

  /** Every annotation as text, in number order, for screen readers: the markers alone say little. */
  private renderAnnotationList(): TemplateResult | typeof nothing {
    if (!this.annotations.length) {
      return nothing;
    }
    const sorted = [...this.annotations].sort((a, b) => a.number - b.number);
    return html`<ul class="sr-only annotation-list" aria-label="Comments on the drawing">
      ${sorted.map((note) => html`<li>Comment ${note.number} on ${this.displayName(note.componentId)}: ${note.text}</li>`)}
    </ul>`;
  }

  private toggleAnnotation(number: number): void {
    this.openAnnotation = this.openAnnotation === number ? undefined : number;
    this.dispatchEvent(
      new CustomEvent('annotation-open', { detail: { number: this.openAnnotation ?? null }, bubbles: true, composed: true }),
    );
  }

  private onMarkerKey(e: KeyboardEvent, number: number): void {
    if (e.key === 'Escape' && this.openAnnotation === number) {
      e.preventDefault();
      e.stopPropagation();
      this.toggleAnnotation(number);
    }
  }

  private renderBand(): TemplateResult | typeof nothing {
    if (this.drag?.kind !== 'band') {
      return nothing;
    }
    const box = bandBox(this.drag.start, this.drag.end);
    return html`<div class="rubber-band" style="left:${box.x}px; top:${box.y}px; width:${box.width}px; height:${box.height}px"></div>`;
  }

  private renderInspector(): TemplateResult | typeof nothing {
    if (!this.panelShown) {
      return nothing;
    }
    const content = inspector(this, this.selection);
    return content === nothing ? nothing : html`<aside class="inspector" aria-label="Details">${content}</aside>`;
  }

  // ---- names read by screen readers -------------------------------------------------------------

  private typeName(type: string): string {
    return this.palette.get(type)?.name ?? type;
  }

  private displayName(id: string): string {
    const c = this.model.components.find((component) => component.id === id);
    return c ? c.label || this.typeName(c.type) : id;
  }

  private componentName(c: DesignComponent): string {
    const parts = [c.label || this.typeName(c.type)];
    if (c.label) {
      parts.push(this.typeName(c.type));
    }
    if (c.technology) {
      parts.push(c.technology);
    }
    if ((c.instances ?? 1) > 1) {
      parts.push(`${c.instances} instances`);
    }
    const mark = this.comparison.get(c.id);
    if (mark) {
      parts.push(mark.text);
    }
    const load = this.busy.get(c.id)?.[this.tick];
    if (load !== undefined && !Number.isNaN(load)) {
      parts.push(Number.isFinite(load) ? `${Math.round(load * 100)} % busy` : 'down');
    }
    return parts.join(', ');
  }

  private arrowName(a: Connection): string {
    const mode = a.mode === 'async' ? 'asynchronous' : 'synchronous';
    return [`Arrow from ${this.displayName(a.from)} to ${this.displayName(a.to)}`, mode, a.protocol, a.label, shareText(a)]
      .filter(Boolean)
      .join(', ');
  }

  private announce(text: string): void {
    // The same text twice in a row would not be read again; a trailing space makes it new.
    this.announcement = this.announcement === text ? `${text} ` : text;
  }

  // ---- changes -----------------------------------------------------------------------------------

  /** Every finished change goes through here: it can be undone and the server hears of it. */
  private commit(next: Design, message?: string): void {
    this.history.record(this.model);
    this.model = next;
    this.emit();
    if (message) {
      this.announce(message);
    }
  }

  private emit(): void {
    this.forgetRun();
    this.lastEmitted = JSON.stringify(this.model);
    this.dispatchEvent(new CustomEvent('design-change', { detail: { design: this.lastEmitted }, bubbles: true, composed: true }));
  }

  /** A simulation run describes the design it ran; once the design changes, its colours and widths would mislead. */
  private forgetRun(): void {
    this.utilisation = '{}';
    this.flow = '{}';
    this.tick = 0;
  }

  private select(selection: InspectorSelection): void {
    this.selection = selection;
    this.errors = new Map();
    this.dispatchEvent(
      new CustomEvent('selection-change', { detail: { components: selection.components }, bubbles: true, composed: true }),
    );
  }

  changeComponent(id: string, change: Partial<DesignComponent>): void {
    this.commit(updateComponent(this.model, id, change));
  }

  changeConnection(key: string, change: Partial<Connection>): void {
    const next = updateConnection(this.model, key, change);
    this.commit(next);
  }

  changeGroup(id: string, label: string): void {
    this.commit(updateGroup(this.model, id, label));
  }

  removeGroup(id: string): void {
    this.select({ components: [] });
    this.commit(removeGroup(this.model, id), 'Box removed; its components stay.');
  }

  setError(field: string, message: string | undefined): void {
    const errors = new Map(this.errors);
    if (message) {
      errors.set(field, message);
    } else {
      errors.delete(field);
    }
    this.errors = errors;
  }

  private place(item: PaletteItem, at?: Position): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const [next, id] = addComponent(this.model, item, at ?? this.visibleSpot());
    this.commit(next, `Added ${item.name}. Arrow keys move it; C starts an arrow from it.`);
    this.select({ components: [id] });
    this.focusComponent(id);
  }

  /** Where a component added with the keyboard goes: near the top left of what is in view. */
  private visibleSpot(): Position {
    const world = this.toWorld(this.viewport.getBoundingClientRect().left + 40, this.viewport.getBoundingClientRect().top + 40);
    return freeSpot(this.model, { x: Math.max(0, world.x), y: Math.max(0, world.y) });
  }

  private async focusComponent(id: string): Promise<void> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector<HTMLElement>(`.component[data-id="${CSS.escape(id)}"]`);
    element?.focus();
    this.keepInView(id);
  }

  deleteSelection = (): void => {
    const { components, arrow, group } = this.selection;
    if (arrow) {
      this.select({ components: [] });
      this.commit(removeConnections(this.model, new Set([arrow])), 'Arrow deleted.');
      this.viewport.focus();
    } else if (components.length) {
      const names = components.map((id) => this.displayName(id)).join(', ');
      this.select({ components: [] });
      this.commit(removeComponents(this.model, new Set(components)), `Deleted ${names}.`);
      this.viewport.focus();
    } else if (group) {
      this.removeGroup(group);
    }
  };

  duplicateSelection = (): void => {
    if (!this.selection.components.length) {
      return;
    }
    const [next, ids] = duplicateComponents(this.model, new Set(this.selection.components));
    this.commit(next, `Duplicated ${ids.length} component${ids.length > 1 ? 's' : ''}.`);
    this.select({ components: ids });
    this.focusComponent(ids[0]);
  };

  groupSelection(kind: 'region' | 'zone'): void {
    const label = kind === 'region' ? 'Region' : 'Zone';
    this.commit(groupComponents(this.model, new Set(this.selection.components), kind, label), `${label} box added.`);
  }

  private undo = (): void => {
    const previous = this.history.undo(this.model);
    if (previous) {
      this.model = previous;
      this.keepSelectionValid();
      this.emit();
      this.announce('Undone.');
    }
  };

  private redo = (): void => {
    const next = this.history.redo(this.model);
    if (next) {
      this.model = next;
      this.keepSelectionValid();
      this.emit();
      this.announce('Redone.');
    }
  };

  private keepSelectionValid(): void {
    const ids = new Set(this.model.components.map((c) => c.id));
    const arrows = new Set(this.model.connections.map(connectionKey));
    this.selection = {
      components: this.selection.components.filter((id) => ids.has(id)),
      arrow: this.selection.arrow && arrows.has(this.selection.arrow) ? this.selection.arrow : undefined,
    };
  }

  private togglePalette = (): void => {
    this.paletteShown = remember(PALETTE_SHOWN, !this.paletteShown);
    this.announce(this.paletteShown ? 'Palette shown.' : 'Palette hidden; the Palette button brings it back.');
  };

  private togglePanel = (): void => {
    this.panelShown = remember(PANEL_SHOWN, !this.panelShown);
    this.announce(this.panelShown ? 'Side panel shown.' : 'Side panel hidden; Enter on a component brings it back.');
  };

  private toggleFullscreen = (): void => {
    this.fullscreen = !this.fullscreen;
    this.announce(this.fullscreen ? 'Full screen: Escape leaves it.' : 'Full screen left.');
  };

  private arrange = async (): Promise<void> => {
    const before = this.model;
    let next: Design;
    try {
      next = await arrange(before);
    } catch (e) {
      this.announce(`The components could not be arranged (${e instanceof Error ? e.message : String(e)}).`);
      return;
    }
    if (this.model !== before) {
      // Changed while the layout ran: placing the old design would undo that change.
      return;
    }
    this.commit(next, 'Components arranged from left to right, each box around its members.');
    this.autoFit = true;
    this.fit();
  };

  private connectTo(from: string, to: string): void {
    this.connectingFrom = undefined;
    const next = connect(this.model, from, to, this.palette);
    if (!next) {
      this.announce(from === to ? 'An arrow needs two different components.' : 'These two are already connected.');
      return;
    }
    this.commit(next, `Arrow from ${this.displayName(from)} to ${this.displayName(to)} added.`);
    this.select({ components: [], arrow: `${from}->${to}` });
  }

  // ---- view: zoom, pan, fit, export --------------------------------------------------------------

  private toWorld(clientX: number, clientY: number): Position {
    const rect = this.viewport.getBoundingClientRect();
    return { x: (clientX - rect.left - this.panX) / this.zoom, y: (clientY - rect.top - this.panY) / this.zoom };
  }

  private zoomBy(factor: number, around?: { x: number; y: number }): void {
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom * factor));
    const x = around?.x ?? this.viewport.clientWidth / 2;
    const y = around?.y ?? this.viewport.clientHeight / 2;
    this.panX = x - ((x - this.panX) * zoom) / this.zoom;
    this.panY = y - ((y - this.panY) * zoom) / this.zoom;
    this.zoom = zoom;
    this.autoFit = false;
  }

  fit = (): void => {
    const width = this.viewport?.clientWidth ?? 0;
    const height = this.viewport?.clientHeight ?? 0;
    if (width === 0 || height === 0) {
      return;
    }
    const boxes: Box[] = [boundsOf(this.model.components)];
    (this.model.groups ?? []).forEach((g) => {
      const box = groupBox(this.model, g.id);
      if (box) {
        boxes.push(box);
      }
    });
    const bounds = union(boxes);
    if (bounds.width === 0) {
      this.zoom = 1;
      this.panX = 0;
      this.panY = 0;
      return;
    }
    const margin = 30;
    const least = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.minFitZoom || MIN_ZOOM));
    const fitting = Math.min((width - margin * 2) / bounds.width, (height - margin * 2) / bounds.height);
    this.zoom = Math.min(1.25, Math.max(least, fitting));
    // Too large to read whole: start at the top left (where the requests come in) and let the view be panned.
    this.panX = bounds.width * this.zoom + margin * 2 > width ? margin - bounds.x * this.zoom
      : (width - bounds.width * this.zoom) / 2 - bounds.x * this.zoom;
    this.panY = bounds.height * this.zoom + margin * 2 > height ? margin - bounds.y * this.zoom
      : (height - bounds.height * this.zoom) / 2 - bounds.y * this.zoom;
  };

  /** Pans just enough that a component moved with the keyboard stays visible. */
  private keepInView(id: string): void {
    const c = this.model.components.find((component) => component.id === id);
    if (!c) {
      return;
    }
    const p = positionOf(c);
    const left = p.x * this.zoom + this.panX;
    const top = p.y * this.zoom + this.panY;
    const right = left + BOX_WIDTH * this.zoom;
    const bottom = top + BOX_HEIGHT * this.zoom;
    const width = this.viewport.clientWidth;
    const height = this.viewport.clientHeight;
    if (left < 0) this.panX -= left - GRID;
    if (top < 0) this.panY -= top - GRID;
    if (right > width) this.panX -= right - width + GRID;
    if (bottom > height) this.panY -= bottom - height + GRID;
  }

  private svgText(): string {
    return toSvg(this.model, (type) => this.typeName(type));
  }

  private exportSvg = (): void => {
    download(new Blob([this.svgText()], { type: 'image/svg+xml' }), 'design.svg');
  };

  private exportPng = async (): Promise<void> => {
    try {
      download(await toPng(this.svgText()), 'design.png');
    } catch (e) {
      this.announce(`The PNG could not be made: ${(e as Error).message}. Try SVG instead.`);
    }
  };

  // ---- pointer ------------------------------------------------------------------------------------

  private onComponentDown(e: PointerEvent, id: string): void {
    if (e.button !== 0) {
      return;
    }
    e.stopPropagation();
    if (this.connectingFrom) {
      this.connectTo(this.connectingFrom, id);
      return;
    }
    const chosen = this.selection.components;
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      this.select({ components: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
    } else if (!chosen.includes(id)) {
      this.select({ components: [id] });
    }
    if (!this.readonly) {
      this.viewport.setPointerCapture(e.pointerId);
      this.drag = { kind: 'move', start: this.toWorld(e.clientX, e.clientY), original: this.model, moved: false };
    }
  }

  private onHandleDown(e: PointerEvent, id: string): void {
    if (e.button !== 0) {
      return;
    }
    e.stopPropagation();
    e.preventDefault();
    this.viewport.setPointerCapture(e.pointerId);
    this.drag = { kind: 'connect', from: id, to: this.toWorld(e.clientX, e.clientY) };
  }

  private onArrowDown(e: PointerEvent, key: string): void {
    e.stopPropagation();
    this.select({ components: [], arrow: key });
  }

  private onBackgroundDown = (e: PointerEvent): void => {
    if (e.button !== 0) {
      return;
    }
    this.viewport.setPointerCapture(e.pointerId);
    this.drag =
      e.shiftKey && !this.readonly
        ? { kind: 'band', start: this.toWorld(e.clientX, e.clientY), end: this.toWorld(e.clientX, e.clientY) }
        : { kind: 'pan', startX: e.clientX, startY: e.clientY, panX: this.panX, panY: this.panY, moved: false };
  };

  private onPointerMove = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag) {
      return;
    }
    const world = this.toWorld(e.clientX, e.clientY);
    if (drag.kind === 'move') {
      const dx = snap(world.x - drag.start.x);
      const dy = snap(world.y - drag.start.y);
      if (dx !== 0 || dy !== 0 || drag.moved) {
        this.model = moveComponents(drag.original, new Set(this.selection.components), dx, dy);
        this.drag = { ...drag, moved: true };
      }
    } else if (drag.kind === 'connect') {
      this.drag = { ...drag, to: world };
    } else if (drag.kind === 'band') {
      this.drag = { ...drag, end: world };
    } else {
      const moved = drag.moved || Math.abs(e.clientX - drag.startX) + Math.abs(e.clientY - drag.startY) > 3;
      this.panX = drag.panX + e.clientX - drag.startX;
      this.panY = drag.panY + e.clientY - drag.startY;
      this.autoFit = this.autoFit && !moved;
      this.drag = { ...drag, moved };
    }
  };

  private onPointerUp = (e: PointerEvent): void => {
    const drag = this.drag;
    this.drag = undefined;
    if (!drag) {
      return;
    }
    if (drag.kind === 'move' && drag.moved) {
      const moved = this.model;
      this.model = drag.original;
      this.commit(moved);
    } else if (drag.kind === 'connect') {
      const target = this.componentAt(e.clientX, e.clientY);
      if (target) {
        this.connectTo(drag.from, target);
      }
    } else if (drag.kind === 'band') {
      const box = bandBox(drag.start, drag.end);
      const inside = this.model.components.filter((c) => {
        const p = positionOf(c);
        return p.x >= box.x && p.y >= box.y && p.x + BOX_WIDTH <= box.x + box.width && p.y + BOX_HEIGHT <= box.y + box.height;
      });
      this.select({ components: inside.map((c) => c.id) });
      this.announce(`${inside.length} components selected.`);
    } else if (drag.kind === 'pan' && !drag.moved) {
      this.connectingFrom = undefined;
      this.select({ components: [] });
    }
  };

  private componentAt(clientX: number, clientY: number): string | undefined {
    const root = this.renderRoot as ShadowRoot;
    const element = root.elementFromPoint(clientX, clientY);
    return element?.closest<HTMLElement>('.component')?.dataset.id;
  }

  private onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    if (e.ctrlKey || e.metaKey) {
      const rect = this.viewport.getBoundingClientRect();
      this.zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1, { x: e.clientX - rect.left, y: e.clientY - rect.top });
    } else {
      this.panX -= e.deltaX;
      this.panY -= e.deltaY;
      this.autoFit = false;
    }
  };

  private startPaletteDrag(e: DragEvent, item: PaletteItem): void {
    e.dataTransfer?.setData(DRAG_TYPE, item.type);
    e.dataTransfer?.setData('text/plain', item.name);
    if (e.dataTransfer) {
      e.dataTransfer.effectAllowed = 'copy';
    }
  }

  private onDragOver = (e: DragEvent): void => {
    if (e.dataTransfer?.types.includes(DRAG_TYPE)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };

  private onDrop = (e: DragEvent): void => {
    const item = this.palette.get(e.dataTransfer?.getData(DRAG_TYPE) ?? '');
    if (!item) {
      return;
    }
    e.preventDefault();
    const world = this.toWorld(e.clientX, e.clientY);
    this.place(item, { x: Math.max(0, world.x - BOX_WIDTH / 2), y: Math.max(0, world.y - BOX_HEIGHT / 2) });
  };

  // ---- keyboard -----------------------------------------------------------------------------------

  private onComponentKey(e: KeyboardEvent, id: string): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      if (this.connectingFrom) {
        this.connectTo(this.connectingFrom, id);
      } else if (e.shiftKey) {
        const chosen = this.selection.components;
        this.select({ components: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
      } else {
        this.select({ components: [id] });
        if (!this.panelShown) {
          // The keyboard's way to the details: Enter, then Tab into the side panel.
          this.panelShown = remember(PANEL_SHOWN, true);
        }
      }
    } else if ((e.key === 'c' || e.key === 'C') && !this.readonly && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      this.connectingFrom = id;
      this.announce(`Connecting from ${this.displayName(id)}: focus another component and press Enter. Escape cancels.`);
    } else if (e.key.startsWith('Arrow') && !this.readonly) {
      e.preventDefault();
      e.stopPropagation();
      if (!this.selection.components.includes(id)) {
        this.select({ components: [id] });
      }
      this.moveSelectionBy(e.key, e.shiftKey ? GRID * 5 : GRID, id);
    } else if (isDeleteKey(e) && !this.readonly) {
      e.preventDefault();
      e.stopPropagation();
      // The focused component goes, with the rest of the selection when it is part of it.
      if (!this.selection.components.includes(id)) {
        this.select({ components: [id] });
      }
      this.deleteSelection();
    }
  }

  private moveSelectionBy(key: string, step: number, focused: string): void {
    const dx = key === 'ArrowLeft' ? -step : key === 'ArrowRight' ? step : 0;
    const dy = key === 'ArrowUp' ? -step : key === 'ArrowDown' ? step : 0;
    this.commit(moveComponents(this.model, new Set(this.selection.components), dx, dy));
    this.keepInView(focused);
    const p = positionOf(this.model.components.find((c) => c.id === focused)!);
    this.announce(`${this.displayName(focused)} at ${p.x}, ${p.y}.`);
  }

  private onArrowKey(e: KeyboardEvent, key: string): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      this.select({ components: [], arrow: key });
    } else if (isDeleteKey(e) && !this.readonly) {
      e.preventDefault();
      e.stopPropagation();
      this.select({ components: [], arrow: key });
      this.deleteSelection();
    }
  }

  /** Shift and an arrow key on the drawing move the view the way the key points, as scrolling does. */
  private panWithKey(key: string): void {
    this.panX += key === 'ArrowLeft' ? PAN_STEP : key === 'ArrowRight' ? -PAN_STEP : 0;
    this.panY += key === 'ArrowUp' ? PAN_STEP : key === 'ArrowDown' ? -PAN_STEP : 0;
    this.autoFit = false;
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as HTMLElement;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
      return;
    }
    const command = e.ctrlKey || e.metaKey;
    const handled = command ? this.onCommandKey(e) : this.onPlainKey(e, target);
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  private onCommandKey(e: KeyboardEvent): boolean {
    const key = e.key.toLowerCase();
    if (this.readonly) {
      return false;
    }
    if (key === 'z' && !e.shiftKey) {
      this.undo();
    } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
      this.redo();
    } else if (key === 'a') {
      this.select({ components: this.model.components.map((c) => c.id) });
      this.announce(`All ${this.model.components.length} components selected.`);
    } else if (key === 'd') {
      this.duplicateSelection();
    } else {
      return false;
    }
    return true;
  }

  private onPlainKey(e: KeyboardEvent, target: HTMLElement): boolean {
    if (isDeleteKey(e) && !this.readonly) {
      this.deleteSelection();
    } else if (e.shiftKey && e.key.startsWith('Arrow') && this.viewport.contains(target)) {
      this.panWithKey(e.key);
    } else if (e.key === 'Escape') {
      const nothingToClear = !this.connectingFrom && !this.selection.components.length && !this.selection.arrow
        && !this.selection.group;
      this.connectingFrom = undefined;
      if (nothingToClear && this.fullscreen) {
        this.toggleFullscreen();
        return true;
      }
      this.select({ components: [] });
      this.announce('Selection cleared.');
    } else if (e.key === '+' || e.key === '=') {
      this.zoomBy(1.25);
    } else if (e.key === '-') {
      this.zoomBy(1 / 1.25);
    } else if (e.key === '0') {
      this.fit();
    } else {
      return false;
    }
    return true;
  }
}

function isDeleteKey(e: KeyboardEvent): boolean {
  return e.key === 'Delete' || e.key === 'Backspace';
}

function parseLoad(text: string): Map<string, number[]> {
  try {
    const value = JSON.parse(text) as Record<string, unknown[]>;
    // The server writes a component that is down as "Infinity"; Number() reads it back.
    return new Map(Object.entries(value).map(([id, series]) => [id, series.map((v) => Number(v))]));
  } catch {
    return new Map();
  }
}

/**
 * The stroke width of an arrow that carries this share of a run's busiest traffic: 1.5 px for none,
 * 6 px for the busiest. The square root keeps a path with a tenth of the traffic visibly thicker than idle.
 */
function flowWidth(share: number | undefined): string {
  if (share === undefined || !Number.isFinite(share)) {
    return '';
  }
  return `stroke-width: ${(1.5 + 4.5 * Math.sqrt(Math.min(1, Math.max(0, share)))).toFixed(1)}`;
}

/** The colour band of a utilisation: calm, busy, saturated, or down. */
function loadClass(utilisation: number | undefined, loaded: number): string {
  if (utilisation === undefined || Number.isNaN(utilisation)) {
    return '';
  }
  if (!Number.isFinite(utilisation)) {
    return 'load-down';
  }
  return utilisation >= 0.9 ? 'load-high' : utilisation >= loaded ? 'load-mid' : 'load-low';
}

/** Where a comparison with another design places a component, and the words that say so. */
interface ComparisonMark {
  mark: 'both' | 'only';
  tag: string;
  text: string;
}

/** How much tags on components grow against the zoom, so that they stay legible in a design shown small. */
function counterZoom(zoom: number): number {
  return Math.min(1.6, Math.max(1, 0.85 / zoom));
}

function parseMarks(text: string): Map<string, ComparisonMark> {
  try {
    const value = JSON.parse(text) as Record<string, ComparisonMark>;
    return new Map(Object.entries(value).filter(([, m]) => m && (m.mark === 'both' || m.mark === 'only')));
  } catch {
    return new Map();
  }
}

function parseList<T>(text: string): T[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function bandBox(a: Position, b: Position): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

function union(boxes: Box[]): Box {
  const real = boxes.filter((b) => b.width > 0 || b.height > 0);
  if (real.length === 0) {
    return { x: 0, y: 0, width: 0, height: 0 };
  }
  const x = Math.min(...real.map((b) => b.x));
  const y = Math.min(...real.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...real.map((b) => b.x + b.width)) - x,
    height: Math.max(...real.map((b) => b.y + b.height)) - y,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'design-canvas': DesignCanvas;
  }
}

const PALETTE_SHOWN = 'design-canvas.palette-shown';
const PANEL_SHOWN = 'design-canvas.panel-shown';

/** A choice kept in the browser's storage; the fallback when storage is off or holds nothing. */
function remembered(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(key);
    return stored === null ? fallback : stored === 'true';
  } catch {
    return fallback; // storage refused (a privacy setting): the choice lasts as long as the page
  }
}

function remember(key: string, value: boolean): boolean {
  try {
    window.localStorage.setItem(key, String(value));
  } catch (refused) {
    // The choice still holds until the page is left.
    console.info(`The canvas could not keep ${key} in the browser's storage:`, refused);
  }
  return value;
}

/** An arrow's stated share as people read it ("5 % of the traffic"); empty when it carries all of it. */
function shareText(arrow: Connection): string {
  return arrow.share === undefined ? '' : `${arrow.share} % of the traffic`;
}
