import { useParams } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { useAnalysis } from './api/demand';
import { AnalysisView } from './components/AnalysisView';

/** /vraaganalyses/:id: one version of an analysis, also older adopted ones (read-only). */
export function AnalysisPage() {
  const { id = '' } = useParams();
  return /^\d+$/.test(id) ? <AnalysisById id={Number(id)} /> : <PageNotFound />;
}

function AnalysisById({ id }: { id: number }) {
  const me = useMe();
  const analysis = useAnalysis(id);
  if (analysis.isPending) return <Loading />;
  if (analysis.isError) return <ErrorMessage error={analysis.error} />;
  return <AnalysisView key={analysis.data.id} analysis={analysis.data} me={me.data} byId />;
}
