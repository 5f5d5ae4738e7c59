import {
  BOX_HEIGHT,
  BOX_WIDTH,
  borderPoint,
  boundsOf,
  centre,
  groupBox,
  positionOf,
  type Design,
  type DesignComponent,
} from './model.js';

const MARGIN = 40;

/** Text made safe for XML: user labels are data, never markup. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A standalone SVG drawing of the design: boxes, arrows (dashed when asynchronous) and group boxes. */
export function toSvg(design: Design, typeName: (type: string) => string): string {
  const bounds = boundsOf(design.components);
  const groupBoxes = (design.groups ?? []).map((g) => ({ group: g, box: groupBox(design, g.id) }));
  const minX = Math.min(bounds.x, ...groupBoxes.map((g) => g.box?.x ?? bounds.x)) - MARGIN;
  const minY = Math.min(bounds.y, ...groupBoxes.map((g) => g.box?.y ?? bounds.y)) - MARGIN;
  const width = bounds.x + bounds.width - minX + MARGIN;
  const height = bounds.y + bounds.height - minY + MARGIN;
  const byId = new Map(design.components.map((c) => [c.id, c]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${width} ${height}" font-family="sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#44546a"/></marker></defs>',
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  for (const { group, box } of groupBoxes) {
    if (box) {
      parts.push(
        `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="12" fill="none" stroke="#8a9bb0" stroke-dasharray="6 4"/>`,
        `<text x="${box.x + 10}" y="${box.y + 16}" font-size="12" fill="#44546a">${xml(clip(group.label ?? group.id, 40))} (${group.kind})</text>`,
      );
    }
  }
  for (const arrow of design.connections) {
    const from = byId.get(arrow.from);
    const to = byId.get(arrow.to);
    if (from && to) {
      const start = borderPoint(positionOf(from), centre(to));
      const end = borderPoint(positionOf(to), centre(from));
      const dash = arrow.mode === 'async' ? ' stroke-dasharray="6 4"' : '';
      parts.push(
        `<line x1="${start.x}" y1="${start.y}" x2="${end.x}" y2="${end.y}" stroke="#44546a" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`,
      );
      if (arrow.protocol) {
        parts.push(
          `<text x="${(start.x + end.x) / 2}" y="${(start.y + end.y) / 2 - 4}" font-size="10" text-anchor="middle" fill="#44546a">${xml(arrow.protocol)}</text>`,
        );
      }
    }
  }
  design.components.forEach((c) => parts.push(componentSvg(c, typeName)));
  parts.push('</svg>');
  return parts.join('\n');
}

function componentSvg(c: DesignComponent, typeName: (type: string) => string): string {
  const p = positionOf(c);
  const title = clip(c.label || typeName(c.type), 24);
  const detail = clip([c.technology, (c.instances ?? 1) > 1 ? `×${c.instances}` : ''].filter(Boolean).join(' '), 28);
  return [
    `<rect x="${p.x}" y="${p.y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="8" fill="#f4f7fb" stroke="#2f5d9b" stroke-width="1.5"/>`,
    `<text x="${p.x + BOX_WIDTH / 2}" y="${p.y + 24}" font-size="13" font-weight="bold" text-anchor="middle" fill="#1b2b41">${xml(title)}</text>`,
    `<text x="${p.x + BOX_WIDTH / 2}" y="${p.y + 42}" font-size="11" text-anchor="middle" fill="#44546a">${xml(detail || typeName(c.type))}</text>`,
  ].join('\n');
}

/** Draws the SVG onto a bitmap twice its size, for sharp slides. */
export async function toPng(svg: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not draw the PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
