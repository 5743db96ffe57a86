import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDateTime, formatNumber } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { allows } from '../../shared/workflow/allowed';
import { useModels, useRegionName, type ModelSummary } from './api/allocation';
import { useAllocationRegion } from './api/region';
import { ModelStatusBadge } from './components/ModelStatusBadge';
import { NewModelForm } from './components/NewModelForm';
import { periodLabel } from './labels';
import './allocation.css';

/** /regios/:code/verdeling: the region's allocation models (others than the manager see only adopted ones). */
export function ModelsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('allocation');
  const me = useMe();
  const models = useModels(code);
  const allowed = useAllocationRegion(code);
  const regionName = useRegionName(code);
  const region = regionName.data ?? allowed.data?.region.name ?? (me.data?.region?.code === code ? me.data.region.name : code);
  usePageTitle(`${t('models.title')} – ${region}`);
  if (models.isPending || allowed.isPending) return <Loading />;
  if (models.isError) return <ErrorMessage error={models.error} />;
  if (allowed.isError) return <ErrorMessage error={allowed.error} />;

  // Who may create models here configures them all, and works in every model's workspace.
  const manager = allows(allowed.data, 'CREATE_MODEL');
  const sorted = [...models.data].sort((a, b) => b.period.localeCompare(a.period) || a.name.localeCompare(b.name, 'nl'));
  return (
    <div className="tp-allocation">
      <hgroup className="tp-hgroup">
        <PreHeading>{t('models.preHeading', { region })}</PreHeading>
        <Heading1>{t('models.title')}</Heading1>
      </hgroup>
      <Paragraph>{manager ? t('models.introManager') : t('models.introReader')}</Paragraph>
      {allows(allowed.data, 'READ_INDICATORS') && (
        <Paragraph>
          <AppLink to={paths.indicators(code)}>{t('models.indicatorsLink')}</AppLink>
        </Paragraph>
      )}

      {sorted.length === 0 ? (
        <Paragraph data-testid="models-empty">{manager ? t('models.emptyManager') : t('models.emptyReader')}</Paragraph>
      ) : (
        <ModelsTable models={sorted} manager={manager} />
      )}

      {manager && (
        <section aria-labelledby="new-model-title">
          <Heading2 id="new-model-title">{t('newModel.title')}</Heading2>
          <NewModelForm region={code} models={models.data} />
        </section>
      )}
    </div>
  );
}

function ModelsTable({ models, manager }: { models: ModelSummary[]; manager: boolean }) {
  const { t, i18n } = useTranslation('allocation');
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table" data-testid="models-table">
        <caption className="tp-caption">{t('models.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('models.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('models.period')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('models.targetGroups')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('models.status')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('models.adopted')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('models.total')}</th>
            <th scope="col" className="utrecht-table__header-cell">
              <span className="tp-visually-hidden">{t('models.links')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {models.map((model) => (
            <tr key={model.id} className="utrecht-table__row" data-model={model.id}>
              <th scope="row" className="utrecht-table__header-cell">
                {manager ? <AppLink to={paths.allocationModel(model.id)}>{model.name}</AppLink> : model.name}
              </th>
              <td className="utrecht-table__cell tp-nowrap">{periodLabel(model.period, t)}</td>
              <td className="utrecht-table__cell">{model.targetGroups.map((g) => g.name).join(', ')}</td>
              <td className="utrecht-table__cell">
                <ModelStatusBadge status={model.status} />
              </td>
              <td className="utrecht-table__cell">
                {model.adoptedScenario ? (
                  <>
                    {t('models.adoptedScenario', { name: model.adoptedScenario.name, no: model.adoptedScenario.versionNo })}
                    {model.adoptedAt && (
                      <span className="tp-muted tp-block">
                        {t('models.byAt', { date: formatDateTime(model.adoptedAt, i18n.language), actor: model.adoptedBy ?? '–' })}
                      </span>
                    )}
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">
                {model.total === null ? '–' : formatNumber(model.total, i18n.language)}
              </td>
              <td className="utrecht-table__cell">
                {model.status === 'ADOPTED' && (
                  <AppLink to={paths.allocationResults(model.id)} aria-label={t('models.resultsOf', { name: model.name })}>
                    {t('models.results')}
                  </AppLink>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
