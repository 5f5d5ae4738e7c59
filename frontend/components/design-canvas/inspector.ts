import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  type Connection,
  type Design,
  type DesignComponent,
  type DesignLimits,
  type Group,
  type Mode,
  type PaletteItem,
  type PaletteProperty,
} from './model.js';

/** The side panel's view of the canvas: what it shows and what it may change. */
export interface InspectorHost {
  readonly readonly: boolean;
  readonly model: Design;
  readonly palette: Map<string, PaletteItem>;
  readonly designLimits: DesignLimits;
  readonly errors: Map<string, string>;
  changeComponent(id: string, change: Partial<DesignComponent>): void;
  changeConnection(key: string, change: Partial<Connection>): void;
  changeGroup(id: string, label: string): void;
  removeGroup(id: string): void;
  deleteSelection(): void;
  duplicateSelection(): void;
  groupSelection(kind: 'region' | 'zone'): void;
  setError(field: string, message: string | undefined): void;
}

/** An hour: the longest service time the simulator takes for one request. */
const MAX_SERVICE_TIME_MS = 3600000;
/** Requests one instance may work on at once, as the simulator bounds it. */
const MAX_CONCURRENCY = 100000;

/**
 * What one instance of the component does, as the simulator will take it: capacity and service time
 * (the component's own or the catalog's) and the requests it works on at once, k = capacity × service
 * time, a whole number of at least 1. Where k had to be rounded, says that the capacity was kept.
 */
export function concurrencyHint(item: PaletteItem | undefined, component: DesignComponent): string | undefined {
  const own = component.properties ?? {};
  const capacity = typeof own.capacityPerInstance === 'number' ? own.capacityPerInstance : item?.capacityPerInstance;
  const service = typeof own.serviceTimeMs === 'number' ? own.serviceTimeMs : item?.serviceTimeMs;
  if (!capacity || capacity <= 0 || service === undefined || service === null || service <= 0) {
    return undefined;
  }
  const exact = (capacity * service) / 1000;
  if (exact > MAX_CONCURRENCY) {
    return `${format(capacity)} requests/s × ${format(service)} ms is ${format(exact)} requests at once per instance; the simulator takes at most ${format(MAX_CONCURRENCY)}.`;
  }
  const k = Math.max(1, Math.round(exact));
  const used = (1000 * k) / capacity;
  const base = `Each instance works on k = ${format(k)} ${k === 1 ? 'request' : 'requests'} at once (capacity ${format(capacity)}/s × service time ${format(service)} ms).`;
  return Math.abs(used - service) > 0.01 * Math.max(used, service)
    ? `${base} k is rounded to a whole number, so the simulator keeps the capacity and uses a service time of ${format(used)} ms.`
    : base;
}

function format(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: value < 10 ? 2 : 0 });
}
/** The start of an HTML tag or entity: the server refuses these, so the panel says so first. */
const MARKUP = /<\s*[/!?a-zA-Z]|&[#a-zA-Z0-9]+;/;

/** Why a typed text cannot be kept, or undefined when it can. */
export function textProblem(value: string, max: number): string | undefined {
  if (MARKUP.test(value)) {
    return 'Plain text only: remove the angle brackets or HTML entities.';
  }
  if (value.length > max) {
    return `Keep it under ${max} characters (this is ${value.length}).`;
  }
  return undefined;
}

function typeName(host: InspectorHost, type: string): string {
  return host.palette.get(type)?.name ?? type;
}

function nameOf(host: InspectorHost, id: string): string {
  const component = host.model.components.find((c) => c.id === id);
  return component?.label || typeName(host, component?.type ?? id);
}

function error(host: InspectorHost, field: string): TemplateResult | typeof nothing {
  const message = host.errors.get(field);
  return message ? html`<div class="error" id="${field}-error" role="alert">${message}</div>` : nothing;
}

/** A text field that keeps what was typed when it is refused, and commits on change. */
function textField(
  host: InspectorHost,
  field: string,
  label: string,
  value: string | undefined,
  commit: (value: string) => void,
  options: { list?: string; max?: number; multiline?: boolean } = {},
): TemplateResult {
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    const problem = textProblem(input.value, options.max ?? host.designLimits.text);
    host.setError(field, problem);
    if (!problem) {
      commit(input.value.trim());
    }
  };
  const invalid = host.errors.has(field) ? 'true' : 'false';
  const control = options.multiline
    ? html`<textarea rows="3" name=${field} aria-invalid=${invalid} aria-describedby="${field}-error"
        .value=${value ?? ''} @change=${onChange}></textarea>`
    : html`<input name=${field} list=${options.list ?? nothing} aria-invalid=${invalid}
        aria-describedby="${field}-error" .value=${value ?? ''} @change=${onChange} />`;
  return html`<label>${label}${control}</label>${error(host, field)}`;
}

