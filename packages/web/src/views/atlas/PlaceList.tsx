/**
 * Every mapped place as a keyboard-friendly list with its level: the map's accessible twin. Typing
 * narrows the list.
 */
import { useId, useState } from 'react';
import { LevelSwatch } from '../../components/LevelBadge';
import type { CoverageLevel } from '../../components/levels';
import { useI18n } from '../../i18n/i18n';
import { levelName } from '../../i18n/labels';

export interface Place {
  id: string;
  name: string;
  level?: CoverageLevel;
}

export function PlaceList({
  places,
  selected,
  onSelect,
}: {
  places: Place[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState('');
  const id = useId();
  const needle = filter.trim().toLocaleLowerCase();
  const shown = places.filter((p) => !needle || p.name.toLocaleLowerCase().includes(needle));
  return (
    <section className="place-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('atlas.places', { count: places.length })}</h2>
      <label htmlFor={`${id}-filter`} className="visually-hidden">
        {t('atlas.filterPlaces')}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        placeholder={t('atlas.filterPlaces')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul>
        {shown.map((place) => (
          <li key={place.id}>
            <button
              type="button"
              className="place"
              aria-pressed={place.id === selected}
              onClick={() => onSelect(place.id)}
            >
              {place.level && <LevelSwatch level={place.level} />}
              <span className="place-name">{place.name}</span>
              <span className="visually-hidden">
                : {place.level ? levelName(place.level, lang) : t('atlas.noData')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
