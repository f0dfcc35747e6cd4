import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JurisdictionPageQuery } from '../../generated/graphql';
import { coverage, gaps, matrix, technologies } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderAt } from '../../test/render';
import { AtlasView } from './AtlasView';

const germany: JurisdictionPageQuery = {
  jurisdiction: {
    id: 'DE',
    name: 'Germany',
    nameFr: 'Allemagne',
    level: 'national',
    region: 'Europe',
    subregion: 'Western Europe',
    m49: '276',
    parents: [],
    children: [],
    memberships: [],
    instruments: [],
    sources: [],
  },
};

describe('the atlas', () => {
  it('colours countries by level and explains the one picked from the list', async () => {
    const api = mockApi({
      CoverageMatrix: () => matrix,
      Technologies: () => technologies,
      Coverage: (v) => coverage(v.jurisdiction as string),
      JurisdictionPage: () => germany,
      Gaps: () => gaps(),
    });
    const view = renderAt('/en/atlas', <AtlasView />);
    await waitFor(() =>
      expect(document.querySelector('path[data-code="276"]')?.getAttribute('data-level')).toBe('prohibited'),
    );
    expect(document.querySelector('path[data-code="250"]')?.getAttribute('data-level')).toBe('specific');
    fireEvent.click(screen.getByRole('button', { name: /Germany/ }));
    expect(await screen.findByRole('heading', { name: 'Germany' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Artificial Intelligence Act' })).toBeTruthy();
    expect(view.location()).toContain('j=DE');
    expect(api.callsOf('Gaps')[0]?.filter).toMatchObject({ jurisdictions: ['DE'] });
  });
});
