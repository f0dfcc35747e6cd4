/** Filters of the gap list: kinds, region, jurisdiction level, technology family, minimum risk, activity, actors, date. */
import { useCatalogue } from '../../api/useCatalogue';
import { ActivitySelect, ActorClassSelect } from '../../components/filters/EnumSelect';
import { RegionSelect } from '../../components/filters/RegionSelect';
import { SelectField } from '../../components/filters/SelectField';
import { TechnologySelect } from '../../components/filters/TechnologySelect';
import { useI18n } from '../../i18n/i18n';
import { GAP_KIND_NAMES, JURISDICTION_LEVEL_NAMES, pick } from '../../i18n/labels';
import { joinList, splitList, type SetUrlState } from '../../routing/useUrlState';
import { TimeSlider } from '../atlas/TimeSlider';
import { GAP_KINDS, GAP_LEVELS, type GapsKey, type GapsState } from './gapsState';

export function GapFilters({ state, set }: { state: GapsState; set: SetUrlState<GapsKey> }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const catalogue = useCatalogue();
  const kinds = splitList(state.kinds);
  const places = splitList(state.j)
    .map((id) => {
      const place = catalogue.jurisdiction.get(id);
      return place ? i18n.name(place) : id;
    })
    .join(', ');
  const toggleKind = (kind: string) =>
    set({ kinds: joinList(kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]) });
  const risks = [
    { value: '', label: t('gaps.anyRisk') },
    ...[2, 3, 4, 5].map((n) => ({ value: String(n), label: t('gaps.riskAtLeast', { n }) })),
  ];
  const levels = [
    { value: '', label: t('gaps.anyLevel') },
    ...GAP_LEVELS.map((level) => ({ value: level, label: pick(JURISDICTION_LEVEL_NAMES[level], lang, level) })),
  ];
  return (
    <form className="controls" aria-label={t('filter.title')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="checkboxes">
        <legend>{t('gaps.kinds')}</legend>
        {GAP_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />{' '}
            {pick(GAP_KIND_NAMES[kind], lang, kind)}
          </label>
        ))}
      </fieldset>
      <RegionSelect region={state.region} onChange={(p) => set({ region: p.region })} />
      <SelectField
        label={t('gaps.jurisdictionLevel')}
        value={state.level}
        options={levels}
        onChange={(level) => set({ level })}
      />
      <TechnologySelect
        label={t('filter.family')}
        value={state.family}
        onChange={(family) => set({ family })}
        familiesOnly
        anyLabel={t('filter.allTechnologies')}
      />
      <SelectField
        label={t('gaps.minRisk')}
        value={state.minRisk}
        options={risks}
        onChange={(minRisk) => set({ minRisk })}
      />
      <ActivitySelect value={state.activity} onChange={(activity) => set({ activity })} />
      <ActorClassSelect value={state.actor} onChange={(actor) => set({ actor })} />
      <TimeSlider year={state.year} onChange={(year) => set({ year }, { replace: true })} />
      {state.j && (
        <p className="active-filter">
          {t('gaps.onlyPlaces', { ids: places })}{' '}
          <button type="button" onClick={() => set({ j: '' })}>
            {t('gaps.clearPlaces')}
          </button>
        </p>
      )}
    </form>
  );
}
