/**
 * Layout with fcose, done incrementally: a first full layout, then each expansion places only the new
 * nodes around their already placed neighbours (which stay fixed), so expanding stays well under a second.
 */
import type { CollectionArgument, Core, LayoutOptions, NodeCollection, Position } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

const asLayout = (options: FcoseLayoutOptions): LayoutOptions => options as unknown as LayoutOptions;

/**
 * Places nodes without a position on a ring around the placed neighbour they hang from, pushed outwards
 * from the centre of what is already drawn so that the new ring does not land on the old nodes.
 */
export function seedPositions(cy: Core, fresh: NodeCollection): void {
  const byAnchor = new Map<string, string[]>();
  fresh.forEach((node) => {
    const anchor = node.neighborhood('node').filter((n) => !fresh.contains(n))[0];
    const key = anchor ? anchor.id() : '';
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), node.id()]);
  });
  const placed = cy.nodes().not(fresh);
  const extent = placed.boundingBox({});
  const middle: Position = { x: (extent.x1 + extent.x2) / 2 || 0, y: (extent.y1 + extent.y2) / 2 || 0 };
  for (const [anchorId, ids] of byAnchor) {
    const anchor = anchorId ? cy.getElementById(anchorId) : null;
    const radius = 110 + ids.length * 8;
    let centre: Position = { x: extent.x2 + radius + 60, y: middle.y };
    if (anchor) {
      const at = anchor.position();
      const dx = at.x - middle.x;
      const dy = at.y - middle.y;
      const length = Math.hypot(dx, dy);
      const reach = Math.max(extent.w, extent.h) / 2;
      centre =
        length < 1
          ? { x: at.x + reach + radius, y: at.y }
          : { x: at.x + (dx / length) * (radius + reach / 2), y: at.y + (dy / length) * (radius + reach / 2) };
    }
    ids.forEach((id, index) => {
      const angle = (2 * Math.PI * index) / ids.length;
      cy.getElementById(id).position({
        x: centre.x + radius * Math.cos(angle),
        y: centre.y + radius * Math.sin(angle),
      });
    });
  }
}

/** Fits the view to some elements without zooming a handful of nodes up to giant size. */
export function fitGently(cy: Core, eles?: CollectionArgument): void {
  cy.fit(eles, 40);
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center(eles);
  }
}

export function fullLayout(cy: Core): Promise<void> {
  const large = cy.nodes().length > 300;
  const layout = cy.layout(
    asLayout({
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeRepulsion: 12000,
      idealEdgeLength: 120,
      numIter: large ? 1000 : 2500,
    }),
  );
  const done = layout.promiseOn('layoutstop').then(() => undefined);
  layout.run();
  return done;
}

/** Lays out the fresh nodes with the placed nodes around them held where they are. */
export function incrementalLayout(cy: Core, fresh: NodeCollection): Promise<void> {
  seedPositions(cy, fresh);
  const anchors = fresh.neighborhood('node').not(fresh).nodes();
  // Placed nodes near the anchors take part, held in place, so that they push the new ones away.
  const nearby = anchors.union(anchors.neighborhood('node')).not(fresh).nodes();
  const scope = fresh.union(nearby).union(fresh.connectedEdges());
  const layout = scope.layout(
    asLayout({
      name: 'fcose',
      quality: 'default',
      randomize: false,
      animate: false,
      fit: false,
      nodeRepulsion: 12000,
      idealEdgeLength: 120,
      numIter: 600,
      fixedNodeConstraint: nearby.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    }),
  );
  const done = layout.promiseOn('layoutstop').then(() => undefined);
  layout.run();
  return done;
}
