/** A coverage level as a swatch with its pattern and glyph, and its name in words. */
import { useI18n } from '../i18n/i18n';
import { levelName } from '../i18n/labels';
import { LEVEL_GLYPH, levelBackground, levelInk, type CoverageLevel } from './levels';

export function LevelSwatch({ level, size = '1.25em' }: { level: CoverageLevel; size?: string }) {
  return (
    <span
      aria-hidden="true"
      className="swatch"
      style={{ background: levelBackground(level), color: levelInk(level), width: size, height: size }}
    >
      {LEVEL_GLYPH[level]}
    </span>
  );
}

export function LevelBadge({ level }: { level: CoverageLevel }) {
  const { lang } = useI18n();
  return (
    <span className={`level-badge level-${level}`} data-level={level}>
      <LevelSwatch level={level} />
      <span>{levelName(level, lang)}</span>
    </span>
  );
}
