/** Pan and zoom of an SVG map with d3-zoom, plus buttons' actions for keyboard users. */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface ZoomControls {
  svgRef: RefObject<SVGSVGElement | null>;
  transform: string;
  scale: number;
  zoomBy: (factor: number) => void;
  reset: () => void;
}

export function useZoom(maxScale = 8): ZoomControls {
  const svgRef = useRef<SVGSVGElement | null>(null);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [state, setState] = useState({ transform: '', scale: 1 });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxScale])
      .on('zoom', (event: { transform: { x: number; y: number; k: number; toString(): string } }) =>
        setState({ transform: event.transform.toString(), scale: event.transform.k }),
      );
    behaviour.current = z;
    select(svg).call(z);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [maxScale]);

  const zoomBy = useCallback((factor: number) => {
    if (svgRef.current && behaviour.current) select(svgRef.current).call(behaviour.current.scaleBy, factor);
  }, []);
  const reset = useCallback(() => {
    if (svgRef.current && behaviour.current) select(svgRef.current).call(behaviour.current.transform, zoomIdentity);
  }, []);
  return { svgRef, transform: state.transform, scale: state.scale, zoomBy, reset };
}
