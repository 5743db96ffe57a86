import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { mayViewRegions } from '../../shared/auth/roles';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { currentYear, paths } from '../../shared/paths';
import { useMunicipality } from './api/municipalities';
import { MembershipsTable } from './components/MembershipsTable';
import { MunicipalityFacts } from './components/MunicipalityFacts';

/** /gemeenten/:code: a municipality, its inhabitants and its region memberships. */
export function MunicipalityPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('municipalities');
  const me = useMe();
  const municipality = useMunicipality(code);
  usePageTitle(municipality.data?.name);
  if (municipality.isPending) return <Loading />;
  if (municipality.isError) return <ErrorMessage error={municipality.error} />;

  const data = municipality.data;
  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>{t('detail.preHeading')}</PreHeading>
        <Heading1>{data.name}</Heading1>
      </hgroup>
      <Paragraph>
        <AppLink to={paths.demand(data.code, currentYear())}>{t('detail.demand', { year: currentYear() })}</AppLink>
      </Paragraph>
      <Heading2>{t('detail.facts')}</Heading2>
      <MunicipalityFacts municipality={data} />
      <Heading2>{t('detail.memberships')}</Heading2>
      {data.memberships.length === 0 ? (
        <Paragraph>{t('detail.noMemberships')}</Paragraph>
      ) : (
        <MembershipsTable municipality={data} linkRegions={me.data ? mayViewRegions(me.data) : false} />
      )}
    </>
  );
}
