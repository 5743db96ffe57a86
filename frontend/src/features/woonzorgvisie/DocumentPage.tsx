import { Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiFetch } from '../../shared/api/client';
import { LeaveGuard } from '../../shared/autosave/LeaveGuard';
import { useEntityDrafts } from '../../shared/autosave/useLocalDraft';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { allows } from '../../shared/workflow/allowed';
import { useCatalogue, useDocument, wzvKeys, type CareDocument } from './api/woonzorgvisie';
import { ActionBar } from './components/DocumentActions';
import { RenderedView } from './components/RenderedView';
import { SectionNav } from './components/SectionNav';
import { documentDraftEntity, SectionPane } from './components/SectionPane';
import { DocumentStatusBadge } from './components/StatusBadges';
import { TemplateChangesPanel } from './components/TemplateChangesPanel';
import './woonzorgvisie.css';

/** /woonzorgvisie/documenten/:id */
export function DocumentPage() {
  const { id = '' } = useParams();
  return /^\d+$/.test(id) ? <DocumentView key={id} id={Number(id)} /> : <PageNotFound />;
}

function DocumentView({ id }: { id: number }) {
  const document = useDocument(id);
  usePageTitle(document.data?.title);
  if (document.isPending) return <Loading />;
  if (document.isError) return <ErrorMessage error={document.error} />;
  return <DocumentWorkspace document={document.data} />;
}

function DocumentWorkspace({ document }: { document: CareDocument }) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  const queryClient = useQueryClient();
  const catalogue = useCatalogue(document.regionCode);
  const sections = document.chapters.flatMap((c) => c.sections);
  const [selected, setSelected] = useState<string | null>(sections[0]?.key ?? null);
  const [reading, setReading] = useState(false);
  const [revision, setRevision] = useState(0);
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);
  const registerFlush = useCallback((flush: (() => Promise<boolean>) | null) => {
    flushRef.current = flush;
  }, []);
  const editable = allows(document, 'EDIT');
  const adopted = document.status === 'ADOPTED';
  const section = sections.find((s) => s.key === selected) ?? sections[0] ?? null;

  // text typed here that the server does not hold (refused, in conflict, not yet sent), by section
  const drafts = useEntityDrafts<string>(documentDraftEntity(document.id));

  /**
   * Moving to another section always moves: the pane being left sends what is unsaved as it closes,
   * and what the server refuses (or a conflict) stays as that section's local draft, named in the
   * section list and offered back there. (Staying put on a refused save made the writer type the next
   * section's text into the refused one, and lose both.)
   */
  const select = (key: string) => {
    if (key !== section?.key) setSelected(key);
  };

  const afterChange = (next: CareDocument) => {
    queryClient.setQueryData(wzvKeys.document(next.id), next);
    void queryClient.invalidateQueries({ queryKey: wzvKeys.documents(next.regionCode) });
    void queryClient.invalidateQueries({ queryKey: wzvKeys.rendered(next.id) });
  };

  /** The stored document, after what is typed has been saved: its lockVersion goes with a transition. */
  const fresh = async () => {
    if (flushRef.current) await flushRef.current();
    const latest = await apiFetch<CareDocument>(`/api/v1/woonzorgvisie/documents/${document.id}`);
    queryClient.setQueryData(wzvKeys.document(document.id), latest);
    return latest;
  };

  return (
    <div className="tp-wzv tp-wzv-document">
      <LeaveGuard when={editable && drafts.size > 0} />
      <hgroup className="tp-hgroup">
        <PreHeading>
          <AppLink to={paths.woonzorgvisies(document.regionCode)}>{t('documents.title')}</AppLink>
        </PreHeading>
        <Heading1>{document.title}</Heading1>
      </hgroup>
      <div className="tp-wzv-meta" data-testid="document-meta">
        <DocumentStatusBadge status={document.status} />
        <span>{t(`areaKind.${document.area.kind}`)}: {document.area.name}</span>
        <span>{t('documents.years', { from: document.fromYear, to: document.toYear })}</span>
        <span>{t('documents.templateVersion', { name: document.template.name, no: document.template.versionNo })}</span>
        {adopted && document.decisionDate && (
          <span data-testid="decision">
            {t(document.adoptedByBody === 'COUNCIL' ? 'document.decisionCouncil' : 'document.decisionRegion', {
              date: formatDate(document.decisionDate, i18n.language),
              reference: document.decisionReference ?? '–',
            })}
          </span>
        )}
        {document.approvedAt && (
          <span data-testid="approval">{t('document.approved', { at: formatDateTime(document.approvedAt, i18n.language), by: document.approvedBy ?? '–' })}</span>
        )}
        {document.approvedAt && document.approvalComment && <span>{t('document.approvalComment', { comment: document.approvalComment })}</span>}
        {adopted && document.adoptedAt && <span>{t('document.adoptedAt', { at: formatDateTime(document.adoptedAt, i18n.language), by: document.adoptedBy ?? '–' })}</span>}
      </div>

      <ActionBar
        document={document}
        fresh={fresh}
        onChanged={afterChange}
        onShowSection={(key) => {
          setReading(false);
          select(key);
        }}
        reading={reading}
        onToggleReading={adopted ? undefined : () => setReading((r) => !r)}
      />

      {/* the writer takes the newer version's changes; the reviewer sees them during the review */}
      {document.newerTemplateVersionNo !== null && (allows(document, 'TAKE_TEMPLATE_CHANGES') || allows(document, 'COMMENT')) && (
        <TemplateChangesPanel
          document={document}
          onTaken={(next) => {
            afterChange(next);
            setRevision((r) => r + 1);
          }}
        />
      )}

      {adopted || reading ? (
        <RenderedView documentId={document.id} />
      ) : (
        <div className="tp-wzv-doc">
          <SectionNav chapters={document.chapters} selected={section?.key ?? null} onSelect={select} drafts={editable ? drafts : undefined} />
          {section ? (
            <SectionPane
              key={`${section.key}:${revision}`}
              document={document}
              section={section}
              editable={editable}
              catalogue={catalogue.data}
              registerFlush={registerFlush}
            />
          ) : (
            <Paragraph>{t('document.noSections')}</Paragraph>
          )}
        </div>
      )}
    </div>
  );
}
