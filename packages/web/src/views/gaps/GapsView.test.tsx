import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gaps, jurisdictions, technologies } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderAt } from '../../test/render';
import { GapsView } from './GapsView';

const order = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-gap'));

describe('the gap list', () => {
  it('re-ranks when a weight changes, and shows each factor', async () => {
    const api = mockApi({
      Gaps: (v) => gaps((v.weights ?? {}) as { risk?: number }),
      Technologies: () => technologies,
      Jurisdictions: () => jurisdictions,
    });
    const view = renderAt('/en/gaps', <GapsView />);
    await screen.findByRole('table');
    expect(order()).toEqual(['g1', 'g2']);
    expect(screen.getAllByText(/0\.90 \^ 1\.0/).length).toBe(1);
    fireEvent.change(screen.getByRole('slider', { name: /Technology risk/ }), { target: { value: '0' } });
    await waitFor(() => expect(order()).toEqual(['g2', 'g1']));
    expect(api.callsOf('Gaps').at(-1)?.weights).toMatchObject({ risk: 0 });
    expect(view.location()).toContain('w=risk:0,');
  });

  it('sends the filters to the API', async () => {
    const api = mockApi({ Gaps: () => gaps(), Technologies: () => technologies, Jurisdictions: () => jurisdictions });
    renderAt('/en/gaps?kinds=DEPLOYMENT&minRisk=4&region=Africa&level=national', <GapsView />);
    await screen.findByRole('table');
    expect(api.callsOf('Gaps')[0]?.filter).toMatchObject({
      kinds: ['DEPLOYMENT'],
      minRisk: 4,
      region: 'Africa',
      levels: ['national'],
    });
    expect((screen.getByLabelText('Jurisdiction level') as HTMLSelectElement).value).toBe('national');
    expect((screen.getByLabelText('Deployment gap') as HTMLInputElement).checked).toBe(true);
  });

  it('lists the deployments the API sent and counts the others', async () => {
    const listed = gaps();
    const first = listed.gaps.edges[0]?.node;
    if (!first) throw new Error('the fixture has gaps');
    first.deployments = [{ id: 'd1', name: 'Pegasus in NG', since: '2019-01-01', actor: null }];
    first.deploymentCount = 24;
    mockApi({ Gaps: () => listed, Technologies: () => technologies, Jurisdictions: () => jurisdictions });
    renderAt('/en/gaps', <GapsView />);
    await screen.findByRole('table');
    expect(screen.getByText('Pegasus in NG')).toBeTruthy();
    expect(screen.getByText('… and 23 more documented deployments')).toBeTruthy();
  });
});
