import type { Me } from '../../shared/auth/me';

/** Who owns the region's templates and reviews its documents: its programme manager, or the platform administrator. */
export const managesRegion = (me: Me | undefined, region: string) =>
  me?.role === 'PLATFORM_ADMIN' || (me?.role === 'REGION_PROGRAMME_MANAGER' && me.region?.code === region);

/** Who may start a woonzorgvisie in the region: the manager for any member, a gemeente for itself. */
export const writesInRegion = (me: Me | undefined, region: string) =>
  managesRegion(me, region) || (me?.role === 'MUNICIPALITY_OFFICER' && me.region?.code === region && me.municipality !== null);
