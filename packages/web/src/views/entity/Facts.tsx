/** A definition list of an entity's facts, skipping the empty ones; lists of linked entities. */
import type { ReactNode } from 'react';
import { EntityLink } from '../../components/EntityLink';

export function Facts({ rows }: { rows: readonly [label: string, value: ReactNode | null | undefined][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Linkable = Parameters<typeof EntityLink>[0]['entity'] & { id: string };

/** Linked entities as a list; null when there are none, so that Facts skips the row. */
export function entityRefs(entities: readonly Linkable[]): ReactNode {
  if (entities.length === 0) return null;
  return (
    <ul className="ref-list">
      {entities.map((entity) => (
        <li key={entity.id}>
          <EntityLink entity={entity} />
        </li>
      ))}
    </ul>
  );
}
