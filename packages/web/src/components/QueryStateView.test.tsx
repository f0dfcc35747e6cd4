import { screen, fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useQuery } from '../api/useQuery';
import { TechnologiesDocument } from '../generated/graphql';
import { apiDown, mockApi } from '../test/mockApi';
import { renderAt } from '../test/render';
import { technologies } from '../test/fixtures';
import { QueryStateView } from './QueryStateView';

function Panel() {
  const query = useQuery(TechnologiesDocument, {});
  return (
    <QueryStateView query={query} isEmpty={(d) => d.technologies.length === 0} empty="No technology.">
      {(data) => <p>{data.technologies.length} technologies</p>}
    </QueryStateView>
  );
}

describe('a panel’s query state', () => {
  it('shows loading, then the data', async () => {
    mockApi({ Technologies: () => technologies });
    renderAt('/en/x', <Panel />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    expect(await screen.findByText('3 technologies')).toBeTruthy();
  });

  it('says when there is nothing to show', async () => {
    mockApi({ Technologies: () => ({ technologies: [] }) });
    renderAt('/en/x', <Panel />);
    expect(await screen.findByText('No technology.')).toBeTruthy();
  });

  it('says the API is down, in the interface language, and retries', async () => {
    apiDown();
    renderAt('/fr/x', <Panel />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('injoignable');
    mockApi({ Technologies: () => technologies });
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('3 technologies')).toBeTruthy();
  });

  it('reports a GraphQL error with its message', async () => {
    mockApi({});
    renderAt('/en/x', <Panel />);
    expect((await screen.findByRole('alert')).textContent).toContain('No mock for Technologies');
  });
});
