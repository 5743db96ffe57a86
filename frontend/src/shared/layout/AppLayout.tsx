import { Outlet } from 'react-router';
import { useMe } from '../auth/me';
import { useIsSwitchingMembership } from '../auth/memberships';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { PageFrame } from './PageFrame';

/** Layout of the signed-in part of the app; pages render in the Outlet. */
export function AppLayout() {
  const me = useMe();
  // during a membership switch no page stays mounted: it would refetch its data with the new token
  const switching = useIsSwitchingMembership();
  return (
    <PageFrame header={<AppHeader me={me.data} />} nav={me.data && <MainNav me={me.data} />}>
      {me.isPending || switching ? <Loading /> : me.isError ? <ErrorMessage error={me.error} /> : <Outlet />}
    </PageFrame>
  );
}