function numberField(
  host: InspectorHost,
  field: string,
  label: string,
  value: number | undefined,
  range: { min: number; max: number; step?: number | 'any'; integer: boolean; placeholder?: string },
  commit: (value: number | undefined) => void,
): TemplateResult {
  const onChange = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value.trim();
    if (raw === '') {
      host.setError(field, undefined);
      commit(undefined);
      return;
    }
    const number = Number(raw);
    const ok = Number.isFinite(number) && number >= range.min && number <= range.max && (!range.integer || Number.isInteger(number));
    const kind = range.integer ? 'a whole number' : 'a number';
    host.setError(field, ok ? undefined : `Enter ${kind} from ${range.min} to ${range.max}.`);
    if (ok) {
      commit(number);
    }
  };
  return html`<label
      >${label}<input type="number" name=${field} min=${range.min} max=${range.max} step=${range.step ?? 1}
        placeholder=${range.placeholder ?? nothing}
        aria-invalid=${host.errors.has(field) ? 'true' : 'false'} aria-describedby="${field}-error"
        .value=${value === undefined ? '' : String(value)} @change=${onChange} /></label
    >${error(host, field)}`;
}

function propertyField(host: InspectorHost, component: DesignComponent, property: PaletteProperty): TemplateResult {
  const field = `property-${property.id}`;
  const current = component.properties?.[property.id] ?? property.defaultValue;
  const commit = (value: unknown) => {
    const properties = { ...(component.properties ?? {}) };
    if (value === undefined) {
      delete properties[property.id];
    } else {
      properties[property.id] = value;
    }
    host.changeComponent(component.id, { properties: Object.keys(properties).length ? properties : undefined });
  };
  switch (property.type) {
    case 'boolean':
      return html`<label class="check"
        ><input type="checkbox" name=${field} .checked=${current === true}
          @change=${(e: Event) => commit((e.target as HTMLInputElement).checked)} />${property.label}</label
      >`;
    case 'choice':
      return html`<label
        >${property.label}<select name=${field} @change=${(e: Event) => commit((e.target as HTMLSelectElement).value)}>
          ${(property.choices ?? []).map((choice) => html`<option .selected=${choice === current}>${choice}</option>`)}
        </select></label
      >`;
    case 'ratio':
      return numberField(host, field, `${property.label} (0 to 1)`, current as number | undefined,
        { min: 0, max: 1, step: 0.01, integer: false }, commit);
    case 'capacity':
      return numberField(host, field, property.label, current as number | undefined,
        { min: 1, max: 1e9, step: 1, integer: false, placeholder: 'catalog default' }, commit);
    case 'service-time':
      return numberField(host, field, property.label, current as number | undefined,
        { min: 0.001, max: MAX_SERVICE_TIME_MS, step: 'any', integer: false, placeholder: 'catalog default' }, commit);
    default:
      return numberField(host, field, property.label, current as number | undefined,
        { min: 0, max: 10000, integer: true }, commit);
  }
}

