/** The nodes in view as a list: the keyboard and screen-reader way through the graph. */
import { useI18n } from '../../i18n/i18n';
import type { GNode } from './graphModel';
import { LabelSymbol } from './LabelSymbol';

const SHOWN = 150;

export function NodeList({
  nodes,
  selected,
  onSelect,
}: {
  nodes: readonly GNode[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const sorted = [...nodes].sort(
    (a, b) => a.label.localeCompare(b.label) || i18n.name(a).localeCompare(i18n.name(b), lang),
  );
  return (
    <details className="node-list">
      <summary>{t('graph.nodeList', { count: nodes.length })}</summary>
      <ul>
        {sorted.slice(0, SHOWN).map((node) => (
          <li key={node.id}>
            <button type="button" aria-pressed={node.id === selected} onClick={() => onSelect(node.id)}>
              <LabelSymbol label={node.label} /> {i18n.name(node)}
            </button>
          </li>
        ))}
      </ul>
      {nodes.length > SHOWN && <p className="muted small">{t('state.truncated', { n: SHOWN })}</p>}
    </details>
  );
}
