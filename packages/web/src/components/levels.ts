/**
 * How a coverage level is drawn everywhere: the shared legend colour (Okabe–Ito), a pattern and a glyph,
 * so that colour is never the only signal.
 */
import { COVERAGE_LEGEND, COVERAGE_LEVELS, type CoverageLevel } from '@lacuna/model';

export { COVERAGE_LEVELS };
export type { CoverageLevel };

export const LEVEL_GLYPH: Readonly<Record<CoverageLevel, string>> = {
  prohibited: '⊘',
  specific: '✓',
  general: '◐',
  soft: '~',
  none: '–',
};

export function levelColor(level: CoverageLevel): string {
  return COVERAGE_LEGEND[level].color;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the level's colour. */
export function levelInk(level: CoverageLevel): string {
  const l = luminance(levelColor(level));
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** A CSS background that reproduces the legend's pattern (solid, dots, hatch, cross) for HTML marks. */
export function levelBackground(level: CoverageLevel): string {
  const color = levelColor(level);
  const ink = levelInk(level) === '#000000' ? 'rgba(0,0,0,0.35)' : 'rgba(255,255,255,0.45)';
  switch (COVERAGE_LEGEND[level].shape) {
    case 'dots':
      return `radial-gradient(${ink} 1.2px, transparent 1.4px) 0 0 / 6px 6px, ${color}`;
    case 'hatch':
      return `repeating-linear-gradient(45deg, ${ink} 0 1.5px, transparent 1.5px 6px), ${color}`;
    case 'cross':
      return `repeating-linear-gradient(45deg, ${ink} 0 1.5px, transparent 1.5px 6px), repeating-linear-gradient(-45deg, ${ink} 0 1.5px, transparent 1.5px 6px), ${color}`;
    default:
      return color;
  }
}

/** The id of the SVG pattern that fills map shapes at this level (see SvgPatterns). */
export function levelPatternId(level: CoverageLevel): string {
  return `lacuna-level-${level}`;
}

export function isLevel(value: string): value is CoverageLevel {
  return (COVERAGE_LEVELS as readonly string[]).includes(value);
}
