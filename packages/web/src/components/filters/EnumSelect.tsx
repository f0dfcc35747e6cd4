/** Selects for the closed vocabularies: activity and actor class. */
import { ACTIVITIES, ACTOR_CLASSES } from '@lacuna/model';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, ACTOR_CLASS_NAMES, pick } from '../../i18n/labels';
import { SelectField } from './SelectField';

export function ActivitySelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, lang } = useI18n();
  const options = ACTIVITIES.map((a) => ({ value: a, label: pick(ACTIVITY_NAMES[a], lang, a) }));
  return <SelectField label={t('filter.activity')} value={value} options={options} onChange={onChange} />;
}

export function ActorClassSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, lang } = useI18n();
  const options = ACTOR_CLASSES.map((a) => ({ value: a, label: pick(ACTOR_CLASS_NAMES[a], lang, a) }));
  return <SelectField label={t('filter.actor')} value={value} options={options} onChange={onChange} />;
}
