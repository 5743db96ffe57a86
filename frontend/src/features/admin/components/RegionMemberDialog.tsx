import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../shared/components/Dialog';
import { Field } from '../../../shared/components/Field';
import { todayIso } from '../../../shared/format/format';
import { type AdminRegion, type RegionMember, useChangeRegionMember } from '../api/admin';
import { useFieldMessages } from '../../../shared/api/fieldMessages';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';

/**
 * Ends a membership period (end date, today by default) or changes its deelregio and note, against the
 * version read. The dialog stays open with what was typed when the server refuses.
 */
export function RegionMemberDialog({ region, member, ending, onClose }: { region: AdminRegion; member: RegionMember; ending: boolean; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const change = useChangeRegionMember(region.code);
  const errors = useFieldMessages(change.error).byField;
  const name = member.municipality.name;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(field) ?? '').trim() || null;
    change.mutate(
      {
        member,
        // ending shows only the date: the deelregio and note stay as they are
        change: {
          validTo: value('validTo'),
          confirmed: member.confirmed,
          subregionCode: ending ? member.subregionCode : value('subregionCode'),
          note: ending ? member.note : value('note'),
          version: member.version,
        },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog title={ending ? t('regions.endTitle', { name }) : t('regions.changeTitle', { name })} onClose={onClose}>
      <form className="tp-admin-form" onSubmit={onSubmit}>
        <ProblemAlert error={change.error} placed={['validTo', 'subregionCode', 'note']} />
        <Field id="member-to" label={t('membership.endDate')} hint={ending ? undefined : t('invite.validToHint')} error={errors.validTo}>
          {(props) => (
            <input
              {...props}
              name="validTo"
              type="date"
              required={ending}
              min={member.validFrom}
              defaultValue={member.validTo ?? (ending ? todayIso() : '')}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </Field>
        {!ending && (
          <>
            <Field id="member-subregion" label={t('regions.subregion')} error={errors.subregionCode}>
              {(props) => (
                <select {...props} name="subregionCode" defaultValue={member.subregionCode ?? ''} className="utrecht-select utrecht-select--html-select">
                  <option value="">{t('regions.noSubregion')}</option>
                  {region.subregions.map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="member-note" label={t('regions.note')} error={errors.note}>
              {(props) => <textarea {...props} name="note" maxLength={500} rows={3} defaultValue={member.note ?? ''} className="utrecht-textarea" />}
            </Field>
          </>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={change.isPending} disabled={change.isPending}>
            {ending ? t('membership.end') : t('person.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onClose}>
            {t('cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}
