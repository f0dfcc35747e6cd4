import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { renderAt } from '../../test/render';
import { GenericPage } from './SmallPages';

describe('the generic entity page', () => {
  it('lists stored facts, not what the loader derives for the search nor the source ids (listed as sources)', async () => {
    mockApi({
      EntityDetails: () => ({
        entity: {
          __typename: 'Entity',
          id: 'dep-1',
          label: 'Deployment',
          name: 'Pegasus in Ruritania',
          nameFr: null,
          properties: {
            id: 'dep-1',
            name: 'Pegasus in Ruritania',
            description: 'Spyware used against journalists.',
            searchKeys: ['pegasus in ruritania'],
            sourceIds: ['src-1'],
          },
          sources: [],
          relationships: [],
        },
      }),
    });
    renderAt('/en/deployment/dep-1', <GenericPage id="dep-1" />);
    expect(await screen.findByText('Spyware used against journalists.')).toBeTruthy();
    expect(screen.queryByText('searchKeys')).toBeNull();
    expect(screen.queryByText('pegasus in ruritania')).toBeNull();
    expect(screen.queryByText('sourceIds')).toBeNull();
  });
});
