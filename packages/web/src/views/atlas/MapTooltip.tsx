/** The hover card over a map: the place and its level in words. */
import type { HoverInfo } from '../../viz/d3';
import { useI18n } from '../../i18n/i18n';
import { levelName } from '../../i18n/labels';
import { LevelSwatch } from '../../components/LevelBadge';

export function MapTooltip({ hover, nameOf }: { hover: HoverInfo | null; nameOf: (id: string) => string | undefined }) {
  const { t, lang } = useI18n();
  if (!hover) return null;
  const inherited = hover.mark?.inherited;
  const name = inherited ? hover.shapeName : ((hover.mark && nameOf(hover.mark.id)) ?? hover.shapeName);
  const level = hover.mark?.level;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{name}</strong>
      <br />
      {level ? (
        <>
          <LevelSwatch level={level} /> {levelName(level, lang)}
          {inherited && hover.mark && (
            <>
              <br />
              <span className="small">{t('atlas.inherited', { parent: nameOf(hover.mark.id) ?? hover.mark.id })}</span>
            </>
          )}
        </>
      ) : (
        t('atlas.noData')
      )}
    </div>
  );
}
