/** The app's URLs, in Dutch as users see them. */
export const paths = {
  home: '/',
  login: '/login',
  regions: '/regios',
  region: (code: string) => `/regios/${encodeURIComponent(code)}`,
  municipality: (code: string) => `/gemeenten/${encodeURIComponent(code)}`,
};
