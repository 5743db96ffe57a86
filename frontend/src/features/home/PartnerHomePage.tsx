import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/me';
import { activeMembership } from '../../shared/auth/memberships';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { type SharedDocument, type SharedModel, type SharedScheme, useSharedDocuments, useSharedModels, useSharedSchemes } from './api/shared';

/**
 * The start page of a corporatie or zorgaanbieder medewerker: for whom and in which region they work,
 * and what the region has adopted and so shares with its partners: its allocation models (the homes
 * each gemeente houses), its urgentieregeling and its gemeenten's woonzorgvisies. Only when nothing is
 * adopted yet does the page say that nothing is shared.
 */
export function PartnerHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('partnerHome.title'));
  const me = useMe();
  if (!me.data) return <Loading />; // the layout shows errors of /api/v1/me
  const organisation = activeMembership(me.data)?.organisation.name;
  const region = me.data.region;
  return (
    <>
      <Heading1>{t('partnerHome.title')}</Heading1>
      <Paragraph data-testid="partner-scope">
        {t('partnerHome.workingFor', { organisation: organisation ?? '–', region: region?.name ?? '–', role: t(`roles.${me.data.role}`) })}
      </Paragraph>
      {region ? <SharedDocuments region={region.code} regionName={region.name} /> : <Paragraph>{t('partnerHome.nothingYet')}</Paragraph>}
    </>
  );
}

function SharedDocuments({ region, regionName }: { region: string; regionName: string }) {
  const { t } = useTranslation();
  const models = useSharedModels(region);
  const schemes = useSharedSchemes(region);
  const documents = useSharedDocuments(region);
  const failed = models.error ?? schemes.error ?? documents.error;
  if (failed) return <ErrorMessage error={failed} />;
  if (!models.data || !schemes.data || !documents.data) return <Loading />;
  if (models.data.length + schemes.data.length + documents.data.length === 0) {
    return <Paragraph data-testid="nothing-shared">{t('partnerHome.nothingYet')}</Paragraph>;
  }
  return (
    <>
      <Paragraph>{t('partnerHome.shared', { region: regionName })}</Paragraph>
      <ModelList models={models.data} region={region} />
      <SchemeList schemes={schemes.data} region={region} />
      <DocumentList documents={documents.data} region={region} />
    </>
  );
}

function SharedSection({ id, title, all, empty, children }: { id: string; title: string; all: { to: string; label: string }; empty: string | null; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} data-testid={id}>
      <Heading2 id={id}>{title}</Heading2>
      {empty ? <Paragraph>{empty}</Paragraph> : <ul className="utrecht-unordered-list">{children}</ul>}
      <Paragraph>
        <AppLink to={all.to}>{all.label}</AppLink>
      </Paragraph>
    </section>
  );
}

function ModelList({ models, region }: { models: SharedModel[]; region: string }) {
  const { t, i18n } = useTranslation();
  return (
    <SharedSection
      id="shared-allocation"
      title={t('partnerHome.allocation.title')}
      all={{ to: paths.allocationModels(region), label: t('partnerHome.allocation.all') }}
      empty={models.length === 0 ? t('partnerHome.allocation.none') : null}
    >
      {models.map((m) => (
        <li key={m.id} className="utrecht-unordered-list__item">
          <AppLink to={paths.allocationResults(m.id)}>{t('partnerHome.allocation.link', { name: m.name })}</AppLink>{' '}
          <span className="tp-muted">
            {m.adoptedAt ? t('partnerHome.adoptedOn', { date: formatDate(m.adoptedAt.slice(0, 10), i18n.language) }) : ''}
          </span>
        </li>
      ))}
    </SharedSection>
  );
}

function SchemeList({ schemes, region }: { schemes: SharedScheme[]; region: string }) {
  const { t, i18n } = useTranslation();
  return (
    <SharedSection
      id="shared-urgency"
      title={t('partnerHome.urgency.title')}
      all={{ to: paths.urgencySchemes(region), label: t('partnerHome.urgency.all') }}
      empty={schemes.length === 0 ? t('partnerHome.urgency.none') : null}
    >
      {schemes.map((s) => (
        <li key={s.id} className="utrecht-unordered-list__item">
          <AppLink to={paths.urgencyScheme(s.id)}>{s.name}</AppLink>{' '}
          <span className="tp-muted">
            {t(s.status === 'EXPIRED' ? 'partnerHome.urgency.expired' : 'partnerHome.urgency.valid', {
              from: formatDate(s.validFrom, i18n.language),
              to: formatDate(s.validTo, i18n.language),
            })}
          </span>
        </li>
      ))}
    </SharedSection>
  );
}

function DocumentList({ documents, region }: { documents: SharedDocument[]; region: string }) {
  const { t } = useTranslation();
  return (
    <SharedSection
      id="shared-woonzorgvisie"
      title={t('partnerHome.woonzorgvisie.title')}
      all={{ to: paths.woonzorgvisies(region), label: t('partnerHome.woonzorgvisie.all') }}
      empty={documents.length === 0 ? t('partnerHome.woonzorgvisie.none') : null}
    >
      {documents.map((d) => (
        <li key={d.id} className="utrecht-unordered-list__item">
          <AppLink to={paths.woonzorgvisie(d.id)}>{d.title}</AppLink>
        </li>
      ))}
    </SharedSection>
  );
}
