import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { addTargetGroup, targetGroupKeys, type TargetGroup } from '../api/targetGroups';

/** Adds a group of the region's own, e.g. "Oekraïense ontheemden". */
export function AddTargetGroupForm({ region, onAdded }: { region: string; onAdded: (group: TargetGroup) => void }) {
  const { t } = useTranslation('targetgroups');
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = useMutation({
    mutationFn: (value: string) => addTargetGroup(region, value),
    onSuccess: (group) => {
      queryClient.setQueryData<TargetGroup[]>(targetGroupKeys.region(region), (list) => [...(list ?? []), group]);
      setName('');
      onAdded(group);
    },
    onError: (failure) => {
      if (isApiError(failure, 409)) setError(t('add.exists'));
      else if (isApiError(failure, 400)) setError(failure.problem.fields?.[0]?.message ?? failure.problem.detail ?? t('add.failed'));
      else setError(t('add.failed'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = name.trim();
    if (!value) return setError(t('add.required'));
    setError(undefined);
    add.mutate(value);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="tp-inline-form" data-testid="add-target-group">
      <FormFieldTextbox
        label={t('add.name')}
        name="name"
        value={name}
        required
        invalid={Boolean(error)}
        errorMessage={error}
        onChange={(event) => setName((event.target as HTMLInputElement).value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
        {t('add.submit')}
      </Button>
    </form>
  );
}
