/** The app's URLs, in Dutch as users see them. */
export const paths = {
  home: '/',
  /** the glossary: every term the screens use, in plain words */
  glossary: '/begrippen',
  glossaryTerm: (id: string) => `/begrippen#${encodeURIComponent(id)}`,
  /** the accessibility statement (toegankelijkheidsverklaring), readable without signing in */
  accessibility: '/toegankelijkheid',
  /** "Mijn werk": every role's start page ("/" leads there) */
  myWork: '/mijn-werk',
  login: '/login',
  /** the page a single-use link opens (reset, invitation, first beheerder); the backend's mails point here */
  setPassword: (token: string) => `/wachtwoord/nieuw?token=${encodeURIComponent(token)}`,
  forgotPassword: '/wachtwoord/vergeten',
  changePassword: '/wachtwoord/wijzigen',
  /** the logged-in person's own sessions (browsers), with "Overal uitloggen" */
  mySessions: '/mijn-sessies',
  /** the person's own second factor (TOTP app, recovery codes) */
  secondFactor: '/tweestapsverificatie',
  /** the person's notifications (the bell in the header leads here) */
  notifications: '/meldingen',
  /** the start page of a corporatie or zorgaanbieder medewerker */
  partnerHome: '/partner',
  /** administration (beheer): the people list, with its filters as a query string */
  adminPeople: '/beheer',
  adminPerson: (id: number) => `/beheer/personen/${id}`,
  adminInvite: '/beheer/uitnodigen',
  adminBulkInvite: '/beheer/uitnodigen/bestand',
  adminOrganisations: '/beheer/organisaties',
  adminRegions: '/beheer/regios',
  adminAudit: '/beheer/logboek',
  regions: '/regios',
  region: (code: string) => `/regios/${encodeURIComponent(code)}`,
  municipality: (code: string) => `/gemeenten/${encodeURIComponent(code)}`,
  /** a municipality's demand analysis for a year (its current version) */
  demand: (municipality: string, year: number) => `/gemeenten/${encodeURIComponent(municipality)}/vraaganalyse/${year}`,
  /** one version of a demand analysis */
  analysis: (id: number) => `/vraaganalyses/${id}`,
  regionDemand: (region: string, year: number) => `/regios/${encodeURIComponent(region)}/vraaganalyses/${year}`,
  targetGroups: (region: string) => `/regios/${encodeURIComponent(region)}/aandachtsgroepen`,
  /** a region's allocation models (verdeelmodellen) */
  allocationModels: (region: string) => `/regios/${encodeURIComponent(region)}/verdeling`,
  /** the indicator figures the allocation keys use */
  indicators: (region: string) => `/regios/${encodeURIComponent(region)}/indicatoren`,
  /** one allocation model: its scenarios (the programme manager's workspace) */
  allocationModel: (id: number) => `/verdeling/modellen/${id}`,
  /** an adopted model's targets, swaps and realisation */
  allocationResults: (id: number) => `/verdeling/modellen/${id}/resultaat`,
  /** a region's urgentieregeling: all its versions */
  urgencySchemes: (region: string) => `/regios/${encodeURIComponent(region)}/urgentie`,
  /** one version of an urgentieregeling, optionally opened on a tab (regeling, bewerken, afwijkingen, toets) */
  urgencyScheme: (id: number, tab?: string) => `/urgentie/versies/${id}${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`,
  /** two versions side by side */
  urgencyCompare: (a: number, b: number) => `/urgentie/vergelijk?a=${a}&b=${b}`,
  /** a region's woonzorgvisies: one per gemeente or deelregio and period */
  woonzorgvisies: (region: string) => `/regios/${encodeURIComponent(region)}/woonzorgvisie`,
  /** the region's woonzorgvisie templates */
  woonzorgvisieTemplates: (region: string) => `/regios/${encodeURIComponent(region)}/woonzorgvisie/sjablonen`,
  /** one version of a template: the editor (a draft) or its read-only view (published) */
  templateVersion: (id: number, no: number) => `/woonzorgvisie/sjablonen/${id}/versies/${no}`,
  /** one woonzorgvisie: the writing workspace, the review, or the adopted document */
  woonzorgvisie: (id: number) => `/woonzorgvisie/documenten/${id}`,
  /** the cross-region dashboard, with its filters as a query string (jaar, aandachtsgroep, provincie) */
  dashboard: (search?: string) => `/dashboard${search ? `?${search}` : ''}`,
  /** the dashboard's drill-down to one region's municipalities, with the same filters */
  dashboardRegion: (region: string, search?: string) => `/dashboard/regios/${encodeURIComponent(region)}${search ? `?${search}` : ''}`,
};

/** The year whose demand analysis the navigation opens. */
export const currentYear = () => new Date().getFullYear();
