import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../auth/me';
import { finishSwitch, useSwitchPhase } from '../auth/memberships';
import { paths } from '../paths';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { PageFrame } from './PageFrame';

/** Layout of the signed-in part of the app; pages render in the Outlet. */
export function AppLayout() {
  const me = useMe();
  // during a membership switch no page stays mounted: it would refetch its data with the new token
  const phase = useSwitchPhase();
  const { pathname } = useLocation();
  useEffect(() => {
    if (phase === 'arriving' && pathname === paths.home) finishSwitch();
  }, [phase, pathname]);
  const switching = phase !== 'idle';
  return (
    <PageFrame header={<AppHeader me={me.data} />} nav={me.data && <MainNav me={me.data} />}>
      {me.isPending || switching ? <Loading /> : me.isError ? <ErrorMessage error={me.error} /> : <Outlet />}
    </PageFrame>
  );
}
