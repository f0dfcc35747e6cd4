/** Routes: /:lang/<view> and /:lang/<label>/<id>; the language prefix decides the interface language. */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from './components/QueryStateView';
import { preferredLang } from './i18n/preferred';
import { Layout } from './layout/Layout';
import { NotFound } from './layout/NotFound';
import { AtlasView } from './views/atlas/AtlasView';
import { ComplianceView } from './views/compliance/ComplianceView';
import { CompliancePrint } from './views/compliance/CompliancePrint';
import { EntityRoute } from './views/entity/EntityRoute';
import { GapsView } from './views/gaps/GapsView';
import { MatrixView } from './views/matrix/MatrixView';

// Cytoscape is large: the graph explorer loads it on demand.
const GraphView = lazy(() => import('./views/graph/GraphView').then((m) => ({ default: m.GraphView })));

export function App() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to={`/${preferredLang()}/atlas`} replace />} />
      <Route path="/:lang" element={<Layout />}>
        <Route index element={<Navigate to="atlas" replace />} />
        <Route path="atlas" element={<AtlasView />} />
        <Route path="matrix" element={<MatrixView />} />
        <Route path="gaps" element={<GapsView />} />
        <Route path="compliance" element={<ComplianceView />} />
        <Route path="compliance/print" element={<CompliancePrint />} />
        <Route
          path="graph"
          element={
            <Suspense fallback={<Loading />}>
              <GraphView />
            </Suspense>
          }
        />
        <Route path=":kind/:id" element={<EntityRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
