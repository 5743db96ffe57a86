import { Button, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { createTemplate, useRegionInfo, useTemplates, wzvKeys, type TemplateSummary } from './api/woonzorgvisie';
import { useRegionActions } from './api/allowedActions';
import { allows } from '../../shared/workflow/allowed';
import { Field } from '../../shared/components/Field';
import { VersionStatusBadge } from './components/StatusBadges';
import './woonzorgvisie.css';
import { useFieldMessages } from '../../shared/api/fieldMessages';
import { ProblemAlert } from '../../shared/components/ProblemAlert';

/** /regios/:code/woonzorgvisie/sjablonen: the region's templates, with their published and draft versions. */
export function TemplatesPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('woonzorgvisie');
  const me = useMe();
  const templates = useTemplates(code);
  const regionInfo = useRegionInfo(code);
  const actions = useRegionActions(code);
  const region = regionInfo.data?.name ?? (me.data?.region?.code === code ? me.data.region.name : code);
  usePageTitle(`${t('templates.title')} – ${region}`);
  if (templates.isPending || me.isPending || actions.isPending) return <Loading />;
  if (templates.isError) return <ErrorMessage error={templates.error} />;
  const manager = allows(actions.data, 'CREATE_TEMPLATE');
  return (
    <div className="tp-wzv">
      <hgroup className="tp-hgroup">
        <PreHeading>{region}</PreHeading>
        <Heading1>{t('templates.title')}</Heading1>
      </hgroup>
      <Paragraph>{manager ? t('templates.introManager') : t('templates.introReader')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.woonzorgvisies(code)}>{t('templates.toDocuments')}</AppLink>
      </Paragraph>
      {templates.data.length === 0 ? (
        <Paragraph data-testid="templates-empty">{t('templates.empty')}</Paragraph>
      ) : (
        <TemplatesTable templates={templates.data} />
      )}
      {manager && (
        <section aria-labelledby="new-template-title">
          <Heading2 id="new-template-title">{t('newTemplate.title')}</Heading2>
          <NewTemplateForm region={code} />
        </section>
      )}
    </div>
  );
}

function TemplatesTable({ templates }: { templates: TemplateSummary[] }) {
  const { t, i18n } = useTranslation('woonzorgvisie');
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table" data-testid="templates-table">
        <caption className="tp-caption">{t('templates.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('templates.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('templates.published')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('templates.draft')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('templates.updated')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {templates.map((template) => (
            <tr key={template.id} className="utrecht-table__row" data-template={template.id}>
              <th scope="row" className="utrecht-table__header-cell">
                {template.name}
                {template.description && <span className="tp-block tp-small tp-muted tp-normal">{template.description}</span>}
              </th>
              <td className="utrecht-table__cell">
                {template.publishedVersionNo !== null ? (
                  <span className="tp-version-cell">
                    <AppLink to={paths.templateVersion(template.id, template.publishedVersionNo)}>
                      {t('templates.versionNo', { no: template.publishedVersionNo })}
                    </AppLink>
                    <VersionStatusBadge status="PUBLISHED" />
                  </span>
                ) : (
                  <span className="tp-muted">{t('templates.notPublished')}</span>
                )}
              </td>
              <td className="utrecht-table__cell">
                {allows(template, 'EDIT') && template.draftVersionNo !== null ? (
                  <span className="tp-version-cell">
                    <AppLink to={paths.templateVersion(template.id, template.draftVersionNo)}>
                      {t('templates.editVersion', { no: template.draftVersionNo })}
                    </AppLink>
                    <VersionStatusBadge status="DRAFT" />
                  </span>
                ) : (
                  '–'
                )}
              </td>
              <td className="utrecht-table__cell tp-nowrap">{formatDateTime(template.updatedAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Nieuw sjabloon": a name and a description; version 1 starts with the default chapters and opens in the editor. */
function NewTemplateForm({ region }: { region: string }) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: () => createTemplate(region, { name: name.trim(), description: description.trim() || null }),
    onSuccess: (template) => {
      void queryClient.invalidateQueries({ queryKey: wzvKeys.templates(region) });
      queryClient.setQueryData(wzvKeys.template(template.id), template);
      const first = template.versions?.[0]?.no ?? 1;
      navigate(paths.templateVersion(template.id, first));
    },
    onError: (error) => {
      if (isApiError(error, 409) && error.problem.code === 'TEMPLATE_EXISTS') setNameError(t('newTemplate.exists'));
    },
  });
  // the server's field messages at their fields; what no field shows goes to the alert below
  const server = useFieldMessages(create.error);
  const exists = isApiError(create.error, 409) && create.error.problem.code === 'TEMPLATE_EXISTS';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('newTemplate.required'));
      return;
    }
    setNameError(undefined);
    create.mutate();
  };
  return (
    <form className="tp-form" onSubmit={onSubmit} noValidate data-testid="new-template-form">
      <Field id={`${id}-name`} label={t('newTemplate.name')} error={nameError ?? server.at('name')}>
        {(props) => (
          <input {...props} className="utrecht-textbox utrecht-textbox--html-input tp-input--wide" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field id={`${id}-description`} label={t('newTemplate.description')} error={server.at('description')}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            className="utrecht-textarea utrecht-textarea--html-textarea tp-input--wide"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <Paragraph className="tp-small tp-muted">{t('newTemplate.hint')}</Paragraph>
      <div aria-live="polite">
        {!exists && <ProblemAlert error={create.error} placed={['name', 'description']} fallback={t('newTemplate.failed')} />}
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('newTemplate.submit')}
        </Button>
      </div>
    </form>
  );
}
