import { Alert, Button, Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError, type Problem } from '../../shared/api/problem';
import { useMe, type Me } from '../../shared/auth/me';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { focusNewMainHeading } from '../../shared/layout/headingFocus';
import { allows } from '../../shared/workflow/allowed';
import { createMunicipalityAnalysis, demandKeys, useMunicipalityAnalysis } from './api/demand';
import { AnalysisView } from './components/AnalysisView';

const isYear = (value: string | undefined) => /^\d{4}$/.test(value ?? '');

/** /gemeenten/:code/vraaganalyse/:year: the current version of a municipality's demand analysis. */
export function DemandEntryPage() {
  const { code = '', year = '' } = useParams();
  return isYear(year) ? <DemandEntry code={code} year={Number(year)} /> : <PageNotFound />;
}

function DemandEntry({ code, year }: { code: string; year: number }) {
  const me = useMe();
  const analysis = useMunicipalityAnalysis(code, year);
  if (analysis.isPending) return <Loading />;
  if (isApiError(analysis.error, 404))
    return <NotStarted code={code} year={year} me={me.data} problem={analysis.error.problem} />;
  if (analysis.isError) return <ErrorMessage error={analysis.error} />;
  return <AnalysisView key={analysis.data.id} analysis={analysis.data} me={me.data} byId={false} />;
}

/** No analysis for the year yet: start one when the server's 404 allows it (the municipality's own officer). */
function NotStarted({ code, year, me, problem }: { code: string; year: number; me: Me | undefined; problem: Problem }) {
  const { t } = useTranslation('demand');
  const queryClient = useQueryClient();
  // The 404's allowedActions: the backend's DemandMunicipalityAction for this municipality and year.
  const mayStart = allows(problem, 'START');
  const name = me?.municipality?.code === code ? me.municipality.name : code;
  usePageTitle(`${t('entry.preHeading', { year })} – ${name}`);
  const start = useMutation({
    mutationFn: () => createMunicipalityAnalysis(code, year),
    onSuccess: (created) => {
      // the button goes with this view: focus the grid's page heading instead of the page body
      focusNewMainHeading();
      queryClient.setQueryData(demandKeys.municipality(code, year), created);
    },
    // Someone started it meanwhile (409 DEMAND_EXISTS): show theirs.
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: demandKeys.municipality(code, year) });
    },
  });
  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>{t('entry.preHeading', { year })}</PreHeading>
        <Heading1>{name}</Heading1>
      </hgroup>
      <Paragraph data-testid="not-started">{t('entry.notStarted.text', { year })}</Paragraph>
      {mayStart && (
        <>
          <Paragraph>{t('entry.notStarted.officer', { year })}</Paragraph>
          <Button appearance="primary-action-button" busy={start.isPending} disabled={start.isPending} onClick={() => start.mutate()}>
            {start.isPending ? t('entry.notStarted.starting') : t('entry.notStarted.start')}
          </Button>
        </>
      )}
      {start.isError && !isApiError(start.error, 409) && (
        <Alert type="error" role="alert">
          <Paragraph>{t('entry.notStarted.failed')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
