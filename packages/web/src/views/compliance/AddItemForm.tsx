/** Adds one line to the footprint: a place, a technology, an activity and the actors concerned. */
import { useState, type FormEvent } from 'react';
import type { useCatalogue } from '../../api/useCatalogue';
import { ActivitySelect, ActorClassSelect } from '../../components/filters/EnumSelect';
import { SelectField } from '../../components/filters/SelectField';
import { TechnologySelect } from '../../components/filters/TechnologySelect';
import type { Activity, ActorClass } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { JURISDICTION_LEVEL_NAMES, pick } from '../../i18n/labels';
import type { FootprintItem } from './footprint';

interface Props {
  catalogue: ReturnType<typeof useCatalogue>;
  onAdd: (item: FootprintItem) => void;
}

export function AddItemForm({ catalogue, onAdd }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [jurisdiction, setJurisdiction] = useState('');
  const [technology, setTechnology] = useState('facial_recognition');
  const [activity, setActivity] = useState<Activity>('use');
  const [actor, setActor] = useState<ActorClass>('private');
  const places = catalogue.jurisdictions
    .filter((j) => j.level === 'national' || j.level === 'subnational')
    .map((j) => ({
      value: j.id,
      label:
        j.level === 'national'
          ? i18n.name(j)
          : `${i18n.name(j)} (${pick(JURISDICTION_LEVEL_NAMES[j.level], lang, j.level)})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!jurisdiction || !technology) return;
    onAdd({ jurisdiction, technology, activity, actor });
  };
  return (
    <form className="controls add-item" onSubmit={submit} aria-label={t('compliance.addItem')}>
      <SelectField
        label={t('compliance.place')}
        value={jurisdiction}
        options={[{ value: '', label: t('compliance.choosePlace') }, ...places]}
        onChange={setJurisdiction}
      />
      <TechnologySelect label={t('filter.technology')} value={technology} onChange={setTechnology} />
      <ActivitySelect value={activity} onChange={(v) => setActivity(v as Activity)} />
      <ActorClassSelect value={actor} onChange={(v) => setActor(v as ActorClass)} />
      <button type="submit" disabled={!jurisdiction}>
        {t('compliance.add')}
      </button>
    </form>
  );
}
