import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';
import { PageFrame } from './PageFrame';

/** Layout for pages seen before signing in. */
export function PublicLayout() {
  return (
    <PageFrame header={<AppHeader />}>
      <Outlet />
    </PageFrame>
  );
}
