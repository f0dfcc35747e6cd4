/**
 * Cytoscape lives here only (lint enforces it). The view passes plain data; this component adds and
 * removes elements by id, lays out only what is new, keeps positions in a cache that outlives it, and
 * reports taps and expansions back.
 */
import cytoscape, { type Core, type ElementDefinition, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { fitGently, fullLayout, incrementalLayout } from './layout';
import { graphStylesheet } from './stylesheet';

cytoscape.use(fcose);

export interface CanvasNode {
  id: string;
  label: string;
  name: string;
  centre?: boolean;
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  text: string;
}

interface Props {
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
  hiddenLabels: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  /** Positions by node id, kept by the caller across renders and remounts. */
  positions: Map<string, Position>;
  label: string;
  onLayout?: (ms: number) => void;
}

function toElements(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
    ...edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
  ];
}

export function GraphCanvas(props: Props) {
  const { nodes, edges, hiddenLabels, highlighted, selected, positions, label } = props;
  const container = useRef<HTMLDivElement | null>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: graphStylesheet(),
      minZoom: 0.1,
      maxZoom: 4,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => callbacks.current.onSelect(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (event) => callbacks.current.onExpand(event.target.id() as string));
    cy.on('dragfree', 'node', (event) => {
      positions.set(event.target.id() as string, { ...(event.target.position() as Position) });
    });
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [positions]);

  // Add and remove elements by id; lay out only the new nodes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      const present = new Set(cy.elements().map((el) => el.id()));
      const added = toElements(
        nodes.filter((n) => !present.has(n.id)),
        edges.filter((e) => !present.has(e.id)),
      );
      cy.add(added);
      for (const node of nodes) cy.getElementById(node.id).data({ ...node });
    });
    const fresh = cy.nodes().filter((n) => !positions.has(n.id()));
    cy.nodes()
      .filter((n) => positions.has(n.id()))
      .forEach((n) => {
        n.position({ ...(positions.get(n.id()) as Position) });
      });
    if (fresh.length === 0) return;
    const started = performance.now();
    const firstLayout = fresh.length === cy.nodes().length;
    const run = firstLayout ? fullLayout(cy) : incrementalLayout(cy, fresh);
    void run.then(() => {
      cy.nodes().forEach((n) => {
        positions.set(n.id(), { ...n.position() });
      });
      fitGently(cy, firstLayout ? undefined : cy.elements().not('.hidden'));
      callbacks.current.onLayout?.(performance.now() - started);
    });
  }, [nodes, edges, positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hiddenLabels.has(n.data('label') as string));
      });
      cy.elements().forEach((el) => {
        el.toggleClass('path', highlighted.has(el.id()));
      });
      cy.elements(':selected').unselect();
      cy.edges().removeClass('near near-label');
      if (selected) {
        const node = cy.getElementById(selected);
        node.select();
        const edges = node.connectedEdges();
        // Relationship names are shown only where they stay readable.
        edges.addClass(edges.length <= 12 ? 'near near-label' : 'near');
      }
    });
  }, [hiddenLabels, highlighted, selected, nodes, edges]);

  const onKeyDown = (event: KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy) return;
    if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centreOf(cy) });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centreOf(cy) });
    else if (event.key === '0') fitGently(cy);
    else if (event.key === 'Enter' && selected) callbacks.current.onExpand(selected);
    else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && selected) {
      const around = cy
        .getElementById(selected)
        .neighborhood('node')
        .filter((n) => !n.hasClass('hidden'));
      if (around.length === 0) return;
      const next = event.key === 'ArrowRight' ? around[0] : around[around.length - 1];
      if (next) callbacks.current.onSelect(next.id());
    } else return;
    event.preventDefault();
  };

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="application"
      aria-label={label}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-nodes={nodes.length}
      data-edges={edges.length}
    />
  );
}

function centreOf(cy: Core): Position {
  return { x: cy.width() / 2, y: cy.height() / 2 };
}
