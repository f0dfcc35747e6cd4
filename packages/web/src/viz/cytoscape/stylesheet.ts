/** The Cytoscape stylesheet, derived from the shared legend: each label's colour and shape, plus names. */
import { NODE_LEGEND } from '@lacuna/model';
import type { StylesheetJson } from 'cytoscape';

const PATH_COLOR = '#000000';
const SELECTED_COLOR = '#CC79A7';

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'min-zoomed-font-size': 7,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#333333',
      },
    },
    ...NODE_LEGEND.map((entry) => ({
      selector: `node[label = "${entry.key}"]`,
      style: { 'background-color': entry.color, shape: entry.shape as 'ellipse' },
    })),
    { selector: 'node[?centre]', style: { width: 32, height: 32, 'border-width': 3, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#8a8a8a',
        'target-arrow-color': '#8a8a8a',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        'font-size': 9,
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'edge.near', style: { 'line-color': '#444444', 'target-arrow-color': '#444444', width: 1.8 } },
    { selector: 'edge.near-label', style: { label: 'data(text)' } },
    {
      selector: 'edge.path',
      style: {
        label: 'data(text)',
        'line-color': PATH_COLOR,
        'target-arrow-color': PATH_COLOR,
        'line-style': 'dashed',
        width: 3,
        'font-weight': 'bold',
      },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': PATH_COLOR, 'border-style': 'double' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': SELECTED_COLOR, 'border-style': 'solid', 'overlay-opacity': 0 },
    },
  ];
}
