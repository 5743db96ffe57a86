import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../shared/auth/me';
import { mayViewRegions } from '../../../shared/auth/roles';
import { AppLink } from '../../../shared/components/AppLink';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { paths } from '../../../shared/paths';
import { downloadPaths, type Analysis, type CellKey, type FileFormat } from '../api/demand';
import '../demand.css';
import { DraftOfferPanel } from '../../../shared/autosave/DraftOfferPanel';
import { LeaveGuard } from '../../../shared/autosave/LeaveGuard';
import { useCellSaves } from '../useCellSaves';
import { AnalysisFacts, ReadOnlyBanner, ReturnedNotice, VersionLinks, type ReadOnlyReason } from './AnalysisSummary';
import { CellDetailPanel } from './CellDetailPanel';
import { ConflictDialog } from './ConflictDialog';
import { DemandGrid } from './DemandGrid';
import { DownloadButton } from '../../../shared/components/DownloadButton';
import { ImportDialog } from './ImportDialog';
import { WorkflowActions } from './WorkflowActions';

/**
 * Why the figures cannot be typed, or null when they can. Who may type is the server's decision
 * (`editable`: the current version, still open, and the caller owns its figures); this only picks the
 * sentence that explains a refusal.
 */
function readOnlyReason(analysis: Analysis): ReadOnlyReason | null {
  const newest = Math.max(analysis.versionNo, ...analysis.versions.map((v) => v.versionNo));
  if (analysis.versionNo < newest) return 'oldVersion';
  if (analysis.status === 'SUBMITTED' || analysis.status === 'ADOPTED') return analysis.status;
  if (analysis.editable) return null;
  // an open current version the caller may not type into: the figures belong to someone else
  if (analysis.status === 'CONCEPT' || analysis.status === 'RETURNED') {
    return analysis.municipality ? 'notYours' : 'notYoursRegional';
  }
  return 'other';
}

interface Props {
  analysis: Analysis;
  me: Me | undefined;
  /** shown at /vraaganalyses/:id, so a reopened version is reached by navigating */
  byId: boolean;
}

/** The entry screen of one analysis version: facts and workflow above, the grid and the cell details below. */
export function AnalysisView({ analysis, me, byId }: Props) {
  const { t } = useTranslation('demand');
  const navigate = useNavigate();
  const saves = useCellSaves(analysis);
  const [activeKey, setActiveKey] = useState<CellKey | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  const reason = readOnlyReason(analysis);
  const canEdit = reason === null;
  const name = analysis.municipality?.name ?? t('entry.regionalTitle', { region: analysis.region.name });
  usePageTitle(`${t('entry.preHeading', { year: analysis.year })} – ${name}`);

  const slug = `${analysis.municipality?.code ?? analysis.region.code}-${analysis.year}-v${analysis.versionNo}`;
  const fileButton = (kind: 'template' | 'export', format: FileFormat) => (
    <DownloadButton
      key={`${kind}-${format}`}
      path={downloadPaths[kind](analysis.id, format)}
      fileName={`${kind === 'template' ? 'sjabloon' : 'vraaganalyse'}-${slug}.${format}`}
      label={t(`entry.${kind}${format === 'xlsx' ? 'Xlsx' : 'Csv'}`)}
      onError={() => setNotice({ type: 'error', text: t('entry.downloadFailed') })}
    />
  );

  const beforeAction = async () => {
    if (await saves.flush()) return true;
    setNotice({ type: 'error', text: t('entry.unsaved') });
    return false;
  };

  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>{t('entry.preHeading', { year: analysis.year })}</PreHeading>
        <Heading1>{name}</Heading1>
      </hgroup>
      {me && mayViewRegions(me) && (
        <Paragraph>
          <AppLink to={paths.regionDemand(analysis.region.code, analysis.year)}>{t('entry.backToRegion')}</AppLink>
        </Paragraph>
      )}
      <AnalysisFacts analysis={analysis} />
      <VersionLinks analysis={analysis} />
      <ReturnedNotice analysis={analysis} />
      {reason && <ReadOnlyBanner analysis={analysis} reason={reason} />}
      <WorkflowActions
        analysis={analysis}
        beforeAction={beforeAction}
        onDone={(action, result) => {
          if (action === 'REOPEN' && byId) navigate(paths.analysis(result.id));
        }}
      />

      <section aria-labelledby="files-title" className="tp-files">
        <Heading2 id="files-title" className="tp-visually-hidden">
          {t('entry.files')}
        </Heading2>
        <ButtonGroup>
          {canEdit && (
            <Button appearance="secondary-action-button" onClick={() => setImporting(true)}>
              {t('entry.import')}
            </Button>
          )}
          {canEdit && fileButton('template', 'xlsx')}
          {canEdit && fileButton('template', 'csv')}
          {fileButton('export', 'xlsx')}
          {fileButton('export', 'csv')}
        </ButtonGroup>
      </section>
      {notice && (
        <Alert type={notice.type} role={notice.type === 'ok' ? 'status' : 'alert'} data-testid="entry-notice">
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}

      <LeaveGuard when={canEdit && saves.unsaved} />
      {canEdit && saves.offer && (
        <DraftOfferPanel offer={saves.offer} onRestore={saves.restoreKept} onDiscard={saves.discardKept}>
          <ul className="tp-error-list" data-testid="draft-offer-cells">
            {Object.entries(saves.offer.value).map(([key, kept]) => (
              <li key={key}>
                {saves.label(key)}: <strong>{kept.text}</strong>
              </li>
            ))}
          </ul>
        </DraftOfferPanel>
      )}
      {canEdit && (
        <>
          <Paragraph>{t('entry.intro')}</Paragraph>
          <Paragraph className="tp-footnote">{t('entry.keyboardHelp')}</Paragraph>
        </>
      )}
      <div className="tp-entry">
        <DemandGrid analysis={analysis} saves={saves} canEdit={canEdit} activeKey={activeKey} onActivate={setActiveKey} />
        <CellDetailPanel analysis={analysis} saves={saves} cellKey={activeKey} canEdit={canEdit} />
      </div>
      <p role="status" className="tp-visually-hidden" data-testid="save-announcement">
        {saves.announcement}
      </p>

      {saves.conflicts[0] && (
        <ConflictDialog
          key={saves.conflicts[0].key}
          analysisId={analysis.id}
          conflict={saves.conflicts[0]}
          waiting={saves.conflicts.length - 1}
          label={saves.label(saves.conflicts[0].key)}
          onResolve={saves.resolveConflict}
        />
      )}
      {importing && (
        <ImportDialog
          analysis={analysis}
          label={saves.label}
          onClose={() => setImporting(false)}
          onApplied={(count) => {
            setImporting(false);
            setNotice({ type: 'ok', text: t('import.applied', { count }) });
          }}
        />
      )}
    </>
  );
}
