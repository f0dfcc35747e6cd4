import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { viewHref } from '../routing/paths';

export function NotFound() {
  const { lang, t } = useI18n();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={viewHref(lang, 'atlas')}>{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
