import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../test/fixtures';
import { renderAt } from '../../test/render';
import { Explanation } from './Explanation';

describe('a coverage explanation', () => {
  it('names the level in words and shows how each rule reaches the place', () => {
    renderAt('/en/x', <Explanation coverage={coverage().coverage} />);
    expect(screen.getAllByText('Specific rules').length).toBeGreaterThan(0);
    const rule = screen.getByRole('link', { name: 'Artificial Intelligence Act' });
    expect(rule.getAttribute('href')).toBe('/en/instrument/eu-ai-act');
    const item = rule.closest('li') as HTMLElement;
    const paths = [...item.querySelectorAll('.path-chain')].map((p) => p.textContent);
    expect(paths).toEqual([
      'Place path: France → member of → European Union',
      'Technology path: Facial recognition → subtype of → Biometric identification',
    ]);
    expect(within(item).getByText('Applies in a body this one is a member of')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Regulation (EU) 2024/1689' }).getAttribute('href')).toContain('eur-lex');
  });

  it('speaks French, with French entity names where they exist', () => {
    renderAt('/fr/x', <Explanation coverage={coverage().coverage} />);
    expect(screen.getAllByText('Règles spécifiques').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Règlement sur l’intelligence artificielle' })).toBeTruthy();
    expect(document.querySelector('.path-chain')?.textContent).toBe(
      'Chemin du lieu : France → membre de → European Union',
    );
  });

  it('says how many rules were left out for each reason when only the first are listed', () => {
    const base = coverage().coverage;
    const rule = base.applicable[0];
    if (!rule) throw new Error('fixture without a rule');
    const excluded = [{ ...rule, excludedBecause: 'NOT_A_PARTY_AT_DATE' as const }];
    renderAt(
      '/en/x',
      <Explanation
        coverage={{
          ...base,
          excluded,
          excludedCount: 28,
          excludedByReason: [{ reason: 'NOT_A_PARTY_AT_DATE', count: 28 }],
        }}
      />,
    );
    expect(screen.getByText('Rules considered and left out (28)')).toBeTruthy();
    const note = screen.getByText(/The first 1 are listed/);
    expect(note.textContent).toContain('Not a party at that date: 28');
  });
});
