/**
 * The design model of the canvas: the JSON format version 1 of docs/content-format.md, and the pure
 * operations the canvas performs on it. Every operation returns a new design; nothing is mutated, so
 * that undo and redo are a matter of keeping the old values.
 */

export interface Position {
  x: number;
  y: number;
}

export interface DesignComponent {
  id: string;
  type: string;
  label?: string;
  technology?: string;
  instances?: number;
  multiAz?: boolean;
  region?: string;
  group?: string;
  properties?: Record<string, unknown>;
  notes?: string;
  position?: Position;
}

export type Mode = 'sync' | 'async';

export interface Connection {
  from: string;
  to: string;
  mode: Mode;
  protocol?: string;
  label?: string;
  /** The percentage (0 to 100) of the requests through `from` that take this arrow; absent: all of them. */
  share?: number;
}

export interface Group {
  id: string;
  kind: 'region' | 'zone';
  label?: string;
}

export interface Design {
  version: 1;
  components: DesignComponent[];
  connections: Connection[];
  groups?: Group[];
}

/** One entry of the palette, from the component catalog. */
export interface PaletteItem {
  type: string;
  name: string;
  category: string;
  categoryTitle: string;
  icon: string;
  description: string;
  technologies: string[];
  properties: PaletteProperty[];
  /** The catalog's requests per second for one instance (the simulator's default). */
  capacityPerInstance?: number | null;
  /** The catalog's mean time of one request at an idle instance, in ms. */
  serviceTimeMs?: number | null;
  /** What the type is, from the catalog: client, edge, balancer, compute, store, cache, queue, stream… */
  kind: string;
  /** The protocol an arrow into it most likely speaks; absent for HTTPS. */
  protocol?: string | null;
}

export interface PaletteProperty {
  id: string;
  label: string;
  type: 'number' | 'boolean' | 'string' | 'choice' | string;
  choices?: string[];
  defaultValue?: unknown;
}

/**
 * The design's limits, stated once in design.schema.json and sent by the server with the palette
 * (DesignLimits in Java): text lengths, how many instances, the protocols an arrow speaks, and the share
 * of capacity from which a component counts as loaded.
 */
/**
 * A numbered remark pinned to one component, such as a mentor's review comment. The canvas shows the
 * number on the drawing and the text as plain text (never as HTML).
 */
export interface Annotation {
  componentId: string;
  number: number;
  text: string;
}

export interface DesignLimits {
  text: number;
  notes: number;
  components: number;
  connections: number;
  instances: number;
  protocols: string[];
  loadedUtilisation: number;
}

/** Before the server has sent the limits, the canvas bounds nothing and the server's checks still hold. */
export const UNBOUNDED: DesignLimits = {
  text: Number.MAX_SAFE_INTEGER,
  notes: Number.MAX_SAFE_INTEGER,
  components: Number.MAX_SAFE_INTEGER,
  connections: Number.MAX_SAFE_INTEGER,
  instances: Number.MAX_SAFE_INTEGER,
  protocols: [],
  loadedUtilisation: 1,
};

export function parseLimits(text: string): DesignLimits {
  try {
    const parsed = JSON.parse(text) as Partial<DesignLimits>;
    return { ...UNBOUNDED, ...parsed };
  } catch {
    return UNBOUNDED; // unreadable: the server's own checks still refuse what is too long
  }
}
export const GRID = 20;
export const BOX_WIDTH = 160;
export const BOX_HEIGHT = 60;
/** Room around a group's members inside its box, and above them for the box's label. */
export const GROUP_PADDING = 24;
export const GROUP_LABEL_HEIGHT = 16;

export function emptyDesign(): Design {
  return { version: 1, components: [], connections: [], groups: [] };
}

export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}

/** A new id from the type: "cache", then "cache-2", "cache-3"… whatever is free. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) {
    return base;
  }
  let n = 2;
  while (used.has(`${base}-${n}`)) {
    n++;
  }
  return `${base}-${n}`;
}

export function positionOf(component: DesignComponent): Position {
  return component.position ?? { x: 0, y: 0 };
}

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < BOX_WIDTH && Math.abs(a.y - b.y) < BOX_HEIGHT;
}

/** The first grid spot at or after the wanted one (moving down, then right) that no component covers. */
export function freeSpot(design: Design, wanted: Position): Position {
  let spot = { x: snap(wanted.x), y: snap(wanted.y) };
  for (let tries = 0; tries < 400; tries++) {
    if (!design.components.some((c) => overlaps(positionOf(c), spot))) {
      return spot;
    }
    spot = tries % 8 === 7 ? { x: spot.x + BOX_WIDTH + GRID * 2, y: snap(wanted.y) } : { x: spot.x, y: spot.y + BOX_HEIGHT + GRID };
  }
  return spot;
}

