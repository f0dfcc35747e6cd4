/** What the map shows: technology, activity, actor class and date. */
import { ActivitySelect, ActorClassSelect } from '../../components/filters/EnumSelect';
import { TechnologySelect } from '../../components/filters/TechnologySelect';
import { useI18n } from '../../i18n/i18n';
import type { SetUrlState, UrlState } from '../../routing/useUrlState';
import type { AtlasKey } from './atlasState';
import { TimeSlider } from './TimeSlider';

export function AtlasControls({ state, set }: { state: UrlState<AtlasKey>; set: SetUrlState<AtlasKey> }) {
  const { t } = useI18n();
  return (
    <form className="controls" aria-label={t('filter.title')} onSubmit={(e) => e.preventDefault()}>
      <TechnologySelect label={t('filter.technology')} value={state.tech} onChange={(tech) => set({ tech })} />
      <ActivitySelect value={state.activity} onChange={(activity) => set({ activity })} />
      <ActorClassSelect value={state.actor} onChange={(actor) => set({ actor })} />
      <TimeSlider year={state.year} onChange={(year) => set({ year }, { replace: true })} />
    </form>
  );
}
