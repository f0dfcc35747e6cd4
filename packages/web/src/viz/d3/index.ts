/** d3 lives here only (lint enforces it): the views use these components and loaders as plain React. */
export { GeoMap, type HoverInfo, type MapMark } from './GeoMap';
export { loadUsStates, loadWorld, type ShapeSet } from './geo';
