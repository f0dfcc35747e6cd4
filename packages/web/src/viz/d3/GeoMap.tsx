/**
 * A choropleth of coverage levels: shapes filled with the level's colour and pattern, a selected shape
 * outlined, hover reported for a tooltip, pan and zoom. Keyboard users pick places from the list beside it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { SvgPatterns } from '../../components/SvgPatterns';
import { levelPatternId, type CoverageLevel } from '../../components/levels';
import type { ShapeSet } from './geo';
import { useZoom } from './useZoom';

export interface MapMark {
  /** The jurisdiction behind a shape. */
  id: string;
  level?: CoverageLevel;
  /** The shape has no jurisdiction of its own in the graph and shows its parent's level. */
  inherited?: boolean;
}

export interface HoverInfo {
  shapeName: string;
  mark?: MapMark;
  x: number;
  y: number;
}

interface Props {
  load: () => Promise<ShapeSet>;
  /** The mark for a shape, by its code and atlas name; none means no data. */
  markOf: (code: string, name: string) => MapMark | undefined;
  selected?: string;
  onSelect: (id: string) => void;
  onHover: (info: HoverInfo | null) => void;
  label: string;
  zoomLabels: { zoomIn: string; zoomOut: string; reset: string };
  loading: ReactNode;
  failed: (error: Error) => ReactNode;
}

export function GeoMap({ load, markOf, selected, onSelect, onHover, label, zoomLabels, loading, failed }: Props) {
  const [shapes, setShapes] = useState<ShapeSet | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const { svgRef, transform, zoomBy, reset } = useZoom();

  useEffect(() => {
    let live = true;
    load().then(
      (set) => live && setShapes(set),
      (e: Error) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [load]);

  if (error) return <>{failed(error)}</>;
  const selectedShapes =
    shapes?.shapes.filter((s) => {
      const mark = markOf(s.code, s.name);
      return selected && mark?.id === selected && !mark.inherited;
    }) ?? [];
  return (
    <div className="geo-map">
      {!shapes && loading}
      <svg
        ref={svgRef}
        viewBox={shapes ? `0 0 ${shapes.width} ${shapes.height}` : '0 0 960 470'}
        role="group"
        aria-label={label}
        onMouseLeave={() => onHover(null)}
      >
        <SvgPatterns />
        <g transform={transform}>
          {shapes?.outline && <path d={shapes.outline} className="ocean" />}
          {shapes?.shapes.map((shape, index) => {
            const mark = markOf(shape.code, shape.name);
            return (
              <path
                key={`${shape.code}-${index}`}
                d={shape.d}
                className={mark ? (mark.inherited ? 'shape inherited' : 'shape') : 'shape no-data'}
                fill={mark?.level ? `url(#${levelPatternId(mark.level)})` : undefined}
                data-code={shape.code}
                data-name={shape.name}
                data-level={mark?.level ?? 'no-data'}
                onClick={() => mark && onSelect(mark.id)}
                onMouseMove={(event) => {
                  const box = svgRef.current?.getBoundingClientRect();
                  onHover({
                    shapeName: shape.name,
                    mark,
                    x: event.clientX - (box?.left ?? 0),
                    y: event.clientY - (box?.top ?? 0),
                  });
                }}
              />
            );
          })}
          {selectedShapes.map((shape) => (
            <path key={`sel-${shape.code}`} d={shape.d} className="shape-selected" />
          ))}
        </g>
      </svg>
      <div className="map-zoom" role="group" aria-label={label}>
        <button type="button" onClick={() => zoomBy(1.6)} aria-label={zoomLabels.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.6)} aria-label={zoomLabels.zoomOut}>
          −
        </button>
        <button type="button" onClick={reset} aria-label={zoomLabels.reset}>
          ⟲
        </button>
      </div>
    </div>
  );
}
