import { Alert, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { setTargetGroupActive, targetGroupKeys, useRegionName, useTargetGroups, type TargetGroup } from './api/targetGroups';
import { AddTargetGroupForm } from './components/AddTargetGroupForm';
import { TargetGroupsTable } from './components/TargetGroupsTable';
import './targetgroups.css';
import { TermHelp } from '../../shared/glossary/Term';

/** /regios/:code/aandachtsgroepen: the region's target groups; its programme manager switches them on and off and adds own ones. */
export function TargetGroupsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('targetgroups');
  const queryClient = useQueryClient();
  const me = useMe();
  const groups = useTargetGroups(code);
  const regionName = useRegionName(code);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  usePageTitle(t('title'));

  const toggle = useMutation({
    mutationFn: ({ group, active }: { group: TargetGroup; active: boolean }) => setTargetGroupActive(code, group, active),
    onSuccess: (updated) => {
      queryClient.setQueryData<TargetGroup[]>(targetGroupKeys.region(code), (list) =>
        list?.map((group) => (group.code === updated.code ? updated : group)),
      );
      setMessage({ type: 'ok', text: t(updated.active ? 'switchedOn' : 'switchedOff', { name: updated.name }) });
    },
    onError: (error) => {
      const conflict = isApiError(error, 409);
      if (conflict) void queryClient.invalidateQueries({ queryKey: targetGroupKeys.region(code) });
      setMessage({ type: 'error', text: t(conflict ? 'conflict' : 'failed') });
    },
  });

  if (groups.isPending) return <Loading />;
  if (groups.isError) return <ErrorMessage error={groups.error} />;

  const manages =
    me.data?.role === 'PLATFORM_ADMIN' || (me.data?.role === 'REGION_PROGRAMME_MANAGER' && me.data.region?.code === code);
  const sorted = [...groups.data].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>{regionName.data ?? code}</PreHeading>
        <Heading1>{t('title')}</Heading1>
      </hgroup>
      <Paragraph>
        {t(manages ? 'intro' : 'introReadOnly')} <TermHelp id="aandachtsgroep" />
      </Paragraph>
      {message && (
        <Alert type={message.type} role={message.type === 'ok' ? 'status' : 'alert'} data-testid="target-group-message">
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <TargetGroupsTable
        groups={sorted}
        editable={manages}
        busyCode={toggle.isPending ? toggle.variables.group.code : null}
        onToggle={(group, active) => {
          setMessage(null);
          toggle.mutate({ group, active });
        }}
      />
      {manages && (
        <>
          <Heading2>{t('add.title')}</Heading2>
          <AddTargetGroupForm region={code} onAdded={(group) => setMessage({ type: 'ok', text: t('add.added', { name: group.name }) })} />
        </>
      )}
    </>
  );
}
