import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../shared/components/DownloadButton';
import { formatDate, formatNumber } from '../../../shared/format/format';
import { downloadPaths, useTargetGroups, type Deviation, type Quota, type Scheme } from '../api/urgency';
import { monthsOf, percentLabel, quotaSentence } from '../labels';

/** The version as a readable document, the same content as its PDF: categories in priority order, quotas as sentences, accepted deviations. */
export function SchemeDocument({ scheme }: { scheme: Scheme }) {
  const { t, i18n } = useTranslation('urgency');
  const language = i18n.language;
  const groups = useTargetGroups(scheme.region.code);
  const groupName = (code: string) => groups.data?.find((g) => g.code === code)?.name ?? code;
  const [failed, setFailed] = useState(false);
  const categories = [...scheme.categories].sort((a, b) => a.priority - b.priority);
  const accepted = scheme.deviations.filter((d) => d.status === 'ACCEPTED');

  return (
    <article className="tp-document" data-testid="scheme-document" aria-labelledby="document-title">
      <div className="tp-document__head">
        <Heading2 id="document-title">{t('document.title')}</Heading2>
        <DownloadButton
          path={downloadPaths.document(scheme.id)}
          fileName={`urgentieregeling-${scheme.region.code}-versie-${scheme.versionNo}.pdf`}
          label={t('document.pdf')}
          onStart={() => setFailed(false)}
          onError={() => setFailed(true)}
        />
      </div>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('document.pdfFailed')}</Paragraph>
        </Alert>
      )}
      <Paragraph data-testid="document-intro">
        {t('document.intro', {
          name: scheme.name,
          no: scheme.versionNo,
          from: formatDate(scheme.validFrom, language),
          to: formatDate(scheme.validTo, language),
        })}{' '}
        {scheme.legalBasis.name
          ? scheme.legalBasis.date
            ? t('document.legalBasisDated', { name: scheme.legalBasis.name, date: formatDate(scheme.legalBasis.date, language) })
            : t('document.legalBasis', { name: scheme.legalBasis.name })
          : t('document.noLegalBasis')}
      </Paragraph>

      <Heading3 className="tp-document__section">{t('document.categories')}</Heading3>
      {categories.length === 0 ? (
        <Paragraph>{t('document.noCategories')}</Paragraph>
      ) : (
        <>
          <Paragraph className="tp-muted">{t('document.categoriesIntro')}</Paragraph>
          <ol className="tp-document__categories" data-testid="document-categories">
            {categories.map((category, index) => (
              <li key={category.code} className="tp-document__category" data-category={category.code}>
                <h4 className="utrecht-heading-4 tp-document__category-title">
                  {index + 1}. {category.name}
                  {category.mandatory && <span className="tp-tag">{t('document.mandatory')}</span>}
                </h4>
                <dl className="tp-document__facts">
                  <div>
                    <dt>{t('category.targetGroups')}</dt>
                    <dd>{category.targetGroups.length ? category.targetGroups.map(groupName).join(', ') : t('document.none')}</dd>
                  </div>
                  <div>
                    <dt>{t('category.criteria')}</dt>
                    <dd className={category.criteria ? 'tp-prewrap' : 'tp-muted'}>{category.criteria ?? t('document.notRecorded')}</dd>
                  </div>
                  <div>
                    <dt>{t('category.evidence')}</dt>
                    <dd className={category.evidence ? 'tp-prewrap' : 'tp-muted'}>{category.evidence ?? t('document.notRecorded')}</dd>
                  </div>
                  <div>
                    <dt>{t('category.decisionDays')}</dt>
                    <dd>{t('document.days', { count: category.decisionDays, formatted: formatNumber(category.decisionDays, language) })}</dd>
                  </div>
                  <div>
                    <dt>{t('category.waitNormDays')}</dt>
                    <dd>
                      {t('document.daysAndMonths', {
                        count: category.waitNormDays,
                        formatted: formatNumber(category.waitNormDays, language),
                        months: monthsOf(category.waitNormDays, language),
                      })}
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}

      <Heading3 className="tp-document__section">{t('document.quotas')}</Heading3>
      {scheme.quotas.length === 0 ? (
        <Paragraph>{t('document.noQuotas')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="document-quotas">
          {scheme.quotas.map((quota, index) => (
            <li key={quota.id ?? index} className="utrecht-unordered-list__item">
              <strong>{quota.label}</strong>: {quotaSentence(quota, scheme.categories, t, language)}.
            </li>
          ))}
        </ul>
      )}

      <Heading3 className="tp-document__section">{t('document.deviations')}</Heading3>
      {accepted.length === 0 ? (
        <Paragraph>{t('document.noDeviations')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="document-deviations">
          {accepted.map((deviation) => (
            <li key={deviation.id} className="utrecht-unordered-list__item">
              {deviationSentence(deviation, scheme.quotas.find((q) => q.id === deviation.quotaId), t, language)}
              <span className="tp-muted tp-block tp-small">{t('document.reason', { reason: deviation.reason })}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

type T = ReturnType<typeof useTranslation<'urgency'>>['t'];

/** "Den Haag – Alle urgenten: 35% in plaats van 30%." */
export function deviationSentence(deviation: Deviation, quota: Quota | undefined, t: T, language: string): string {
  const value = deviation.share !== null ? percentLabel(deviation.share, language) : t('deviations.perYearValue', { count: deviation.perYear ?? 0 });
  const regional = quota ? (quota.share !== null ? percentLabel(quota.share, language) : t('deviations.perYearValue', { count: quota.perYear ?? 0 })) : null;
  return regional
    ? t('document.deviation', { municipality: deviation.municipality.name, quota: deviation.quotaLabel, value, regional })
    : t('document.deviationPlain', { municipality: deviation.municipality.name, quota: deviation.quotaLabel, value });
}
