/** The selected node: its type, a link to its page, and expanding its neighbours. */
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { nodeLabelName } from '../../i18n/labels';
import { entityHref } from '../../routing/paths';
import type { GNode } from './graphModel';
import { LabelSymbol } from './LabelSymbol';

interface Props {
  node: GNode;
  expanded: boolean;
  loading: boolean;
  onExpand: () => void;
}

export function NodeDetails({ node, expanded, loading, onExpand }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <section className="panel node-details" aria-labelledby="node-details-title">
      <h2 id="node-details-title">{i18n.name(node)}</h2>
      <p>
        <LabelSymbol label={node.label} /> {nodeLabelName(node.label, lang)} · <code>{node.id}</code>
      </p>
      <p className="toolbar">
        <button type="button" className="primary" onClick={onExpand} disabled={expanded || loading}>
          {loading ? t('graph.expanding') : expanded ? t('graph.expanded') : t('graph.expand')}
        </button>
        <Link to={entityHref(lang, node)}>{t('graph.openPage')}</Link>
      </p>
    </section>
  );
}
