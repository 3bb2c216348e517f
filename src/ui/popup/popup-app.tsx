/**
 * The popup: what Dossier found on the tab, and the switches that matter there.
 * Renders each state the tab's content script pushes: the report as soon as it exists.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '../../catalog/entity';
import type { PageState } from '../../messaging/messages';
import type { Settings } from '../../settings/settings';
import { hostOfUrl, isSiteEnabled, toggleSite } from '../../settings/site-rules';
import { saveFailedMessage } from '../shared/save-failed-message';
import { t } from '../../i18n/strings';
import { AddNameForm } from './add-name-form';
import { ArticleHeader } from './article-header';
import { BackgroundSection } from './background-section';
import { EntitiesSection } from './entities-section';
import { Notice, UnreachableNotice } from './page-notice';
import { PopupControls } from './popup-controls';
import type { PopupEnvironment } from './popup-environment';
import { QuotesSection } from './quotes-section';
import { unreachableReason } from './restricted-pages';
import { SummarySection } from './summary-section';
import { usePageState } from './use-page-state';

export function PopupApp({ env }: { env: PopupEnvironment }) {
  const { view } = usePageState(env);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [watchlist, setWatchlist] = useState<Entity[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Each click on an entity goes to its next mention, round and round.
  const nextMention = useRef(new Map<string, number>());

  useEffect(() => {
    void env.loadSettings().then(setSettings);
    void env.loadWatchlist().then(setWatchlist);
    return env.watchSettings(setSettings);
  }, [env]);

  const url = view.phase === 'answered' ? view.state.url ?? view.state.report?.url ?? env.tabUrl : env.tabUrl;
  const host = url === null ? null : hostOfUrl(url);

  const change = async (update: (current: Settings) => Settings) => {
    const result = await env.updateSettings(update);
    setSettings(result.settings);
    setError(result.ok ? null : saveFailedMessage(result));
  };

  const showEntity = (entityId: string, count: number) => {
    const index = nextMention.current.get(entityId) ?? 0;
    nextMention.current.set(entityId, (index + 1) % Math.max(count, 1));
    void env.scrollToMention(entityId, index);
  };

  return (
    <div class="popup">
      {settings !== null && (
        <PopupControls
          host={view.phase === 'answered' ? host : null}
          siteEnabled={url !== null && isSiteEnabled(url, settings)}
          settings={settings}
          onToggleSite={() => url !== null && void change((current) => toggleSite(current, url))}
          onTogglePause={() => void change((current) => ({ ...current, paused: !current.paused }))}
          onOpenOptions={env.openOptions}
        />
      )}
      {error !== null && <Notice kind="error">{error}</Notice>}
      <main class="popup-body">
        {view.phase === 'loading' && <Notice kind="info" testId="loading">{t('stateLoading')}</Notice>}
        {view.phase === 'unreachable' && <UnreachableNotice reason={unreachableReason(env.tabUrl)} />}
        {view.phase === 'answered' && (
          <PageContent state={view.state} settled={view.settled} host={host} watchlist={watchlist} env={env} onShowEntity={showEntity} onWatchlistChanged={() => {
            void env.loadWatchlist().then(setWatchlist);
          }} />
        )}
      </main>
    </div>
  );
}

interface PageContentProps {
  state: PageState;
  settled: boolean;
  host: string | null;
  watchlist: Entity[];
  env: PopupEnvironment;
  onShowEntity: (entityId: string, count: number) => void;
  onWatchlistChanged: () => void;
}

function PageContent({ state, settled, host, watchlist, env, onShowEntity, onWatchlistChanged }: PageContentProps) {
  const { report } = state;
  const analysisMissing = state.status === 'ready' && report === null;
  const statusNotice = {
    scanning: <Notice kind="info" testId="scanning">{t('stateScanning')}</Notice>,
    disabled: <Notice kind="info" testId="disabled">{t('stateDisabled', host ?? '')}</Notice>,
    paused: <Notice kind="info" testId="paused">{t('statePaused')}</Notice>,
    'over-budget': <Notice kind="warning" testId="over-budget">{t('stateOverBudget')}</Notice>,
    ready: analysisMissing
      ? !settled
        ? <Notice kind="info" testId="analysing">{t('stateAnalysing')}</Notice>
        : state.markCount > 0 ? <Notice kind="warning" testId="no-analysis">{t('stateNoAnalysis', state.markCount)}</Notice> : null
      : null,
  }[state.status];
  const showResults = report !== null && (state.status === 'ready' || state.status === 'over-budget');

  return (
    <>
      {statusNotice}
      {report !== null && <ArticleHeader report={report} host={host} incomplete={state.headerIncomplete === true} />}
      {showResults && report.entities.length === 0 && (
        <>
          <Notice kind="info" testId="nothing-found">{t('stateNothingFound')}</Notice>
          <AddNameForm loadWatchlist={env.loadWatchlist} saveWatchlist={env.saveWatchlist} onAdded={onWatchlistChanged} />
        </>
      )}
      {showResults && (
        <>
          <SummarySection sentences={report.summary} />
          {report.entities.length > 0 && (
            <EntitiesSection entities={report.entities} watchlist={watchlist}
              onShow={(entityId) => onShowEntity(entityId, report.entities.find((entity) => entity.id === entityId)?.count ?? 1)} />
          )}
          {(report.quotes.length > 0 || report.entities.length > 0) && (
            <QuotesSection report={report} watchlist={watchlist} copyText={env.copyText}
              speakerHistory={(entityId) => env.speakerHistory(entityId, state.url ?? report.url ?? env.tabUrl)} dossierUrl={env.dossierUrl} />
          )}
          <BackgroundSection entities={report.entities} watchlist={watchlist} />
        </>
      )}
    </>
  );
}
