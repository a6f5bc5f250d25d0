import type { LocalizedText } from '@mpp-kit/schemas';
import { markup, joinHtml, raw, type SafeHtml } from './_html.js';
import type { SiteWriter } from './_siteText.js';
import { eventLabel as eventName } from '../labels/index.js';
import type { LifecycleGraph, LifecycleState, LifecycleTransition } from './LifecycleGraph.js';

/** Finals drawn in a column on the right, so that refusals from every step do not cross the flow. */
const sideFinals = new Set(['rejected', 'withdrawn', 'expired']);

const NODE_WIDTH = 210;
const LINE = 16;
const LAYER_GAP = 58;
const NODE_GAP = 36;
const CHAR = 7; // rough width of a 13px character
const LABEL_CHAR = 6.4; // rough width of a 12px character

interface Node {
  readonly state: LifecycleState;
  readonly index: number;
  readonly lines: string[];
  readonly side: boolean;
  rank: number;
  x: number;
  y: number;
  height: number;
}

function wrap(text: string, width: number): string[] {
  const max = Math.max(8, Math.floor(width / CHAR));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

/** States in reading order, transitions checked, unknown states added, initial found. */
export function normalizeGraph(graph: LifecycleGraph): {
  states: LifecycleState[];
  transitions: LifecycleTransition[];
  initial: string | undefined;
} {
  const states: LifecycleState[] = [];
  const known = new Set<string>();
  for (const state of graph.states) {
    if (known.has(state.id)) continue;
    known.add(state.id);
    states.push(state);
  }
  for (const transition of graph.transitions) {
    for (const id of [transition.from, transition.to]) {
      if (known.has(id)) continue;
      known.add(id);
      states.push({ id, label: id, final: sideFinals.has(id) || id === 'issued' });
    }
  }
  const initial =
    graph.initial !== undefined && known.has(graph.initial) ? graph.initial : states[0]?.id;
  // Reading order: breadth first from the initial state, then anything unreachable.
  const order: string[] = [];
  const queue = initial === undefined ? [] : [initial];
  const visited = new Set(queue);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    order.push(id);
    for (const transition of graph.transitions) {
      if (transition.from === id && !visited.has(transition.to)) {
        visited.add(transition.to);
        queue.push(transition.to);
      }
    }
  }
  const byId = new Map(states.map((state) => [state.id, state]));
  const sorted = [
    ...order,
    ...states.map((state) => state.id).filter((id) => !visited.has(id)),
  ].flatMap((id) => {
    const state = byId.get(id);
    return state === undefined ? [] : [state];
  });
  // Finals last (the good end before refusals), so the list reads as the flow and then its ends.
  const finalsLast = [
    ...sorted.filter((state) => !state.final),
    ...sorted.filter((state) => state.final && !sideFinals.has(state.id)),
    ...sorted.filter((state) => state.final && sideFinals.has(state.id)),
  ];
  return { states: finalsLast, transitions: [...graph.transitions], initial };
}

/** A slot in a layer: a state's box, or a waypoint of an arrow that spans several layers. */
interface Slot {
  readonly node?: Node;
  readonly width: number;
  rank: number;
  x: number;
  /** Slots of the previous layer this one hangs from (for ordering). */
  readonly preds: Slot[];
}

interface Layout {
  readonly nodes: Map<string, Node>;
  /** Waypoints of long arrows, by transition. */
  readonly waypoints: Map<LifecycleTransition, Slot[]>;
  /** Arrows drawn round the left: back edges and arrows within a layer. */
  readonly detours: LifecycleTransition[];
  readonly layerTops: number[];
  readonly layerHeights: number[];
  readonly width: number;
  readonly height: number;
  /** Ids of the rightmost box of each layer. */
  readonly rightmost: Set<string>;
  /** Ids of the leftmost box of each layer. */
  readonly leftmost: Set<string>;
}

const DUMMY_WIDTH = 14;

