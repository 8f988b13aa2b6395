import { lazy, Suspense, type ReactNode } from 'react';
import type { ViewId } from '../state/pageHash';
import { BoundaryPanel } from './BoundaryPanel';
import { DistributionPanel } from './DistributionPanel';
import { ExperimentFile, FileDropZone } from './ExperimentFile';
import { Explanations } from './Explanations';
import { useLab } from './LabContext';
import { Lesson } from './Lesson';
import { LossPanel } from './LossPanel';
import { NetworkDiagram } from './NetworkDiagram';
import { Notices } from './Notices';
import { TableImport } from './TableImport';
import { ParameterTable } from './ParameterTable';
import { Placement } from './Placement';
import { ReplayBar } from './ReplayBar';
import { PresetCards } from './PresetCards';
import { SetupForm } from './SetupForm';
import { StatusBar } from './StatusBar';
import { Scoreboard } from './Scoreboard';
import { Tour, TourButton } from './Tour';
import { Transport } from './Transport';
import { ThemeToggle } from './Theme';
import { viewPanelId, tabId, ViewTabs } from './ViewTabs';

const SweepPanel = lazy(() => import('./SweepPanel'));
const FigureOnePanel = lazy(() => import('./FigureOnePanel'));
const TestTimePanel = lazy(() => import('./TestTimePanel'));
const OptimizationPanel = lazy(() => import('./OptimizationPanel'));

/** What each view shows (the live view's panels stay mounted so their history keeps drawing). */
function viewContent(view: ViewId): ReactNode {
  switch (view) {
    case 'live':
      return (
        <div className="live">
          <ReplayBar />
          <DistributionPanel />
          <div className="live-side">
            <LossPanel />
            <BoundaryPanel />
          </div>
        </div>
      );
    case 'figure-1':
      return <FigureOnePanel />;
    case 'test-time':
      return <TestTimePanel />;
    case 'stable-range':
      return <SweepPanel />;
    case 'optimization':
      return <OptimizationPanel />;
    case 'notes':
      return (
        <>
          <NetworkDiagram />
          <ParameterTable />
          <Explanations />
        </>
      );
  }
}

/** The lab: controls on the left; the status, the view tabs and the open view on the right. */
export function App() {
  const presetId = useLab((s) => s.settings.presetId);
  const view = useLab((s) => s.settings.view);
  return (
    <FileDropZone>
      <div className="lab">
        <header className="top">
          <h1>BatchNorm Lab</h1>
          <p className="lede">
            Twin networks, one with Batch Normalization and one without, trained side by side from
            the same initial weights on the same batches. Press Play (or Space).
          </p>
          <div className="top-actions">
            <TourButton />
            <ThemeToggle />
          </div>
        </header>
        <div className="page-messages">
          <Notices />
          <TableImport />
        </div>
        <aside className="controls" aria-label="Controls">
          <Transport />
          <Placement />
        </aside>
        <aside className="setup-controls" aria-label="Presets and setup">
          <PresetCards />
          <details className="setup">
            <summary>Setup: data, network, training</summary>
            <SetupForm key={presetId} />
          </details>
          <details className="disclosure share">
            <summary>Share, export and import</summary>
            <ExperimentFile />
          </details>
        </aside>
        <main className="panels">
          <StatusBar />
          <Lesson />
          <Tour />
          <Scoreboard />
          <ViewTabs />
          <div
            role="tabpanel"
            id={viewPanelId(view)}
            aria-labelledby={tabId(view)}
            className="view"
            tabIndex={-1}
          >
            <Suspense fallback={<p className="hint">Loading the view…</p>}>
              {viewContent(view)}
            </Suspense>
          </div>
        </main>
      </div>
    </FileDropZone>
  );
}