export function addComponent(design: Design, item: PaletteItem, at: Position): [Design, string] {
  const id = freshId(item.type, design.components.map((c) => c.id));
  const properties: Record<string, unknown> = {};
  item.properties.forEach((p) => {
    if (p.defaultValue !== undefined && p.defaultValue !== null) {
      properties[p.id] = p.defaultValue;
    }
  });
  const component: DesignComponent = { id, type: item.type, position: freeSpot(design, at) };
  if (Object.keys(properties).length > 0) {
    component.properties = properties;
  }
  return [{ ...design, components: [...design.components, component] }, id];
}

export function updateComponent(design: Design, id: string, change: Partial<DesignComponent>): Design {
  return {
    ...design,
    components: design.components.map((c) => (c.id === id ? withoutEmpty({ ...c, ...change }) : c)),
  };
}

/** Drops optional fields that hold nothing, so that the JSON stays as small as a hand-written one. */
function withoutEmpty(component: DesignComponent): DesignComponent {
  const copy: Record<string, unknown> = { ...component };
  for (const key of Object.keys(copy)) {
    const value = copy[key];
    if (value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value))) {
      delete copy[key];
    }
  }
  return copy as unknown as DesignComponent;
}

export function moveComponents(design: Design, ids: Set<string>, dx: number, dy: number): Design {
  return {
    ...design,
    components: design.components.map((c) => {
      if (!ids.has(c.id)) {
        return c;
      }
      const p = positionOf(c);
      return { ...c, position: { x: Math.max(0, p.x + dx), y: Math.max(0, p.y + dy) } };
    }),
  };
}

export function removeComponents(design: Design, ids: Set<string>): Design {
  return {
    ...design,
    components: design.components.filter((c) => !ids.has(c.id)),
    connections: design.connections.filter((a) => !ids.has(a.from) && !ids.has(a.to)),
  };
}

/** Copies of the components, offset by two grid steps, with the arrows between them copied too. */
export function duplicateComponents(design: Design, ids: Set<string>): [Design, string[]] {
  const taken = design.components.map((c) => c.id);
  const renamed = new Map<string, string>();
  const copies: DesignComponent[] = [];
  for (const c of design.components.filter((c) => ids.has(c.id))) {
    const id = freshId(c.id.replace(/-\d+$/, ''), [...taken, ...renamed.values()]);
    renamed.set(c.id, id);
    const p = positionOf(c);
    copies.push({ ...c, id, position: { x: p.x + GRID * 2, y: p.y + GRID * 2 } });
  }
  const arrows = design.connections
    .filter((a) => renamed.has(a.from) && renamed.has(a.to))
    .map((a) => ({ ...a, from: renamed.get(a.from)!, to: renamed.get(a.to)! }));
  return [
    { ...design, components: [...design.components, ...copies], connections: [...design.connections, ...arrows] },
    [...renamed.values()],
  ];
}

/** The protocol an arrow most likely speaks: the one the catalog gives the type it points at, else HTTPS. */
export function likelyProtocol(target: PaletteItem | undefined): string {
  return target?.protocol ?? 'HTTPS';
}

/** Kinds whose arrows in are asynchronous: the sender hands the message over and goes on (as the simulator runs them). */
const ASYNCHRONOUS_KINDS = new Set(['queue', 'stream']);

export function connectionKey(a: Connection): string {
  return `${a.from}->${a.to}`;
}

/**
 * Adds the arrow unless it would join a component to itself or repeat an arrow; its protocol and mode
 * come from the catalog's entry for the target's type, looked up in {@code palette}.
 */
