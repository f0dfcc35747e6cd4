/** The header: the name, the five views, and the EN/FR switch that keeps the current page and state. */
import { Link, NavLink, useLocation } from 'react-router';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { switchLangPath, viewHref, VIEWS, type ViewName } from '../routing/paths';

const VIEW_LABELS: Record<ViewName, MessageKey> = {
  atlas: 'nav.atlas',
  matrix: 'nav.matrix',
  gaps: 'nav.gaps',
  compliance: 'nav.compliance',
  graph: 'nav.graph',
};

export function Header() {
  const { lang, t } = useI18n();
  const location = useLocation();
  const other = lang === 'en' ? 'fr' : 'en';
  return (
    <header className="app-header">
      <Link to={viewHref(lang, 'atlas')} className="brand">
        <span className="brand-name">Lacuna</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      <nav aria-label={t('nav.label')}>
        <ul>
          {VIEWS.map((view) => (
            <li key={view}>
              <NavLink to={viewHref(lang, view)}>{t(VIEW_LABELS[view])}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Link
        className="lang-switch"
        to={switchLangPath(location.pathname, location.search, other)}
        hrefLang={other}
        lang={other}
        aria-label={t('lang.switchLabel')}
      >
        {t('lang.switch')}
      </Link>
    </header>
  );
}
