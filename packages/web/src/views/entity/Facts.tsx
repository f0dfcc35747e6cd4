/** A definition list of an entity's facts, skipping the empty ones. */
import type { ReactNode } from 'react';

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

export function RefList({ children }: { children: ReactNode[] }) {
  if (children.length === 0) return null;
  return <ul className="ref-list">{children}</ul>;
}
