import { Alert, Button, FormFieldTextbox, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { formatDate } from '../../../shared/format/format';
import { demandKeys, putDeadline } from '../api/demand';

interface Props {
  region: string;
  year: number;
  deadline: string | null;
  /** the deadline's lock version as read with it (null while there is none), sent back with a change */
  version: number | null;
  /** the region's programme manager may change it */
  editable: boolean;
}

export function DeadlineSection({ region, year, deadline, version, editable }: Props) {
  const { t, i18n } = useTranslation('demand');
  const queryClient = useQueryClient();
  const [value, setValue] = useState(deadline ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (date: string) => putDeadline(region, year, date, version),
    // The overview and every analysis of the year show the deadline and whether it has passed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: demandKeys.all }),
    // someone else changed it meanwhile: show theirs (and its new version) before this one is tried again
    onError: (error) => {
      if (isApiError(error) && error.problem.code === 'VERSION_CONFLICT') void queryClient.invalidateQueries({ queryKey: demandKeys.all });
    },
  });
  const conflict = isApiError(save.error) && save.error.problem.code === 'VERSION_CONFLICT';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      setError(t('region.deadlineRequired'));
      return;
    }
    setError(undefined);
    save.mutate(value);
  };

  return (
    <section aria-labelledby="deadline-title" className="tp-deadline" data-testid="deadline">
      <Heading2 id="deadline-title">{t('region.deadline')}</Heading2>
      <Paragraph>
        {deadline ? t('region.deadlineIs', { date: formatDate(deadline, i18n.language) }) : t('region.noDeadline', { year })}
      </Paragraph>
      {editable && (
        <form onSubmit={onSubmit} noValidate className="tp-inline-form">
          <FormFieldTextbox
            label={t('region.deadlineLabel')}
            type="date"
            name="deadline"
            value={value}
            invalid={Boolean(error)}
            errorMessage={error}
            onChange={(event) => setValue((event.target as HTMLInputElement).value)}
          />
          <Button type="submit" appearance="secondary-action-button" busy={save.isPending} disabled={save.isPending}>
            {t('region.deadlineSave')}
          </Button>
        </form>
      )}
      <div role="status">
        {save.isSuccess && <Paragraph>{t('region.deadlineSaved')}</Paragraph>}
      </div>
      {save.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(conflict ? 'region.deadlineConflict' : 'region.deadlineFailed')}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
