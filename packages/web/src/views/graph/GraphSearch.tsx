/** Finds an entity by name, French name, alias or citation, to start exploring from it. */
import { useEffect, useId, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { QueryStateView } from '../../components/QueryStateView';
import { SearchDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { nodeLabelName } from '../../i18n/labels';
import { LabelSymbol } from './LabelSymbol';

export function GraphSearch({ onPick }: { onPick: (id: string) => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const id = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const query = useQuery(SearchDocument, { text: debounced, first: 12 }, { skip: debounced.length < 2 });
  return (
    <div className="graph-search" role="search">
      <label htmlFor={id}>{t('graph.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('graph.searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
      />
      <QueryStateView query={query} isEmpty={(d) => d.search.length === 0} empty={t('graph.noResults')}>
        {(data) => (
          <ul className="search-results" aria-label={t('graph.results')}>
            {data.search.map((hit) => (
              <li key={hit.id}>
                <button
                  type="button"
                  onClick={() => {
                    onPick(hit.id);
                    setText('');
                  }}
                >
                  <LabelSymbol label={hit.label} /> {i18n.name(hit)}{' '}
                  <span className="muted small">
                    {nodeLabelName(hit.label, lang)}
                    {hit.matched && hit.matched !== hit.name ? ` — ${hit.matched}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryStateView>
    </div>
  );
}
