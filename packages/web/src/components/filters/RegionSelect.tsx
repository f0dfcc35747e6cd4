/**
 * Region and subregion filters that narrow each other: the subregions offered are those of the chosen
 * region, from the jurisdictions the API knows.
 */
import { useQuery } from '../../api/useQuery';
import { JurisdictionsDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { regionName } from '../../i18n/regions';
import { SelectField } from './SelectField';

const NATIONAL = { filter: { levels: ['national' as const] } };

export function useRegions(): { regions: string[]; subregions: (region: string) => string[] } {
  const query = useQuery(JurisdictionsDocument, NATIONAL);
  const list = query.state.status === 'ok' ? query.state.data.jurisdictions : [];
  const regions = [...new Set(list.map((j) => j.region).filter((r): r is string => !!r))].sort();
  const subregions = (region: string) =>
    [
      ...new Set(
        list
          .filter((j) => !region || j.region === region)
          .map((j) => j.subregion)
          .filter((s): s is string => !!s),
      ),
    ].sort();
  return { regions, subregions };
}

interface Props {
  region: string;
  subregion?: string;
  onChange: (patch: { region: string; subregion?: string }) => void;
}

export function RegionSelect({ region, subregion, onChange }: Props) {
  const { t, lang } = useI18n();
  const { regions, subregions } = useRegions();
  const regionOptions = [
    { value: '', label: t('filter.allRegions') },
    ...regions.map((r) => ({ value: r, label: regionName(r, lang) })),
  ];
  const subOptions = [
    { value: '', label: t('filter.allSubregions') },
    ...subregions(region).map((s) => ({ value: s, label: regionName(s, lang) })),
  ];
  return (
    <>
      <SelectField
        label={t('filter.region')}
        value={region}
        options={regionOptions}
        onChange={(value) => onChange({ region: value, subregion: subregion === undefined ? undefined : '' })}
      />
      {subregion !== undefined && (
        <SelectField
          label={t('filter.subregion')}
          value={subregion}
          options={subOptions}
          onChange={(value) => onChange({ region, subregion: value })}
        />
      )}
    </>
  );
}