/** A value the layout itself put in place; a missing one is a bug, reported loudly. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`lifecycle diagram: no ${what}`);
  return value;
}

function layout(
  states: readonly LifecycleState[],
  transitions: readonly LifecycleTransition[],
  initial: string | undefined,
  write: SiteWriter,
): Layout {
  const nodes = new Map<string, Node>();
  states.forEach((state, index) => {
    const side = Boolean(state.final) && sideFinals.has(state.id);
    nodes.set(state.id, {
      state,
      index,
      lines: wrap(write.plain(state.label), NODE_WIDTH - 20),
      side,
      rank: 0,
      x: 0,
      y: 0,
      height: 0,
    });
  });
  const nodeOf = (id: string): Node => required(nodes.get(id), `state ${id}`);
  const main = [...nodes.values()].filter((node) => !node.side);
  const forward = (from: string) =>
    transitions.filter((t) => t.from === from && t.to !== from && !nodeOf(t.to).side);

  // Back edges close a cycle in a depth-first walk from the initial state.
  const back = new Set<LifecycleTransition>();
  const onStack = new Set<string>();
  const done = new Set<string>();
  const topo: string[] = [];
  const visit = (id: string) => {
    onStack.add(id);
    for (const t of forward(id)) {
      if (onStack.has(t.to)) back.add(t);
      else if (!done.has(t.to)) visit(t.to);
    }
    onStack.delete(id);
    done.add(id);
    topo.push(id);
  };
  if (initial !== undefined && !nodeOf(initial).side) visit(initial);
  for (const node of main) if (!done.has(node.state.id)) visit(node.state.id);
  // Longest path from the start gives each state its layer.
  for (const id of topo.reverse()) {
    for (const t of forward(id))
      if (!back.has(t)) nodeOf(t.to).rank = Math.max(nodeOf(t.to).rank, nodeOf(id).rank + 1);
  }

  const slots = new Map<Node, Slot>();
  const layers: Slot[][] = [];
  const place = (slot: Slot) => (layers[slot.rank] ??= []).push(slot);
  for (const node of [...main].sort((a, b) => a.rank - b.rank || a.index - b.index)) {
    const slot: Slot = { node, width: NODE_WIDTH, rank: node.rank, x: 0, preds: [] };
    slots.set(node, slot);
    place(slot);
  }
  const waypoints = new Map<LifecycleTransition, Slot[]>();
  const detours: LifecycleTransition[] = [];
  for (const t of transitions) {
    const from = nodeOf(t.from);
    const to = nodeOf(t.to);
    if (t.from === t.to || from.side || to.side) continue;
    if (back.has(t) || to.rank <= from.rank) {
      detours.push(t);
      continue;
    }
    let previous = required(slots.get(from), 'slot');
    const chain: Slot[] = [];
    for (let rank = from.rank + 1; rank < to.rank; rank++) {
      const dummy: Slot = { width: DUMMY_WIDTH, rank, x: 0, preds: [previous] };
      chain.push(dummy);
      place(dummy);
      previous = dummy;
    }
    required(slots.get(to), 'slot').preds.push(previous);
    waypoints.set(t, chain);
  }

  // Order each layer by the mean position of what it hangs from (one pass down), then place it.
  const gap = (a: Slot, b: Slot) => (a.node && b.node ? NODE_GAP : 12);
  const widthOf = (layer: readonly Slot[]) => {
    let total = 0;
    let before: Slot | undefined;
    for (const slot of layer) {
      total += slot.width + (before === undefined ? 0 : gap(before, slot));
      before = slot;
    }
    return total;
  };
  const dense: Slot[][] = [];
  layers.forEach((layer) => dense.push(layer)); // skips empty ranks
  for (const layer of dense) {
    const key = (slot: Slot) =>
      slot.preds.length === 0
        ? Number.POSITIVE_INFINITY
        : slot.preds.reduce((sum, pred) => sum + pred.x + pred.width / 2, 0) / slot.preds.length;
    const ordered = layer
      .map((slot, i) => ({ slot, key: key(slot), order: slot.node?.index ?? 1e6 + i }))
      .sort((a, b) => a.key - b.key || a.order - b.order)
      .map((entry) => entry.slot);
    layer.splice(0, layer.length, ...ordered);
    let x = 0;
    let before: Slot | undefined;
    for (const slot of layer) {
      if (before !== undefined) x += gap(before, slot);
      slot.x = x;
      x += slot.width;
      before = slot;
    }
  }
  const width = Math.max(NODE_WIDTH, ...dense.map(widthOf));
  const layerTops: number[] = [];
  const layerHeights: number[] = [];
  const rightmost = new Set<string>();
  const leftmost = new Set<string>();
  let y = 0;
  dense.forEach((layer, rank) => {
    const shift = (width - widthOf(layer)) / 2;
    const boxes = layer.filter((slot) => slot.node !== undefined);
    const height = Math.max(
      LINE + 16,
      ...boxes.map((slot) => (slot.node?.lines.length ?? 1) * LINE + 16),
    );
    for (const slot of layer) {
      slot.x += shift;
      slot.rank = rank;
      if (slot.node) {
        slot.node.rank = rank;
        slot.node.x = slot.x;
        slot.node.y = y;
        slot.node.height = height;
      }
    }
    const last = boxes[boxes.length - 1];
    if (last?.node) rightmost.add(last.node.state.id);
    if (boxes[0]?.node) leftmost.add(boxes[0].node.state.id);
    layerTops.push(y);
    layerHeights.push(height);
    y += height + LAYER_GAP;
  });
  return {
    nodes,
    waypoints,
    detours,
    layerTops,
    layerHeights,
    width,
    height: Math.max(0, y - LAYER_GAP),
    rightmost,
    leftmost,
  };
}

/** Renders the lifecycle as an inline SVG drawing (no script, no external resource). */
export function lifecycleSvg(
  graph: LifecycleGraph,
  write: SiteWriter,
  idPrefix: string,
  title: string,
): SafeHtml {
  const { states, transitions, initial } = normalizeGraph(graph);
  if (states.length === 0) return markup``;
  const {
    nodes,
    waypoints,
    detours,
    layerTops,
    layerHeights,
    width,
    height: mainHeight,
    rightmost,
    leftmost,
  } = layout(states, transitions, initial, write);
  const label = (t: LifecycleTransition) => write.plain(t.label ?? eventName(t.event));
  const nodeOf = (id: string): Node => required(nodes.get(id), `state ${id}`);

  const loops = transitions.filter((t) => t.from === t.to);
  const detourRoom =
    detours.length === 0
      ? 0
      : 30 + detours.length * 10 + Math.max(...detours.map((t) => label(t).length)) * LABEL_CHAR;
  const sideEdges = transitions.filter(
    (t) => nodeOf(t.to).side && !nodeOf(t.from).side && t.from !== t.to,
  );
  // One label per (final, event) pair, written next to the final.
  const sideGroups = [...new Set(sideEdges.map((t) => `${t.to}\u0000${label(t)}`))];
  const sideLabelRoom =
    sideEdges.length === 0
      ? 0
      : Math.max(...sideEdges.map((t) => label(t).length)) * LABEL_CHAR + 90;
  const left = 12 + detourRoom;
  const top = 14;
  const sideNodes = [...nodes.values()].filter((node) => node.side);
  const sideX = left + width + sideLabelRoom;
  const sideHeights = sideNodes.map(
    (node) =>
      node.lines.length * LINE +
      16 +
      14 * sideGroups.filter((group) => group.startsWith(`${node.state.id}\u0000`)).length,
  );
  const sideTotal = sideHeights.reduce((sum, h) => sum + h + NODE_GAP, -NODE_GAP);
  let sideY = Math.max(0, (mainHeight - sideTotal) / 2);
  sideNodes.forEach((node, i) => {
    const labels =
      14 * sideGroups.filter((group) => group.startsWith(`${node.state.id}\u0000`)).length;
    node.x = sideX - left;
    node.y = sideY + labels;
    node.height = node.lines.length * LINE + 16;
    sideY += (sideHeights[i] ?? 0) + NODE_GAP;
  });
  const loopRoom =
    loops.length === 0 ? 0 : 46 + Math.max(...loops.map((t) => label(t).length)) * LABEL_CHAR;
  const totalWidth = Math.ceil(
    (sideNodes.length > 0 ? sideX + NODE_WIDTH : left + width + loopRoom) + 12,
  );
  const totalHeight = Math.ceil(top + Math.max(mainHeight, sideY - NODE_GAP) + 12);
  const X = (node: Node) => left + node.x;
  const Y = (node: Node) => top + node.y;
  const arrow = `${idPrefix}-arrow`;
  const f = (n: number) => Number(n.toFixed(1));
  const edgeLabel = (x: number, y: number, text: string, anchor: 'start' | 'end') => {
    const w = text.length * LABEL_CHAR + 8;
    const rx = anchor === 'start' ? x - 4 : x - w + 4;
    return markup`<rect class="lbl-bg" x="${f(rx)}" y="${f(y - 11)}" width="${f(w)}" height="15" rx="3"/><text class="lbl" x="${f(x)}" y="${f(y)}" text-anchor="${anchor}">${text}</text>`;
  };
  const down = (x1: number, y1: number, x2: number, y2: number) => {
    const my = (y1 + y2) / 2;
    return `C${f(x1)} ${f(my)} ${f(x2)} ${f(my)} ${f(x2)} ${f(y2)}`;
  };
  const fanOut = (id: string) =>
    transitions.filter((t) => t.from === id && waypoints.has(t)).length > 1;

  const edges: SafeHtml[] = [];
  const labels: SafeHtml[] = [];
  let detourIndex = 0;
  let lane = 0;
  for (const t of transitions) {
    const from = nodeOf(t.from);
    const to = nodeOf(t.to);
    const text = label(t);
    if (from.side) continue;
    if (t.from === t.to) {
      const x = X(from) + NODE_WIDTH;
      const y = Y(from) + from.height / 2;
      edges.push(
        markup`<path class="edge" d="M${x} ${f(y - 8)} C${x + 34} ${f(y - 26)} ${x + 34} ${f(y + 26)} ${x} ${f(y + 8)}" marker-end="url(#${arrow})"/>`,
      );
      labels.push(edgeLabel(x + 38, y + 4, text, 'start'));
    } else if (to.side) {
      const x2 = X(to);
      const y2 = Y(to) + to.height / 2;
      const busX = left + width + 16;
      let d: string;
      if (rightmost.has(from.state.id)) {
        const x1 = X(from) + NODE_WIDTH;
        const y1 = Y(from) + from.height / 2;
        const mid = Math.max(busX, (x1 + x2) / 2);
        d = `M${f(x1)} ${f(y1)} C${f(mid)} ${f(y1)} ${f(mid)} ${f(y2)} ${f(x2 - 2)} ${f(y2)}`;
      } else {
        // Leave below the box and run along the gap under its layer, so no other box is crossed.
        lane += 1;
        const x1 = X(from) + NODE_WIDTH - 16;
        const y1 = Y(from) + from.height;
        const gapY =
          top + (layerTops[from.rank] ?? 0) + (layerHeights[from.rank] ?? 0) + 10 + (lane % 4) * 4;
        const mid = (busX + x2) / 2;
        d = `M${f(x1)} ${f(y1)} L${f(x1)} ${f(gapY - 6)} Q${f(x1)} ${f(gapY)} ${f(x1 + 6)} ${f(gapY)} L${f(busX)} ${f(gapY)} C${f(mid)} ${f(gapY)} ${f(mid)} ${f(y2)} ${f(x2 - 2)} ${f(y2)}`;
      }
      edges.push(markup`<path class="edge edge-side" d="${d}" marker-end="url(#${arrow})"/>`);
    } else if (detours.includes(t)) {
      // Round the left: out under the source's layer (or straight out when it is leftmost), up or
      // down the left margin, and in above the target's layer (or straight in when leftmost).
      detourIndex += 1;
      const gutter = left - 14 - detourIndex * 10;
      const points: [number, number][] = [];
      if (leftmost.has(from.state.id)) points.push([X(from), Y(from) + from.height / 2]);
      else {
        const gapY = Y(from) + from.height + 12 + (detourIndex % 3) * 4;
        points.push([X(from) + 16, Y(from) + from.height], [X(from) + 16, gapY], [gutter, gapY]);
      }
      const startY = points[points.length - 1]?.[1] ?? 0;
      let endY: number;
      if (leftmost.has(to.state.id)) {
        endY = Y(to) + to.height / 2;
        points.push([gutter, endY], [X(to) - 2, endY]);
      } else {
        endY = Y(to) - 12 - (detourIndex % 3) * 4;
        points.push([gutter, endY], [X(to) + 16, endY], [X(to) + 16, Y(to) - 2]);
      }
      const [firstX, firstY] = points[0] ?? [gutter, startY];
      if (firstY === startY && firstX !== gutter) points.splice(1, 0, [gutter, startY]);
      edges.push(
        markup`<path class="edge edge-detour" d="M${points.map(([x, y]) => `${f(x)} ${f(y)}`).join(' L')}" marker-end="url(#${arrow})"/>`,
      );
      labels.push(edgeLabel(gutter - 6, (startY + endY) / 2 + 4, text, 'end'));
    } else {
      const chain = waypoints.get(t) ?? [];
      const x1 = X(from) + NODE_WIDTH / 2;
      const y1 = Y(from) + from.height;
      let d = `M${f(x1)} ${f(y1)}`;
      let px = x1;
      let py = y1;
      let firstEnd: [number, number] | undefined;
      for (const slot of chain) {
        const cx = left + slot.x + slot.width / 2;
        const layerTop = top + (layerTops[slot.rank] ?? 0);
        const layerHeight = layerHeights[slot.rank] ?? 0;
        d += ` ${down(px, py, cx, layerTop)} L${f(cx)} ${f(layerTop + layerHeight)}`;
        firstEnd ??= [cx, layerTop];
        px = cx;
        py = layerTop + layerHeight;
      }
      const x2 = X(to) + NODE_WIDTH / 2;
      const y2 = Y(to);
      d += ` ${down(px, py, x2, y2 - 2)}`;
      firstEnd ??= [x2, y2];
      edges.push(markup`<path class="edge" d="${d}" marker-end="url(#${arrow})"/>`);
      // Near the arrow's end when a box fans out (labels would pile up at the source), else mid-way.
      if (fanOut(t.from)) labels.push(edgeLabel(firstEnd[0] + 7, firstEnd[1] - 7, text, 'start'));
      else
        labels.push(
          edgeLabel((x1 + firstEnd[0]) / 2 + 8, (y1 + firstEnd[1]) / 2 + 4, text, 'start'),
        );
    }
  }
  sideNodes.forEach((node) => {
    const groups = sideGroups.filter((group) => group.startsWith(`${node.state.id}\u0000`));
    groups.forEach((group, i) => {
      const text = group.split('\u0000')[1] ?? '';
      labels.push(edgeLabel(X(node) + 10, Y(node) - 6 - i * 14, text, 'start'));
    });
  });

  const boxes = [...nodes.values()].map((node) => {
    const kind = node.side
      ? 'node-end-negative'
      : node.state.final
        ? 'node-end'
        : node.state.id === initial
          ? 'node-start'
          : 'node-step';
    const cx = X(node) + NODE_WIDTH / 2;
    const firstLine = Y(node) + node.height / 2 - ((node.lines.length - 1) * LINE) / 2 + 4.5;
    const text = node.lines.map(
      (line, i) => markup`<tspan x="${f(cx)}" y="${f(firstLine + i * LINE)}">${line}</tspan>`,
    );
    return markup`<g class="node ${kind}"><rect x="${f(X(node))}" y="${f(Y(node))}" width="${NODE_WIDTH}" height="${node.height}" rx="${node.state.final ? 18 : 6}"/><text text-anchor="middle">${text}</text></g>`;
  });

  return markup`<svg class="lifecycle" viewBox="0 0 ${totalWidth} ${totalHeight}" width="${totalWidth}" height="${totalHeight}" role="img" aria-labelledby="${idPrefix}-title"><title id="${idPrefix}-title">${title}</title><defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="arrowhead"/></marker></defs><g class="edges">${edges}</g><g class="nodes">${boxes}</g><g class="labels">${labels}</g></svg>`;
}

