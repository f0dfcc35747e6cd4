import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compliance, jurisdictions, technologies } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderAt } from '../../test/render';
import { ComplianceView } from './ComplianceView';

describe('the compliance check', () => {
  it('builds a footprint, runs the check and reads the report', async () => {
    const api = mockApi({
      Technologies: () => technologies,
      Jurisdictions: () => jurisdictions,
      ComplianceCheck: (v) => compliance(v.footprint as { jurisdiction: string; technology: string }[]),
    });
    const view = renderAt('/en/compliance', <ComplianceView />);
    const place = await screen.findByLabelText('Place');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Nigeria' })).toBeTruthy());
    for (const name of ['FR', 'NG']) {
      fireEvent.change(place, { target: { value: name } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    }
    expect(screen.getByText(/France · Facial recognition · Use · Private actors/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run the check' }));
    expect(await screen.findByRole('heading', { name: 'Strictest common requirement' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lines only soft law covers (1)' })).toBeTruthy();
    expect(api.callsOf('ComplianceCheck')[0]?.footprint).toEqual([
      { jurisdiction: 'FR', technology: 'facial_recognition', activity: 'use', actor: 'private' },
      { jurisdiction: 'NG', technology: 'facial_recognition', activity: 'use', actor: 'private' },
    ]);
    expect(view.location()).toContain('fp=FR~facial_recognition~use~private');
    expect(screen.getByRole('link', { name: 'Print view' }).getAttribute('href')).toContain('/en/compliance/print?fp=');
  });

  it('saves a footprint in this browser and loads it back', async () => {
    mockApi({
      Technologies: () => technologies,
      Jurisdictions: () => jurisdictions,
      ComplianceCheck: (v) => compliance(v.footprint as { jurisdiction: string; technology: string }[]),
    });
    renderAt('/en/compliance?fp=FR~spyware~export~all', <ComplianceView />);
    fireEvent.change(await screen.findByLabelText('Save as'), { target: { value: 'Sites' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(JSON.parse(localStorage.getItem('lacuna.footprints') ?? '[]')[0]).toMatchObject({
      name: 'Sites',
      items: [{ jurisdiction: 'FR', technology: 'spyware', activity: 'export', actor: 'all' }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText(/No line yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load' }));
    expect(screen.getByText(/Spyware · Export · All actors/)).toBeTruthy();
  });
});
