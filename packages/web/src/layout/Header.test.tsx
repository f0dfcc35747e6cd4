import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../test/render';
import { Header } from './Header';

describe('the header', () => {
  it('names the views in the page language and switches language in place', () => {
    renderAt('/fr/matrix?region=Africa', <Header />);
    const nav = screen.getByRole('navigation', { name: 'Vues' });
    expect(nav.textContent).toContain('Matrice');
    expect(nav.textContent).toContain('Vérification de conformité');
    const link = screen.getByRole('link', { name: /English/ });
    expect(link.getAttribute('href')).toBe('/en/matrix?region=Africa');
  });
});
