/** Renders a piece of the dashboard inside the router and the language of a given URL. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { I18nProvider, type Lang } from '../i18n/i18n';

export interface Rendered {
  location: () => string;
}

export function renderAt(url: string, element: ReactElement, path = '*'): Rendered {
  const lang = (url.split('/')[1] === 'fr' ? 'fr' : 'en') as Lang;
  let current = url;
  function Spy() {
    const location = useLocation();
    current = `${location.pathname}${location.search}`;
    return null;
  }
  render(
    <MemoryRouter initialEntries={[url]}>
      <I18nProvider lang={lang}>
        <Routes>
          <Route path={path} element={element} />
        </Routes>
        <Spy />
      </I18nProvider>
    </MemoryRouter>,
  );
  return { location: () => decodeURIComponent(current) };
}
