import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coverage, jurisdictions, matrix, technologies } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderAt } from '../../test/render';
import { MatrixView } from './MatrixView';

const handlers = {
  CoverageMatrix: () => matrix,
  Technologies: () => technologies,
  Jurisdictions: () => jurisdictions,
  Coverage: (v: Record<string, unknown>) => coverage(v.jurisdiction as string, v.technology as string),
};

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('the coverage matrix', () => {
  it('sorts rows by number of gaps and keeps the sort in the URL', async () => {
    mockApi(handlers);
    const view = renderAt('/en/matrix', <MatrixView />);
    await screen.findByRole('table');
    expect(rowNames()).toEqual(['France', 'Germany', 'Nigeria']);
    fireEvent.click(screen.getByRole('button', { name: 'Gaps' }));
    expect(rowNames()[0]).toBe('Nigeria');
    expect(view.location()).toContain('sort=gaps');
  });

  it('names every cell in words and opens its explanation', async () => {
    const api = mockApi(handlers);
    const view = renderAt('/en/matrix', <MatrixView />);
    const cell = await screen.findByRole('button', { name: 'Germany — Facial recognition: Prohibited' });
    expect(cell.textContent).toBe('⊘');
    fireEvent.click(screen.getByRole('button', { name: 'France — Facial recognition: Specific rules' }));
    expect(await screen.findByRole('heading', { name: 'France — Facial recognition' })).toBeTruthy();
    expect(view.location()).toContain('cell=FR~facial_recognition');
    expect(api.callsOf('Coverage')[0]).toMatchObject({
      jurisdiction: 'FR',
      technology: 'facial_recognition',
      activity: 'use',
    });
  });

  it('moves between cells with the arrow keys, with one tab stop', async () => {
    mockApi(handlers);
    renderAt('/en/matrix', <MatrixView />);
    const first = await screen.findByRole('button', { name: 'France — Facial recognition: Specific rules' });
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const below = screen.getByRole('button', { name: 'Germany — Facial recognition: Prohibited' });
    await waitFor(() => expect(document.activeElement).toBe(below));
    expect(below.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
  });

  it('narrows subregions to the chosen region', async () => {
    mockApi(handlers);
    renderAt('/en/matrix', <MatrixView />);
    await screen.findByRole('table');
    const region = screen.getByLabelText('Region');
    await waitFor(() => expect(within(region).getAllByRole('option').length).toBe(3));
    fireEvent.change(region, { target: { value: 'Africa' } });
    const options = within(screen.getByLabelText('Subregion'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['All subregions', 'Western Africa']);
  });
});
