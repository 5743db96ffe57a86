// The administration pages, loaded together on the first visit to one of them (see AppRoutes).
export { AuditPage } from './AuditPage';
export { BulkInvitePage } from './BulkInvitePage';
export { InvitePage } from './InvitePage';
export { OrganisationsPage } from './OrganisationsPage';
export { PeoplePage } from './PeoplePage';
export { PersonPage } from './PersonPage';
export { RegionsAdminPage } from './RegionsAdminPage';
