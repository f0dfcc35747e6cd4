/** A node label's colour and shape from the shared legend, as a small inline symbol. */
import { NODE_LEGEND } from '@lacuna/model';

const CLIP: Record<string, string> = {
  ellipse: 'circle(50%)',
  diamond: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  hexagon: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  tag: 'polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)',
  'round-tag': 'polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)',
};

export function LabelSymbol({ label }: { label: string }) {
  const entry = NODE_LEGEND.find((e) => e.key === label);
  if (!entry) return null;
  return (
    <span
      aria-hidden="true"
      className="label-symbol"
      style={{
        background: entry.color,
        clipPath: CLIP[entry.shape],
        borderRadius: entry.shape === 'round-rectangle' ? '3px' : undefined,
      }}
    />
  );
}
