/**
 * Automatic layout of a design with ELK's layered algorithm (elkjs): arrows run left to right, and
 * each region or zone box is a compound node that holds its members, so that boxes never cut through
 * components that are not theirs. The bundled build runs in the page, with no worker file to serve;
 * it is about 1.6 MB, so it is loaded on first use (Arrange, or a design without positions), not with
 * the canvas.
 */
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import {
  BOX_HEIGHT,
  BOX_WIDTH,
  GRID,
  GROUP_LABEL_HEIGHT,
  GROUP_PADDING,
  snap,
  type Design,
  type Position,
} from './model.js';

/** Space between boxes: more than a grid step on each side, so that snapping to the grid never makes them touch. */
const SPACING = GRID * 2;
const GROUP_PREFIX = 'group:';

/** Spacing is set on every level: ELK does not pass it down from the graph to the boxes within. */
const SPACINGS = {
  'elk.spacing.nodeNode': String(SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING * 2),
};

const OPTIONS = {
  ...SPACINGS,
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.componentComponent': String(SPACING * 2),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': `[top=${GRID * 4},left=${GRID * 2},bottom=${GRID * 2},right=${GRID * 2}]`,
};

/** Inside a box: the room its drawing keeps around the members, plus a grid step so that neighbours stay clear of it. */
const GROUP_OPTIONS = {
  ...SPACINGS,
  'elk.padding': `[top=${GROUP_PADDING + GROUP_LABEL_HEIGHT + GRID},left=${GROUP_PADDING + GRID},bottom=${
    GROUP_PADDING + GRID
  },right=${GROUP_PADDING + GRID}]`,
};

let engine: Promise<ELK> | undefined;

function layoutEngine(): Promise<ELK> {
  engine ??= import('elkjs/lib/elk.bundled.js').then(
    (module) => new module.default(),
    (failed: unknown) => {
      engine = undefined; // the next press tries to load it again
      throw failed;
    },
  );
  return engine;
}

/** The design with every component placed by the layout; everything else is kept as it was. */
export async function arrange(design: Design): Promise<Design> {
  const laidOut = await (await layoutEngine()).layout(layoutGraph(design));
  const positions = positionsOf(laidOut);
  return {
    ...design,
    components: design.components.map((c) => {
      const p = positions.get(c.id);
      return p ? { ...c, position: p } : c;
    }),
  };
}

/** The graph ELK lays out: components as nodes, boxes with members as compound nodes, arrows as edges. */
export function layoutGraph(design: Design): ElkNode {
  const ids = new Set(design.components.map((c) => c.id));
  const boxes = new Map<string, ElkNode>();
  (design.groups ?? []).forEach((g) => boxes.set(g.id, { id: GROUP_PREFIX + g.id, layoutOptions: GROUP_OPTIONS, children: [] }));
  const children: ElkNode[] = [];
  const placed = new Set<ElkNode>();
  for (const c of design.components) {
    const node: ElkNode = { id: c.id, width: BOX_WIDTH, height: BOX_HEIGHT };
    const box = c.group ? boxes.get(c.group) : undefined;
    if (box) {
      box.children!.push(node);
      if (!placed.has(box)) {
        placed.add(box);
        children.push(box);
      }
    } else {
      children.push(node);
    }
  }
  const edges: ElkExtendedEdge[] = design.connections
    .filter((a) => a.from !== a.to && ids.has(a.from) && ids.has(a.to))
    .map((a, i) => ({ id: `arrow-${i}`, sources: [a.from], targets: [a.to] }));
  return { id: 'design', layoutOptions: OPTIONS, children, edges };
}

/** Each component's place on the grid, from a laid-out graph whose compound nodes hold positions relative to them. */
export function positionsOf(graph: ElkNode): Map<string, Position> {
  const positions = new Map<string, Position>();
  const visit = (node: ElkNode, offsetX: number, offsetY: number): void => {
    for (const child of node.children ?? []) {
      const x = offsetX + (child.x ?? 0);
      const y = offsetY + (child.y ?? 0);
      if (child.id.startsWith(GROUP_PREFIX)) {
        visit(child, x, y);
      } else {
        positions.set(child.id, { x: Math.max(0, snap(x)), y: Math.max(0, snap(y)) });
      }
    }
  };
  visit(graph, 0, 0);
  return positions;
}
