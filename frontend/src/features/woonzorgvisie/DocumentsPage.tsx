import { Alert, Button, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useMe, type Me } from '../../shared/auth/me';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime, todayIso } from '../../shared/format/format';
import { currentYear, paths } from '../../shared/paths';
import {
  createDocument,
  currentMembers,
  useDocuments,
  useRegionInfo,
  useTemplates,
  wzvKeys,
  type DocumentSummary,
  type RegionInfo,
  type TemplateSummary,
  type WzvProblem,
} from './api/woonzorgvisie';
import { useRegionActions } from './api/allowedActions';
import { allows } from '../../shared/workflow/allowed';
import { Field } from '../../shared/components/Field';
import { DocumentStatusBadge } from './components/StatusBadges';
import './woonzorgvisie.css';

/** /regios/:code/woonzorgvisie: the region's woonzorgvisies with their progress, and "Nieuwe woonzorgvisie". */
export function DocumentsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('woonzorgvisie');
  const me = useMe();
  const documents = useDocuments(code);
  const regionInfo = useRegionInfo(code);
  const region = regionInfo.data?.name ?? (me.data?.region?.code === code ? me.data.region.name : code);
  usePageTitle(`${t('documents.title')} – ${region}`);
  const actions = useRegionActions(code);
  const templates = useTemplates(code);
  if (documents.isPending || me.isPending || actions.isPending) return <Loading />;
  if (documents.isError) return <ErrorMessage error={documents.error} />;
  // the region's programme manager starts a document for any area; a gemeente only its own
  const manager = allows(actions.data, 'CREATE_DOCUMENT');
  const writer = manager || allows(actions.data, 'CREATE_OWN_DOCUMENT');
  const configures = allows(actions.data, 'CREATE_TEMPLATE');
  const sorted = [...documents.data].sort((a, b) => a.area.name.localeCompare(b.area.name, 'nl') || b.fromYear - a.fromYear);
  return (
    <div className="tp-wzv">
      <hgroup className="tp-hgroup">
        <PreHeading>{region}</PreHeading>
        <Heading1>{t('documents.title')}</Heading1>
      </hgroup>
      <Paragraph>{configures ? t('documents.introManager') : writer ? t('documents.introWriter') : t('documents.introReader')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.woonzorgvisieTemplates(code)}>{configures ? t('documents.toTemplatesManager') : t('documents.toTemplates')}</AppLink>
      </Paragraph>
      {sorted.length === 0 ? <Paragraph data-testid="documents-empty">{t('documents.empty')}</Paragraph> : <DocumentsTable documents={sorted} />}
      {writer && me.data && (
        <section aria-labelledby="new-document-title">
          <Heading2 id="new-document-title">{t('newDocument.title')}</Heading2>
          {templates.isPending || regionInfo.isPending ? (
            <Loading />
          ) : (
            <NewDocumentForm
              region={code}
              me={me.data}
              regionInfo={regionInfo.data}
              templates={templates.data ?? []}
              manager={manager}
              configures={configures}
            />
          )}
        </section>
      )}
    </div>
  );
}

/** "12 van 20 paragrafen ingevuld, verplicht 8/9" with a bar. */
export function ProgressCell({ progress }: { progress: DocumentSummary['progress'] }) {
  const { t } = useTranslation('woonzorgvisie');
  const text = t('documents.progress', { filled: progress.filled, sections: progress.sections, requiredFilled: progress.requiredFilled, required: progress.required });
  const complete = progress.requiredFilled >= progress.required;
  return (
    <div className="tp-progress" data-testid="progress">
      <span className="tp-small">{text}</span>
      <progress className={`tp-progress__bar${complete ? ' tp-progress__bar--complete' : ''}`} max={Math.max(progress.sections, 1)} value={progress.filled} aria-label={text} />
    </div>
  );
}

