import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldError } from '../../../shared/components/Field';
import { type Organisation, useAdminRegions, useSaveOrganisation } from '../api/admin';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useFieldMessages } from '../../../shared/api/fieldMessages';

/** A woningcorporatie or zorgaanbieder: new (organisation null) or changed against its version. */
export function OrganisationForm({ organisation, onDone }: { organisation: Organisation | null; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const regions = useAdminRegions();
  const save = useSaveOrganisation();
  const errors = useFieldMessages(save.error);
  const chosen = new Set(organisation?.regions.map((r) => r.code) ?? []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const kvkNumber = String(form.get('kvkNumber') ?? '').trim();
    const regionCodes = form.getAll('regionCodes').map(String);
    const kind = String(form.get('kind')) === 'ZORGAANBIEDER' ? 'ZORGAANBIEDER' : 'WONINGCORPORATIE';
    save.mutate(
      organisation
        ? { id: organisation.id, change: { name, kvkNumber, regionCodes, version: organisation.version } }
        : { id: null, create: { kind, name, kvkNumber, regionCodes } },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="tp-admin-form" onSubmit={onSubmit}>
      <ProblemAlert error={save.error} placed={['kind', 'name', 'kvkNumber', 'regionCodes']} />
      {!organisation && (
        <Field id="org-kind" label={t('organisations.kind')} error={errors.at('kind')}>
          {(props) => (
            <select {...props} name="kind" className="utrecht-select utrecht-select--html-select">
              <option value="WONINGCORPORATIE">{t('kinds.WONINGCORPORATIE')}</option>
              <option value="ZORGAANBIEDER">{t('kinds.ZORGAANBIEDER')}</option>
            </select>
          )}
        </Field>
      )}
      <FormFieldTextbox
        name="name"
        label={t('organisations.name')}
        defaultValue={organisation?.name ?? ''}
        required
        invalid={Boolean(errors.at('name'))}
        errorMessage={errors.at('name')}
      />
      <FormFieldTextbox
        name="kvkNumber"
        label={t('organisations.kvk')}
        description={t('organisations.kvkHint')}
        defaultValue={organisation?.kvkNumber ?? ''}
        inputMode="numeric"
        pattern="[0-9]{8}"
        required
        invalid={Boolean(errors.at('kvkNumber'))}
        errorMessage={errors.at('kvkNumber')}
      />
      <fieldset className="tp-fieldset" aria-invalid={errors.at('regionCodes') ? true : undefined} aria-describedby={errors.at('regionCodes') ? 'org-regions-error' : undefined}>
        <legend>{t('organisations.regions')}</legend>
        <FieldError id="org-regions-error" message={errors.at('regionCodes')} />
        {regions.data?.map((r) => (
          <label key={r.code} className="tp-check">
            <input type="checkbox" name="regionCodes" value={r.code} defaultChecked={chosen.has(r.code)} />
            {r.name}
          </label>
        ))}
      </fieldset>
      <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
        {t('organisations.save')}
      </Button>
    </form>
  );
}