export function connect(
  design: Design,
  from: string,
  to: string,
  palette: ReadonlyMap<string, PaletteItem> = new Map(),
): Design | undefined {
  if (from === to || design.connections.some((a) => a.from === from && a.to === to)) {
    return undefined;
  }
  const target = design.components.find((c) => c.id === to);
  const item = target ? palette.get(target.type) : undefined;
  const protocol = likelyProtocol(item);
  const mode: Mode = ASYNCHRONOUS_KINDS.has(item?.kind ?? '') ? 'async' : 'sync';
  return { ...design, connections: [...design.connections, { from, to, mode, protocol }] };
}

export function updateConnection(design: Design, key: string, change: Partial<Connection>): Design {
  return {
    ...design,
    connections: design.connections.map((a) => {
      if (connectionKey(a) !== key) {
        return a;
      }
      const updated: Record<string, unknown> = { ...a, ...change };
      Object.keys(updated).forEach((k) => (updated[k] === '' || updated[k] === undefined) && delete updated[k]);
      return updated as unknown as Connection;
    }),
  };
}

export function removeConnections(design: Design, keys: Set<string>): Design {
  return { ...design, connections: design.connections.filter((a) => !keys.has(connectionKey(a))) };
}

/** Puts the components into a new region or zone box. */
export function groupComponents(design: Design, ids: Set<string>, kind: 'region' | 'zone', label: string): Design {
  const groups = design.groups ?? [];
  const id = freshId(kind, groups.map((g) => g.id));
  return {
    ...design,
    groups: [...groups, label ? { id, kind, label } : { id, kind }],
    components: design.components.map((c) => (ids.has(c.id) ? { ...c, group: id } : c)),
  };
}

export function updateGroup(design: Design, id: string, label: string): Design {
  return { ...design, groups: (design.groups ?? []).map((g) => (g.id === id ? { ...g, label } : g)) };
}

export function removeGroup(design: Design, id: string): Design {
  return {
    ...design,
    groups: (design.groups ?? []).filter((g) => g.id !== id),
    components: design.components.map((c) => {
      if (c.group !== id) {
        return c;
      }
      const { group: _dropped, ...rest } = c;
      return rest;
    }),
  };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box drawn around a group's members; a group without members has none. */
export function groupBox(design: Design, groupId: string): Box | undefined {
  const members = design.components.filter((c) => c.group === groupId);
  if (members.length === 0) {
    return undefined;
  }
  const box = boundsOf(members);
  return {
    x: box.x - GROUP_PADDING,
    y: box.y - GROUP_PADDING - GROUP_LABEL_HEIGHT,
    width: box.width + GROUP_PADDING * 2,
    height: box.height + GROUP_PADDING * 2 + GROUP_LABEL_HEIGHT,
  };
}

export function boundsOf(components: DesignComponent[]): Box {
  if (components.length === 0) {
    return { x: 0, y: 0, width: 0, height: 0 };
  }
  const xs = components.map((c) => positionOf(c).x);
  const ys = components.map((c) => positionOf(c).y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) + BOX_WIDTH - x, height: Math.max(...ys) + BOX_HEIGHT - y };
}

export function needsLayout(design: Design): boolean {
  return design.components.some((c) => !c.position);
}

/** The point where the line from a box's centre towards another point leaves the box. */
export function borderPoint(box: Position, towards: Position): Position {
  const cx = box.x + BOX_WIDTH / 2;
  const cy = box.y + BOX_HEIGHT / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  if (dx === 0 && dy === 0) {
    return { x: cx, y: cy };
  }
  const scale = Math.min(
    dx === 0 ? Infinity : BOX_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : BOX_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

export function centre(component: DesignComponent): Position {
  const p = positionOf(component);
  return { x: p.x + BOX_WIDTH / 2, y: p.y + BOX_HEIGHT / 2 };
}

/** Undo and redo over whole designs; a new change forgets what could have been redone. */
export class History {
  private past: Design[] = [];
  private future: Design[] = [];

  constructor(private readonly limit = 200) {}

  record(previous: Design): void {
    this.past.push(previous);
    if (this.past.length > this.limit) {
      this.past.shift();
    }
    this.future = [];
  }

  undo(current: Design): Design | undefined {
    const previous = this.past.pop();
    if (previous) {
      this.future.push(current);
    }
    return previous;
  }

  redo(current: Design): Design | undefined {
    const next = this.future.pop();
    if (next) {
      this.past.push(current);
    }
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
