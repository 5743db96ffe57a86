import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import i18n from '../shared/i18n/i18n';
import { signOutBrowser } from './session';

// CI runs on 2 noisy cores and the first test of a file also loads its lazy page (and ECharts):
// wait up to 5 s for what the page will show, instead of the default 1 s.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  sessionStorage.clear();
  signOutBrowser();
  localStorage.clear();
  await i18n.changeLanguage('nl');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