/** The lifecycle as an ordered list of steps and a table of transitions (the accessible version). */
export function lifecycleTables(graph: LifecycleGraph, write: SiteWriter): SafeHtml {
  const { states, transitions } = normalizeGraph(graph);
  const byId = new Map(states.map((state) => [state.id, state]));
  const name = (id: string): LocalizedText => byId.get(id)?.label ?? id;
  const steps = states.map(
    (state) =>
      markup`<li${state.final ? raw(' class="final"') : ''}>${write.text(state.label)}${state.final ? markup` <span class="badge">${write.uiPlain('finalState')}</span>` : ''}</li>`,
  );
  const rows = transitions.map(
    (t) =>
      markup`<tr><td>${write.text(name(t.from))}</td><td>${write.text(t.label ?? eventName(t.event))} <code>${t.event}</code></td><td>${t.actor === undefined ? '—' : write.text(t.actor)}</td><td>${write.text(name(t.to))}</td></tr>`,
  );
  return markup`<h3>${write.ui('lifecycleSteps')}</h3><ol class="steps">${steps}</ol>
<div class="table-wrap" tabindex="0" role="region" aria-label="${write.uiPlain('scrollTable')}"><table class="transitions"><caption>${write.ui('transitions')}</caption><thead><tr><th scope="col">${write.uiPlain('from')}</th><th scope="col">${write.uiPlain('event')}</th><th scope="col">${write.uiPlain('actor')}</th><th scope="col">${write.uiPlain('to')}</th></tr></thead><tbody>${joinHtml(rows, '\n')}</tbody></table></div>`;
}
