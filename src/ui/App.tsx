import { lazy, Suspense } from 'react';
import { BoundaryPanel } from './BoundaryPanel';
import { DistributionPanel } from './DistributionPanel';
import { ExperimentFile, FileDropZone } from './ExperimentFile';
import { Explanations } from './Explanations';
import { useLab } from './LabContext';
import { LossPanel } from './LossPanel';
import { NetworkDiagram } from './NetworkDiagram';
import { Notices } from './Notices';
import { Placement } from './Placement';
import { SetupForm } from './SetupForm';
import { StatusBar } from './StatusBar';
import { Transport } from './Transport';

const SweepPanel = lazy(() => import('./SweepPanel'));
const FigureOnePanel = lazy(() => import('./FigureOnePanel'));
const TestTimePanel = lazy(() => import('./TestTimePanel'));
const OptimizationPanel = lazy(() => import('./OptimizationPanel'));

/** The lab: controls on the left, the twins' panels on the right. */
export function App() {
  const presetId = useLab((s) => s.settings.presetId);
  return (
    <FileDropZone>
      <div className="lab">
        <header className="top">
          <h1>BatchNorm Lab</h1>
          <p className="lede">
            Two twin networks, one with Batch Normalization and one without, trained side by side
            from the same initial weights on the same batches. Press Play (or Space) and watch each
            layer’s distribution.
          </p>
        </header>
        <Notices />
        <aside className="controls" aria-label="Controls">
          <Transport />
          <Placement />
          <SetupForm key={presetId} />
          <ExperimentFile />
        </aside>
        <main className="panels">
          <StatusBar />
          <DistributionPanel />
          <div className="side-by-side">
            <LossPanel />
            <BoundaryPanel />
          </div>
          <Suspense fallback={<p className="hint">Loading more panels…</p>}>
            <FigureOnePanel />
            <OptimizationPanel />
            <TestTimePanel />
            <SweepPanel />
          </Suspense>
          <NetworkDiagram />
          <Explanations />
        </main>
      </div>
    </FileDropZone>
  );
}
