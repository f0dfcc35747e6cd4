/** The frame of every page: skip link, header with the views and the language switch, and the page. */
import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { I18nProvider, isLang, useI18n } from '../i18n/i18n';
import { rememberLang } from '../i18n/preferred';
import { switchLangPath } from '../routing/paths';
import { pageTitle } from './pageTitle';
import { Header } from './Header';

export function Layout() {
  const { lang } = useParams();
  const location = useLocation();
  if (!isLang(lang)) return <Navigate to={switchLangPath(`/en${location.pathname}`, location.search, 'en')} replace />;
  return (
    <I18nProvider lang={lang}>
      <Frame />
    </I18nProvider>
  );
}

function Frame() {
  const { lang, t } = useI18n();
  const location = useLocation();
  const main = useRef<HTMLElement | null>(null);
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    document.documentElement.lang = lang;
    rememberLang(lang);
  }, [lang]);
  useEffect(() => {
    document.title = `${pageTitle(location.pathname, t)} — Lacuna`;
    // A new page (not a new filter) moves keyboard and screen-reader focus to its content.
    if (location.pathname !== firstPath.current) {
      firstPath.current = '';
      main.current?.focus({ preventScroll: true });
    }
  }, [location.pathname, t]);
  return (
    <>
      <a className="skip-link" href="#content">
        {t('nav.skip')}
      </a>
      <Header />
      <main id="content" tabIndex={-1} ref={main}>
        <ErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
    </>
  );
}