function componentForm(host: InspectorHost, component: DesignComponent): TemplateResult {
  const item = host.palette.get(component.type);
  const change = (c: Partial<DesignComponent>) => host.changeComponent(component.id, c);
  const groups = host.model.groups ?? [];
  return html`
    <h3>${item?.name ?? component.type}</h3>
    <div class="help">${item?.description ?? ''}</div>
    ${textField(host, 'label', 'Label', component.label, (v) => change({ label: v }))}
    ${textField(host, 'technology', 'Technology', component.technology, (v) => change({ technology: v }),
      { list: 'technologies' })}
    <datalist id="technologies">${(item?.technologies ?? []).map((t) => html`<option value=${t}></option>`)}</datalist>
    ${numberField(host, 'instances', 'Instances', component.instances, { min: 1, max: host.designLimits.instances, integer: true, placeholder: '1' },
      (v) => change({ instances: v }))}
    <label class="check"
      ><input type="checkbox" name="multiAz" .checked=${component.multiAz === true}
        @change=${(e: Event) => change({ multiAz: (e.target as HTMLInputElement).checked || undefined })} />Spread over
      availability zones (multi-AZ)</label
    >
    ${textField(host, 'region', 'Region', component.region, (v) => change({ region: v }))}
    ${groups.length
      ? html`<label
          >Box<select name="group" @change=${(e: Event) => change({ group: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" .selected=${!component.group}>none</option>
            ${groups.map((g) => html`<option value=${g.id} .selected=${g.id === component.group}>${g.label || g.id}</option>`)}
          </select></label
        >`
      : nothing}
    ${(item?.properties ?? []).map((p) => propertyField(host, component, p))}
    ${item?.kind === 'client'
      ? nothing
      : html`${propertyField(host, component, {
            id: 'capacityPerInstance',
            label: "Capacity per instance, requests/s (empty: the catalog's)",
            type: 'capacity',
          })}
          ${propertyField(host, component, {
            id: 'serviceTimeMs',
            label: "Service time of one request, ms (empty: the catalog's)",
            type: 'service-time',
          })}
          ${concurrencyHint(item, component)
            ? html`<div class="help" data-part="concurrency">${concurrencyHint(item, component)}</div>`
            : nothing}`}
    ${textField(host, 'notes', 'Notes', component.notes, (v) => change({ notes: v }), { max: host.designLimits.notes, multiline: true })}
    <div class="actions">
      <button @click=${() => host.duplicateSelection()}>Duplicate</button>
      <button @click=${() => host.deleteSelection()}>Delete</button>
    </div>
  `;
}

function connectionForm(host: InspectorHost, key: string, arrow: Connection): TemplateResult {
  const change = (c: Partial<Connection>) => host.changeConnection(key, c);
  return html`
    <h3>Arrow</h3>
    <div>${nameOf(host, arrow.from)} → ${nameOf(host, arrow.to)}</div>
    <label
      >Call<select name="mode" @change=${(e: Event) => change({ mode: (e.target as HTMLSelectElement).value as Mode })}>
        <option value="sync" .selected=${arrow.mode === 'sync'}>synchronous (the caller waits)</option>
        <option value="async" .selected=${arrow.mode === 'async'}>asynchronous (fire and forget)</option>
      </select></label
    >
    ${textField(host, 'protocol', 'Protocol', arrow.protocol, (v) => change({ protocol: v }), { list: 'protocols' })}
    <datalist id="protocols">${host.designLimits.protocols.map((p) => html`<option value=${p}></option>`)}</datalist>
    ${textField(host, 'arrow-label', 'Label', arrow.label, (v) => change({ label: v }))}
    ${numberField(host, 'arrow-share', 'Share of the traffic, % (empty: all of it)', arrow.share,
      { min: 0, max: 100, step: 'any', integer: false }, (v) => change({ share: v }))}
    <div class="actions"><button @click=${() => host.deleteSelection()}>Delete arrow</button></div>
  `;
}

function groupForm(host: InspectorHost, group: Group): TemplateResult {
  return html`
    <h3>${group.kind === 'region' ? 'Region box' : 'Zone box'}</h3>
    ${textField(host, 'group-label', 'Label', group.label, (v) => host.changeGroup(group.id, v))}
    <div class="actions">
      <button @click=${() => host.removeGroup(group.id)}>Remove the box (keeps its components)</button>
    </div>
  `;
}

function several(host: InspectorHost, count: number): TemplateResult {
  return html`
    <h3>${count} components selected</h3>
    <div class="actions">
      <button @click=${() => host.groupSelection('region')}>Box as a region</button>
      <button @click=${() => host.groupSelection('zone')}>Box as a zone</button>
      <button @click=${() => host.duplicateSelection()}>Duplicate</button>
      <button @click=${() => host.deleteSelection()}>Delete</button>
    </div>
  `;
}

function details(host: InspectorHost, component: DesignComponent): TemplateResult {
  const rows: [string, string | undefined][] = [
    ['Type', typeName(host, component.type)],
    ['Label', component.label],
    ['Technology', component.technology],
    ['Instances', component.instances === undefined ? undefined : String(component.instances)],
    ['Multi-AZ', component.multiAz ? 'yes' : undefined],
    ['Region', component.region],
    ...Object.entries(component.properties ?? {}).map(
      ([key, value]) =>
        [host.palette.get(component.type)?.properties.find((p) => p.id === key)?.label ?? key, String(value)] as [string, string],
    ),
    ['Notes', component.notes],
  ];
  return html`<h3>${component.label || typeName(host, component.type)}</h3>
    <dl>${rows.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

export const KEYBOARD_HELP = html`<div class="help">
  <p>Select a component or an arrow to edit it.</p>
  <p>
    <kbd>Tab</kbd> moves between components and arrows; arrow keys move the selection (<kbd>Shift</kbd> for bigger
    steps); <kbd>C</kbd> starts an arrow from the focused component and <kbd>Enter</kbd> on another ends it;
    <kbd>Delete</kbd> removes the focused arrow, or the focused component with the rest of the selection;
    <kbd>Ctrl</kbd>+<kbd>D</kbd> duplicates; <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes and <kbd>Ctrl</kbd>+<kbd>Y</kbd>
    redoes; <kbd>Ctrl</kbd>+<kbd>A</kbd> selects all; <kbd>+</kbd> and <kbd>−</kbd> zoom, <kbd>0</kbd> fits;
    with the drawing itself focused, <kbd>Shift</kbd> and the arrow keys move the view.
  </p>
</div>`;

export interface InspectorSelection {
  components: string[];
  arrow?: string;
  group?: string;
}

/** The panel for the current selection; read-only canvases get the facts as text. */
export function inspector(host: InspectorHost, selection: InspectorSelection): TemplateResult | typeof nothing {
  const model = host.model;
  if (selection.arrow) {
    const arrow = model.connections.find((a) => `${a.from}->${a.to}` === selection.arrow);
    if (arrow) {
      return host.readonly
        ? html`<h3>Arrow</h3><div>${nameOf(host, arrow.from)} → ${nameOf(host, arrow.to)}</div>
            <div>${arrow.mode === 'async' ? 'asynchronous' : 'synchronous'} ${arrow.protocol ?? ''}</div>
            <div>${arrow.label ?? ''}</div>`
        : html`${keyed(selection.arrow, connectionForm(host, selection.arrow, arrow))}`;
    }
  }
  if (selection.group && !host.readonly) {
    const group = (model.groups ?? []).find((g) => g.id === selection.group);
    if (group) {
      return html`${keyed(group.id, groupForm(host, group))}`;
    }
  }
  if (selection.components.length > 1 && !host.readonly) {
    return several(host, selection.components.length);
  }
  const component = model.components.find((c) => c.id === selection.components[0]);
  if (component) {
    return host.readonly ? details(host, component) : html`${keyed(component.id, componentForm(host, component))}`;
  }
  return host.readonly ? nothing : KEYBOARD_HELP;
}
