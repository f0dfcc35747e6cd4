/** The top of an entity page: type, name in both languages, id, and where else to look at it. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { NodeLabel } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { nodeLabelName } from '../../i18n/labels';
import { viewHref } from '../../routing/paths';
import { LabelSymbol } from '../graph/LabelSymbol';

interface Props {
  entity: { id: string; name: string; nameFr?: string | null };
  label: NodeLabel;
  links?: ReactNode;
}

export function EntityHeader({ entity, label, links }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const other = lang === 'fr' ? entity.name : entity.nameFr;
  return (
    <header className="entity-header">
      <p className="entity-kind">
        <LabelSymbol label={label} /> {nodeLabelName(label, lang)} · <code>{entity.id}</code>
      </p>
      <h1>{i18n.name(entity)}</h1>
      {other && other !== i18n.name(entity) && (
        <p className="muted" lang={lang === 'fr' ? 'en' : 'fr'}>
          {other}
        </p>
      )}
      <p className="panel-links">
        <Link to={viewHref(lang, 'graph', { focus: entity.id })}>{t('entity.explore')}</Link>
        {links}
      </p>
    </header>
  );
}
