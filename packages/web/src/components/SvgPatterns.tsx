/** SVG fills for each coverage level: the legend colour plus its pattern, for map shapes. */
import { COVERAGE_LEGEND } from '@lacuna/model';
import { COVERAGE_LEVELS, levelColor, levelInk, levelPatternId } from './levels';

export function SvgPatterns() {
  return (
    <defs>
      {COVERAGE_LEVELS.map((level) => {
        const color = levelColor(level);
        const ink = levelInk(level) === '#000000' ? 'rgba(0,0,0,0.4)' : 'rgba(255,255,255,0.55)';
        const shape = COVERAGE_LEGEND[level].shape;
        return (
          <pattern key={level} id={levelPatternId(level)} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={color} />
            {shape === 'dots' && <circle cx="3" cy="3" r="1.1" fill={ink} />}
            {(shape === 'hatch' || shape === 'cross') && <path d="M0 6 L6 0" stroke={ink} strokeWidth="1.2" />}
            {shape === 'cross' && <path d="M0 0 L6 6" stroke={ink} strokeWidth="1.2" />}
          </pattern>
        );
      })}
    </defs>
  );
}
