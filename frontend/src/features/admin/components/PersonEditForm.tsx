import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../api/admin';
import type { usePersonActions } from '../api/admin';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useFieldMessages } from '../../../shared/api/fieldMessages';

/** Name and e-mail address, saved against the version read (409 VERSION_CONFLICT when someone else was first). */
export function PersonEditForm({ person, actions }: { person: PersonDetail; actions: ReturnType<typeof usePersonActions> }) {
  const { t } = useTranslation('admin');
  const errors = useFieldMessages(actions.update.error);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    actions.update.mutate({
      displayName: String(form.get('displayName') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      version: person.version,
    });
  };
  return (
    <form className="tp-admin-form" onSubmit={onSubmit} key={person.version}>
      <ProblemAlert error={actions.update.error} placed={['displayName', 'email']} />
      {actions.update.isSuccess && (
        <p role="status" className="utrecht-paragraph">
          {t('person.saved')}
        </p>
      )}
      <FormFieldTextbox
        name="displayName"
        label={t('person.name')}
        defaultValue={person.displayName}
        required
        autoComplete="off"
        invalid={Boolean(errors.at('displayName'))}
        errorMessage={errors.at('displayName')}
      />
      <FormFieldTextbox
        name="email"
        type="email"
        label={t('person.email')}
        defaultValue={person.email ?? ''}
        required
        autoComplete="off"
        invalid={Boolean(errors.at('email'))}
        errorMessage={errors.at('email')}
      />
      <Button type="submit" appearance="secondary-action-button" busy={actions.update.isPending} disabled={actions.update.isPending}>
        {t('person.save')}
      </Button>
    </form>
  );
}
