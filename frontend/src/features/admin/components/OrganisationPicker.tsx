import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../shared/components/Field';
import { type Organisation, type OrganisationKind, useAdminRegions, useOrganisations } from '../api/admin';

const kindsToInvite: OrganisationKind[] = ['GEMEENTE', 'REGIO', 'PROVINCIE', 'WONINGCORPORATIE', 'ZORGAANBIEDER', 'PLATFORM'];

/**
 * Picks the organisation of a new membership (inviting, or adding one to a person). A platform beheerder
 * sees some 350 organisations (every gemeente) and the list is bounded, so kind and region narrow it on
 * the server before one is chosen, and the hint says when the list is cut off.
 */
export function OrganisationPicker({ id, error, onChange }: { id: string; error?: string; onChange: (organisation: Organisation | undefined) => void }) {
  const { t } = useTranslation('admin');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [regionCode, setRegionCode] = useState('');
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const regions = useAdminRegions();
  const organisations = useOrganisations({ kind: kind || undefined, regionCode: regionCode || undefined });
  const shown = organisations.data?.items.length ?? 0;
  const incomplete = organisations.data !== undefined && organisations.data.total > shown;
  const choose = (chosen: number | null) => {
    setOrganisationId(chosen);
    onChange(organisations.data?.items.find((o) => o.id === chosen));
  };

  return (
    <>
      <Field id={`${id}-kind`} label={t('invite.kind')}>
        {(props) => (
          <select
            {...props}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as OrganisationKind | '');
              choose(null);
            }}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="">{t('invite.allKinds')}</option>
            {kindsToInvite.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-filter-region`} label={t('invite.filterRegion')}>
        {(props) => (
          <select
            {...props}
            value={regionCode}
            onChange={(e) => {
              setRegionCode(e.target.value);
              choose(null);
            }}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="">{t('invite.allRegions')}</option>
            {regions.data?.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id} label={t('invite.organisation')} hint={incomplete ? t('invite.narrow', { shown, total: organisations.data?.total }) : undefined} error={error}>
        {(props) => (
          <select
            {...props}
            name="organisationId"
            required
            value={organisationId ?? ''}
            onChange={(e) => choose(e.target.value ? Number(e.target.value) : null)}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="">{t('invite.chooseOrganisation')}</option>
            {organisations.data?.items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({t(`kinds.${o.kind}`)})
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
