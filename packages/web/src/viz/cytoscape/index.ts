/** Cytoscape lives here only (lint enforces it): the explorer passes plain data to GraphCanvas. */
export type { Position } from 'cytoscape';
export { GraphCanvas, type CanvasEdge, type CanvasNode } from './GraphCanvas';
