/** The lines of the footprint being built, each removable. */
import type { useCatalogue } from '../../api/useCatalogue';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, ACTOR_CLASS_NAMES, pick } from '../../i18n/labels';
import { itemKey, type FootprintItem } from './footprint';

export function useItemLabel(catalogue: ReturnType<typeof useCatalogue>) {
  const i18n = useI18n();
  return (item: FootprintItem) => {
    const place = catalogue.jurisdiction.get(item.jurisdiction);
    const tech = catalogue.technology.get(item.technology);
    return [
      place ? i18n.name(place) : item.jurisdiction,
      tech ? i18n.name(tech) : item.technology,
      pick(ACTIVITY_NAMES[item.activity], i18n.lang, item.activity),
      pick(ACTOR_CLASS_NAMES[item.actor], i18n.lang, item.actor),
    ].join(' · ');
  };
}

interface Props {
  items: readonly FootprintItem[];
  catalogue: ReturnType<typeof useCatalogue>;
  onRemove: (item: FootprintItem) => void;
}

export function FootprintItems({ items, catalogue, onRemove }: Props) {
  const { t } = useI18n();
  const label = useItemLabel(catalogue);
  if (items.length === 0) return <p className="muted">{t('compliance.emptyFootprint')}</p>;
  return (
    <ol className="footprint-items">
      {items.map((item) => (
        <li key={itemKey(item)}>
          <span>{label(item)}</span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onRemove(item)}
            aria-label={t('compliance.remove', { item: label(item) })}
          >
            {t('compliance.removeShort')}
          </button>
        </li>
      ))}
    </ol>
  );
}
