import { useEffect, useState } from 'react';
import { NODE_LEGEND } from '@lacuna/model';
import { graphql, type QueryState } from './api';

interface Status {
  status: { schemaVersion: number | null; counts: { label: string; count: number }[] };
}

export function App() {
  const [state, setState] = useState<QueryState<Status>>({ status: 'loading' });
  useEffect(() => {
    graphql<Status>('{ status { schemaVersion counts { label count } } }').then(
      (data) => setState({ status: 'ok', data }),
      (error: Error) => setState({ status: 'error', message: error.message }),
    );
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 880, margin: '2rem auto', padding: '0 1rem' }}>
      <h1>Lacuna</h1>
      <p>Regulatory gaps around security and surveillance technologies, jurisdiction by jurisdiction.</p>
      {state.status === 'loading' && <p role="status">Loading the graph…</p>}
      {state.status === 'error' && <p role="alert">The API is not reachable: {state.message}</p>}
      {state.status === 'ok' && (
        <table aria-label="Entities in the graph">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Entities</th>
            </tr>
          </thead>
          <tbody>
            {NODE_LEGEND.map((entry) => (
              <tr key={entry.key}>
                <td>
                  <span aria-hidden style={{ color: entry.color }}>
                    ●{' '}
                  </span>
                  {entry.en}
                </td>
                <td>{state.data.status.counts.find((c) => c.label === entry.key)?.count ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
