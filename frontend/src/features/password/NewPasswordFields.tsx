import { FormFieldTextbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePasswordPolicy } from './api/password';

/** The server's default, used until the policy has loaded (the server checks again anyway). */
export const DEFAULT_MIN_LENGTH = 12;

export function useMinLength(): number {
  return usePasswordPolicy().data?.minLength ?? DEFAULT_MIN_LENGTH;
}

/** A new password twice, with the policy's hint; errors per field. */
export function NewPasswordFields({ errors }: { errors: { password?: string; repeat?: string } }) {
  const { t } = useTranslation('password');
  const min = useMinLength();
  return (
    <>
      <FormFieldTextbox
        name="password"
        type="password"
        label={t('fields.password')}
        description={t('hint', { min })}
        autoComplete="new-password"
        required
        invalid={Boolean(errors.password)}
        errorMessage={errors.password}
      />
      <FormFieldTextbox
        name="repeat"
        type="password"
        label={t('fields.repeat')}
        autoComplete="new-password"
        required
        invalid={Boolean(errors.repeat)}
        errorMessage={errors.repeat}
      />
    </>
  );
}

/** Moves focus to the first field with an error, so a keyboard or screen-reader user lands on it. */
export function focusFirstError(form: HTMLFormElement, errors: Record<string, string>, order: string[]) {
  const first = order.find((name) => errors[name]);
  if (first) form.querySelector<HTMLInputElement>(`[name=${first}]`)?.focus();
}
