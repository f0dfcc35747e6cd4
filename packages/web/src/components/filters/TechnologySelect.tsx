/** Picks a technology (or a family of technologies) from the taxonomy, indented by depth. */
import { useQuery } from '../../api/useQuery';
import { TechnologiesDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { SelectField, type Option } from './SelectField';
import { taxonomyRows } from './taxonomy';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Only technologies with subtypes (families). */
  familiesOnly?: boolean;
  /** The label of an empty choice, if one is allowed. */
  anyLabel?: string;
}

export function TechnologySelect({ label, value, onChange, familiesOnly, anyLabel }: Props) {
  const i18n = useI18n();
  const query = useQuery(TechnologiesDocument, {});
  const data = query.state.status === 'ok' ? query.state.data.technologies : [];
  const rows = taxonomyRows(data, i18n.name).filter((row) => !familiesOnly || row.hasChildren);
  const options: Option[] = rows.map((row) => ({
    value: row.node.id,
    label: `${'\u2003'.repeat(row.depth)}${i18n.name(row.node)}`,
  }));
  if (anyLabel !== undefined) options.unshift({ value: '', label: anyLabel });
  // Keep the current value selectable while the list loads.
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: value });
  return <SelectField label={label} value={value} options={options} onChange={onChange} />;
}