function DocumentsTable({ documents }: { documents: DocumentSummary[] }) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table tp-wzv-documents" data-testid="documents-table">
        <caption className="tp-caption">{t('documents.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('documents.area')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.period')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.status')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.progressHead')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('documents.openComments')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.template')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.updated')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {documents.map((d) => (
            <tr key={d.id} className="utrecht-table__row" data-document={d.id} data-status={d.status}>
              <th scope="row" className="utrecht-table__header-cell">
                <AppLink to={paths.woonzorgvisie(d.id)}>{d.area.name}</AppLink>
                <span className="tp-block tp-small tp-muted tp-normal">{t(`areaKind.${d.area.kind}`)}</span>
              </th>
              <td className="utrecht-table__cell tp-nowrap">{t('documents.years', { from: d.fromYear, to: d.toYear })}</td>
              <td className="utrecht-table__cell">
                <DocumentStatusBadge status={d.status} />
              </td>
              <td className="utrecht-table__cell">
                <ProgressCell progress={d.progress} />
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{d.openComments}</td>
              <td className="utrecht-table__cell">
                {t('documents.templateVersion', { name: d.templateName, no: d.templateVersionNo })}
                {d.newerTemplateVersionNo !== null && d.status !== 'ADOPTED' && (
                  <span className="tp-block tp-tag tp-tag--notice">{t('documents.newerTemplate', { no: d.newerTemplateVersionNo })}</span>
                )}
              </td>
              <td className="utrecht-table__cell">
                <span className="tp-nowrap">{formatDateTime(d.updatedAt, i18n.language)}</span>
                {d.updatedBy && <span className="tp-block tp-small tp-muted">{d.updatedBy}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type AreaChoice = 'MUNICIPALITY' | 'SUBREGION';
type FormField = 'templateId' | 'area' | 'fromYear' | 'toYear';

interface FormProps {
  region: string;
  me: Me;
  regionInfo: RegionInfo | undefined;
  templates: TemplateSummary[];
  /** picks any member gemeente or deelregio (CREATE_DOCUMENT) instead of writing for its own gemeente */
  manager: boolean;
  /** may shape the region's templates (CREATE_TEMPLATE): gets the link to them when none is published */
  configures: boolean;
}

/**
 * "Nieuwe woonzorgvisie": a published template, the area (the manager picks any member municipality or
 * subregion, a gemeente writes its own) and the period.
 */
function NewDocumentForm({ region, me, regionInfo, templates, manager, configures }: FormProps) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const published = templates.filter((tp) => tp.publishedVersionNo !== null);
  const members = useMemo(() => (regionInfo ? currentMembers(regionInfo, todayIso()) : []), [regionInfo]);
  const subregions = regionInfo?.subregions ?? [];
  const [templateId, setTemplateId] = useState<number>(published[0]?.id ?? 0);
  const [kind, setKind] = useState<AreaChoice>('MUNICIPALITY');
  const [municipality, setMunicipality] = useState(manager ? (members[0]?.code ?? '') : (me.municipality?.code ?? ''));
  const [subregion, setSubregion] = useState(subregions[0]?.code ?? '');
  const [fromYear, setFromYear] = useState(String(currentYear()));
  const [toYear, setToYear] = useState(String(currentYear() + 4));
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [failed, setFailed] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: () =>
      createDocument(region, {
        templateId,
        municipalityCode: kind === 'MUNICIPALITY' ? municipality : null,
        subregionCode: kind === 'SUBREGION' ? subregion : null,
        fromYear: Number(fromYear),
        toYear: Number(toYear),
      }),
    onSuccess: (document) => {
      void queryClient.invalidateQueries({ queryKey: wzvKeys.documents(region) });
      queryClient.setQueryData(wzvKeys.document(document.id), document);
      navigate(paths.woonzorgvisie(document.id));
    },
    onError: (error) => {
      const problem = isApiError(error) ? (error.problem as WzvProblem) : null;
      if (problem?.code === 'DOCUMENT_EXISTS') return setFailed(t('newDocument.exists'));
      if (problem?.code === 'NO_PUBLISHED_TEMPLATE') return setFailed(t('newDocument.noPublished'));
      const list = problem?.fields ?? [];
      const found: Partial<Record<FormField, string>> = {};
      const rest: string[] = [];
      for (const e of list) {
        if (e.field === 'fromYear' || e.field === 'toYear' || e.field === 'templateId') found[e.field] = e.message;
        else rest.push(e.message);
      }
      setErrors(found);
      setFailed(rest.length ? rest.join(' ') : list.length ? null : (problem?.detail ?? t('newDocument.failed')));
    },
  });

  if (published.length === 0) {
    return (
      <Paragraph data-testid="no-published-template">
        {t('newDocument.noTemplate')}{' '}
        {configures && <AppLink to={paths.woonzorgvisieTemplates(region)}>{t('documents.toTemplatesManager')}</AppLink>}
      </Paragraph>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const found: Partial<Record<FormField, string>> = {};
    const from = Number(fromYear);
    const to = Number(toYear);
    if (!/^\d{4}$/.test(fromYear) || from < 2000 || from > 2100) found.fromYear = t('newDocument.badYear');
    if (!/^\d{4}$/.test(toYear) || to < 2000 || to > 2100) found.toYear = t('newDocument.badYear');
    else if (to < from) found.toYear = t('newDocument.yearsReversed');
    else if (to - from >= 10) found.toYear = t('newDocument.tooLong');
    if ((kind === 'MUNICIPALITY' && !municipality) || (kind === 'SUBREGION' && !subregion)) found.area = t('newDocument.chooseArea');
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };

  return (
    <form className="tp-form" onSubmit={onSubmit} noValidate data-testid="new-document-form">
      <Field id={`${id}-template`} label={t('newDocument.template')} error={errors.templateId}>
        {(props) => (
          <select {...props} className="utrecht-select utrecht-select--html-select" value={templateId} onChange={(e) => setTemplateId(Number(e.target.value))}>
            {published.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {t('newDocument.templateOption', { name: tp.name, no: tp.publishedVersionNo })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {manager ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" aria-describedby={errors.area ? `${id}-area-error` : undefined}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newDocument.area')}</legend>
          {errors.area && (
            <p id={`${id}-area-error`} className="utrecht-form-field-error-message">
              {errors.area}
            </p>
          )}
          <div className="tp-check tp-check--with-select">
            <label className="tp-check">
              <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={`${id}-kind`} checked={kind === 'MUNICIPALITY'} onChange={() => setKind('MUNICIPALITY')} />
              {t('newDocument.municipality')}
            </label>
            <select
              aria-label={t('newDocument.whichMunicipality')}
              className="utrecht-select utrecht-select--html-select tp-select--compact"
              value={municipality}
              onChange={(e) => {
                setMunicipality(e.target.value);
                setKind('MUNICIPALITY');
              }}
            >
              {members.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          {subregions.length > 0 && (
            <div className="tp-check tp-check--with-select">
              <label className="tp-check">
                <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={`${id}-kind`} checked={kind === 'SUBREGION'} onChange={() => setKind('SUBREGION')} />
                {t('newDocument.subregion')}
              </label>
              <select
                aria-label={t('newDocument.whichSubregion')}
                className="utrecht-select utrecht-select--html-select tp-select--compact"
                value={subregion}
                onChange={(e) => {
                  setSubregion(e.target.value);
                  setKind('SUBREGION');
                }}
              >
                {subregions.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
      ) : (
        <Paragraph>
          <span className="utrecht-form-label tp-block">{t('newDocument.area')}</span>
          <span data-testid="own-municipality">{me.municipality?.name}</span>
        </Paragraph>
      )}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newDocument.period')}</legend>
        <div className="tp-inline-form">
          <Field id={`${id}-from`} label={t('newDocument.fromYear')} error={errors.fromYear}>
            {(props) => (
              <input {...props} inputMode="numeric" className="utrecht-textbox utrecht-textbox--html-input tp-input--year" value={fromYear} onChange={(e) => setFromYear(e.target.value)} />
            )}
          </Field>
          <Field id={`${id}-to`} label={t('newDocument.toYear')} error={errors.toYear}>
            {(props) => (
              <input {...props} inputMode="numeric" className="utrecht-textbox utrecht-textbox--html-input tp-input--year" value={toYear} onChange={(e) => setToYear(e.target.value)} />
            )}
          </Field>
        </div>
      </fieldset>
      <div aria-live="polite">
        {failed && (
          <Alert type="error" data-testid="new-document-problem">
            <Paragraph>{failed}</Paragraph>
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('newDocument.submit')}
        </Button>
      </div>
    </form>
  );
}
