/** The sources behind a claim: title, publisher, date, language and a link to read it. */
import type { SourceFieldsFragment } from '../generated/graphql';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { CONFIDENCE_NAMES, pick } from '../i18n/labels';
import { entityHref } from '../routing/paths';

export function SourceList({ sources }: { sources: readonly SourceFieldsFragment[] }) {
  const i18n = useI18n();
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 0) return <p className="muted">{i18n.t('sources.none')}</p>;
  return (
    <ul className="sources">
      {unique.map((source) => (
        <li key={source.id}>
          <a href={source.url} target="_blank" rel="noopener noreferrer" lang={source.language}>
            {i18n.name(source)}
          </a>
          <span className="muted">
            {' — '}
            {source.publisher}
            {source.date ? `, ${i18n.date(source.date)}` : ''} ({source.language.toUpperCase()})
            {source.confidence && ` · ${pick(CONFIDENCE_NAMES[source.confidence], i18n.lang, source.confidence)}`}
            {source.checked && ` · ${i18n.t('sources.checked', { date: i18n.date(source.checked) })}`}
          </span>{' '}
          <Link to={entityHref(i18n.lang, { id: source.id, label: 'Source' })} className="small">
            {i18n.t('sources.details')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
