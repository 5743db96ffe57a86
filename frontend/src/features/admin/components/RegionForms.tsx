import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../shared/components/Field';
import { todayIso } from '../../../shared/format/format';
import { type AdminRegion, useAddRegionMember, useAddSubregion, useCreateRegion, useMunicipalityChoices } from '../api/admin';
import { useFieldMessages } from '../../../shared/api/fieldMessages';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';

const value = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The municipalities to pick from by CBS code; a municipality not listed can still be typed. */
function MunicipalityOptions({ id }: { id: string }) {
  const municipalities = useMunicipalityChoices(true);
  return (
    <datalist id={id}>
      {municipalities.data?.map((m) => (
        <option key={m.code} value={m.code}>
          {m.name}
        </option>
      ))}
    </datalist>
  );
}

function MunicipalityField({ id, name, error, value: current, onChange }: { id: string; name: string; error?: string; value?: string; onChange?: (code: string) => void }) {
  const { t } = useTranslation('admin');
  const listId = `${id}-list`;
  return (
    <Field id={id} label={t('regions.municipalityCode')} hint={t('regions.municipalityHint')} error={error}>
      {(props) => (
        <>
          <input
            {...props}
            name={name}
            required
            list={listId}
            pattern="[Gg][Mm][0-9]{4}"
            autoComplete="off"
            className="utrecht-textbox utrecht-textbox--html-input"
            {...(onChange ? { value: current ?? '', onChange: (e) => onChange(e.target.value) } : {})}
          />
          <MunicipalityOptions id={listId} />
        </>
      )}
    </Field>
  );
}

/** A municipality becomes a member from a date; "te bevestigen" until the platform beheerder confirms it. */
export function AddRegionMemberForm({ region, onDone }: { region: AdminRegion; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const add = useAddRegionMember(region.code);
  const errors = useFieldMessages(add.error).byField;
  const id = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    add.mutate(
      {
        municipalityCode: value(form, 'municipalityCode').toUpperCase(),
        subregionCode: value(form, 'subregionCode') || null,
        validFrom: value(form, 'validFrom'),
        confirmed: form.get('toConfirm') !== 'on',
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="tp-admin-form" onSubmit={onSubmit} aria-label={t('regions.addMemberTitle', { name: region.name })}>
      <ProblemAlert error={add.error} placed={Object.keys(errors)} />
      <MunicipalityField id={`${id}-municipality`} name="municipalityCode" error={errors.municipalityCode} />
      {region.subregions.length > 0 && (
        <Field id={`${id}-subregion`} label={t('regions.subregion')} error={errors.subregionCode}>
          {(props) => (
            <select {...props} name="subregionCode" className="utrecht-select utrecht-select--html-select">
              <option value="">{t('regions.noSubregion')}</option>
              {region.subregions.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id={`${id}-from`} label={t('invite.validFrom')} error={errors.validFrom}>
        {(props) => <input {...props} name="validFrom" type="date" required defaultValue={todayIso()} className="utrecht-textbox utrecht-textbox--html-input" />}
      </Field>
      <label className="tp-check">
        <input type="checkbox" name="toConfirm" />
        {t('regions.markToConfirm')}
      </label>
      <div className="tp-admin-inline">
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
          {t('regions.addMemberSubmit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

export function AddSubregionForm({ region, onDone }: { region: AdminRegion; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const add = useAddSubregion(region.code);
  const errors = useFieldMessages(add.error).byField;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    add.mutate({ code: value(form, 'code').toUpperCase(), name: value(form, 'name') }, { onSuccess: onDone });
  };
  return (
    <form className="tp-admin-form" onSubmit={onSubmit} aria-label={t('regions.addSubregionTitle', { name: region.name })}>
      <ProblemAlert error={add.error} placed={Object.keys(errors)} />
      <FormFieldTextbox
        name="code"
        label={t('regions.subregionCode')}
        description={t('regions.codeHint')}
        required
        pattern="[A-Za-z]{2,6}"
        invalid={Boolean(errors.code)}
        errorMessage={errors.code}
        autoComplete="off"
      />
      <FormFieldTextbox name="name" label={t('regions.subregionName')} required maxLength={200} invalid={Boolean(errors.name)} errorMessage={errors.name} />
      <div className="tp-admin-inline">
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
          {t('regions.addSubregion')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

interface DraftMember {
  key: number;
  municipalityCode: string;
  validFrom: string;
}

/**
 * A new region with its first members (platform beheerder); the server creates its regio organisation too.
 * The members are kept in state, so a refusal loses nothing that was typed.
 */
export function NewRegionForm({ onDone }: { onDone: (created: boolean) => void }) {
  const { t } = useTranslation('admin');
  const create = useCreateRegion();
  const errors = useFieldMessages(create.error).byField;
  const id = useId();
  const [members, setMembers] = useState<DraftMember[]>([{ key: 0, municipalityCode: '', validFrom: todayIso() }]);
  const [nextKey, setNextKey] = useState(1);
  const update = (key: number, patch: Partial<DraftMember>) => setMembers((list) => list.map((m) => (m.key === key ? { ...m, ...patch } : m)));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      {
        code: value(form, 'code').toUpperCase(),
        name: value(form, 'name'),
        subregions: null,
        members: members
          .filter((m) => m.municipalityCode.trim() !== '')
          .map((m) => ({ municipalityCode: m.municipalityCode.trim().toUpperCase(), subregionCode: null, validFrom: m.validFrom })),
      },
      { onSuccess: () => onDone(true) },
    );
  };
  return (
    <form className="tp-admin-form" onSubmit={onSubmit} aria-label={t('regions.newTitle')} data-testid="new-region">
      <ProblemAlert error={create.error} placed={['code', 'name']} />
      <FormFieldTextbox
        name="code"
        label={t('regions.code')}
        description={t('regions.codeHint')}
        required
        pattern="[A-Za-z]{2,6}"
        invalid={Boolean(errors.code)}
        errorMessage={errors.code}
        autoComplete="off"
      />
      <FormFieldTextbox name="name" label={t('regions.name')} required maxLength={200} invalid={Boolean(errors.name)} errorMessage={errors.name} />
      <fieldset className="tp-fieldset">
        <legend>{t('regions.members')}</legend>
        <ul className="tp-admin-members">
          {members.map((m, index) => (
            <li key={m.key} className="tp-admin-member-row">
              <MunicipalityField
                id={`${id}-m${m.key}`}
                name={`municipality-${m.key}`}
                value={m.municipalityCode}
                onChange={(code) => update(m.key, { municipalityCode: code })}
                error={errors[`members[${index}].municipalityCode`]}
              />
              <Field id={`${id}-f${m.key}`} label={t('invite.validFrom')} error={errors[`members[${index}].validFrom`]}>
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    required
                    value={m.validFrom}
                    onChange={(e) => update(m.key, { validFrom: e.target.value })}
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                )}
              </Field>
              {members.length > 1 && (
                <Button type="button" appearance="subtle-button" onClick={() => setMembers((list) => list.filter((x) => x.key !== m.key))}>
                  {t('regions.removeMember', { number: index + 1 })}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setMembers((list) => [...list, { key: nextKey, municipalityCode: '', validFrom: todayIso() }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t('regions.anotherMember')}
        </Button>
      </fieldset>
      <div className="tp-admin-inline">
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('regions.create')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
