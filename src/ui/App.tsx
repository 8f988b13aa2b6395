import { Suspense, useState, type ReactNode } from 'react';
import { VIEWS, type ViewId } from '../state/pageHash';
import { BoundaryPanel } from './BoundaryPanel';
import { DistributionPanel } from './DistributionPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { Disclosure } from './Disclosure';
import { FileDropZone } from './FileDropZone';
import { useLab } from './LabContext';
import { Lesson } from './Lesson';
import { lazyView } from './lazyView';
import { LossPanel } from './LossPanel';
import { Notices } from './Notices';
import { TableImport } from './TableImport';
import { Placement } from './Placement';
import { ReplayBar } from './ReplayBar';
import { PresetCards } from './PresetCards';
import { StatusBar } from './StatusBar';
import { Scoreboard } from './Scoreboard';
import { TourBox, TourButton } from './TourButton';
import { PresenterBar, PresenterButton } from './PresenterButton';
import { PrintSheet } from './PrintSheet';
import { LessonPanel } from './LessonPanel';
import { Transport } from './Transport';
import { ThemeToggle } from './Theme';
import { viewPanelId, tabId, ViewTabs } from './ViewTabs';
import { LanguageEffects, LanguageSwitch, useT } from './language';

/** The setup form and the share menu: their code loads when their disclosure first opens. */
const SetupForm = lazyView(() => import('./SetupForm')).fresh();
const ExperimentFile = lazyView(() => import('./ExperimentFile')).fresh();

/** The views whose code loads when they are first opened. */
const LAZY = {
  'stable-range': lazyView(() => import('./SweepPanel')),
  'figure-1': lazyView(() => import('./FigureOnePanel')),
  'test-time': lazyView(() => import('./TestTimePanel')),
  optimization: lazyView(() => import('./OptimizationPanel')),
  notes: lazyView(() => import('./NotesPanel')),
  claims: lazyView(() => import('./ClaimsView')),
};
type LazyViewId = keyof typeof LAZY;
type LazyViews = { [K in LazyViewId]: ReturnType<(typeof LAZY)[K]['fresh']> };

const freshViews = (): LazyViews => ({
  'stable-range': LAZY['stable-range'].fresh(),
  'figure-1': LAZY['figure-1'].fresh(),
  'test-time': LAZY['test-time'].fresh(),
  optimization: LAZY.optimization.fresh(),
  notes: LAZY.notes.fresh(),
  claims: LAZY.claims.fresh(),
});

/** What each view shows (the live view's panels stay mounted so their history keeps drawing). */
function viewContent(view: ViewId, lazyViews: LazyViews): ReactNode {
  const {
    'stable-range': SweepPanel,
    'figure-1': FigureOnePanel,
    'test-time': TestTimePanel,
    optimization: OptimizationPanel,
    notes: NotesPanel,
    claims: ClaimsView,
  } = lazyViews;
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
      return <NotesPanel />;
    case 'claims':
      return <ClaimsView />;
  }
}

/** The lab: controls on the left; the status, the view tabs and the open view on the right. */
export function App() {
  const t = useT();
  const presetId = useLab((s) => s.settings.presetId);
  const view = useLab((s) => s.settings.view);
  // A view whose code failed to load gets a fresh loader (and its boundary a fresh start) on retry.
  const [lazyViews, setLazyViews] = useState(freshViews);
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    if (view in LAZY) {
      const id = view as LazyViewId;
      setLazyViews((current) => ({ ...current, [id]: LAZY[id].fresh() }));
    }
    setAttempt((n) => n + 1);
  };
  const label = VIEWS.some((v) => v.id === view) ? t.t(`view.${view}`) : view;
  return (
    <FileDropZone>
      <div className="lab">
        <header className="top">
          <h1>{t.t('app.title')}</h1>
          <p className="lede">{t.t('app.lede')}</p>
          <div className="top-actions">
            <LanguageEffects />
            <LanguageSwitch />
            <TourButton />
            <PresenterButton />
            <ThemeToggle />
          </div>
        </header>
        <div className="page-messages">
          <Notices />
          <TableImport />
        </div>
        <aside className="controls" aria-label={t.t('app.controls')}>
          <Transport />
          <Placement />
        </aside>
        <aside className="setup-controls" aria-label={t.t('app.setupControls')}>
          <PresetCards />
          <Disclosure
            className="setup"
            summary={t.t('app.setupSummary')}
            what={t.t('app.setupWhat')}
          >
            <SetupForm key={presetId} />
          </Disclosure>
          <Disclosure
            className="disclosure share"
            summary={t.t('app.shareSummary')}
            what={t.t('app.shareWhat')}
          >
            <ExperimentFile />
          </Disclosure>
        </aside>
        <main className="panels">
          <PrintSheet />
          <LessonPanel />
          <StatusBar />
          <Lesson />
          <TourBox />
          <Scoreboard />
          <ViewTabs />
          <div
            role="tabpanel"
            id={viewPanelId(view)}
            aria-labelledby={tabId(view)}
            className="view"
            tabIndex={-1}
          >
            <ErrorBoundary
              key={`${view}-${attempt}`}
              what={t.t('app.viewWhat', { view: label })}
              kept={t.t('app.viewKept')}
              onRetry={retry}
            >
              <Suspense fallback={<p className="hint">{t.t('app.viewLoading')}</p>}>
                {viewContent(view, lazyViews)}
              </Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </div>
      <PresenterBar />
    </FileDropZone>
  );
}
