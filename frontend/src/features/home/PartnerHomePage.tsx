import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/me';
import { activeMembership } from '../../shared/auth/memberships';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';

/**
 * The start page of a corporatie or zorgaanbieder medewerker: for whom and in which region they work.
 * What a region shares with its partners comes with the features that publish it; until then this
 * page says so rather than showing anything invented.
 */
export function PartnerHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('partnerHome.title'));
  const me = useMe();
  if (!me.data) return <Loading />; // the layout shows errors of /api/me
  const organisation = activeMembership(me.data)?.organisation.name;
  const region = me.data.region?.name;
  return (
    <>
      <Heading1>{t('partnerHome.title')}</Heading1>
      <Paragraph data-testid="partner-scope">
        {t('partnerHome.workingFor', { organisation: organisation ?? '–', region: region ?? '–', role: t(`roles.${me.data.role}`) })}
      </Paragraph>
      <Paragraph>{t('partnerHome.shared', { region: region ?? '–' })}</Paragraph>
      <Paragraph>{t('partnerHome.nothingYet')}</Paragraph>
    </>
  );
}
