/**
 * Country and US-state shapes from maintained packages (world-atlas 110m, us-atlas), projected once
 * into a fixed view box; React draws the paths. Shapes are keyed by ISO 3166-1 numeric (= UN M49) code
 * for countries and by name for US states.
 */
import { geoAlbersUsa, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Shape {
  /** ISO numeric code for countries, FIPS code for US states; empty for disputed areas without one. */
  code: string;
  /** The English name in the atlas. */
  name: string;
  /** SVG path in view-box coordinates. */
  d: string;
}

export interface ShapeSet {
  width: number;
  height: number;
  shapes: Shape[];
  /** Outline of the sphere (world only), for the ocean. */
  outline?: string;
}

type NamedFeature = Feature<Geometry, { name?: string }>;

function project(
  features: NamedFeature[],
  projection: GeoProjection,
  width: number,
  height: number,
  sphere: boolean,
): ShapeSet {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  projection.fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    sphere ? { type: 'Sphere' } : collection,
  );
  const path = geoPath(projection);
  return {
    width,
    height,
    outline: sphere ? (path({ type: 'Sphere' }) ?? undefined) : undefined,
    shapes: features
      .map((f) => ({ code: f.id === undefined ? '' : String(f.id), name: f.properties?.name ?? '', d: path(f) ?? '' }))
      .filter((s) => s.d),
  };
}

function toFeatures(topology: Topology, object: string): NamedFeature[] {
  const collection = feature(topology, topology.objects[object] as GeometryCollection<{ name?: string }>);
  return collection.features as NamedFeature[];
}

let world: Promise<ShapeSet> | undefined;
let usStates: Promise<ShapeSet> | undefined;

export function loadWorld(): Promise<ShapeSet> {
  world ??= import('world-atlas/countries-110m.json').then((m) =>
    project(toFeatures(m.default as unknown as Topology, 'countries'), geoEqualEarth(), 960, 470, true),
  );
  return world;
}

export function loadUsStates(): Promise<ShapeSet> {
  usStates ??= import('us-atlas/states-10m.json').then((m) =>
    project(toFeatures(m.default as unknown as Topology, 'states'), geoAlbersUsa(), 960, 560, false),
  );
  return usStates;
}
