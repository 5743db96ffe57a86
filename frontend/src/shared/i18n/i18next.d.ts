import 'i18next';
import type accessibility from './locales/nl/accessibility.json';
import type account from './locales/nl/account.json';
import type admin from './locales/nl/admin.json';
import type allocation from './locales/nl/allocation.json';
import type auth from './locales/nl/auth.json';
import type common from './locales/nl/common.json';
import type dashboard from './locales/nl/dashboard.json';
import type demand from './locales/nl/demand.json';
import type glossary from './locales/nl/glossary.json';
import type municipalities from './locales/nl/municipalities.json';
import type notifications from './locales/nl/notifications.json';
import type mywork from './locales/nl/mywork.json';
import type password from './locales/nl/password.json';
import type regions from './locales/nl/regions.json';
import type richtext from './locales/nl/richtext.json';
import type targetgroups from './locales/nl/targetgroups.json';
import type urgency from './locales/nl/urgency.json';
import type woonzorgvisie from './locales/nl/woonzorgvisie.json';

// Dutch is the reference language: a t('...') key missing from the Dutch files fails type checking.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      account: typeof account;
      admin: typeof admin;
      auth: typeof auth;
      regions: typeof regions;
      municipalities: typeof municipalities;
      demand: typeof demand;
      targetgroups: typeof targetgroups;
      allocation: typeof allocation;
      urgency: typeof urgency;
      woonzorgvisie: typeof woonzorgvisie;
      dashboard: typeof dashboard;
      password: typeof password;
      glossary: typeof glossary;
      notifications: typeof notifications;
      mywork: typeof mywork;
      accessibility: typeof accessibility;
      richtext: typeof richtext;
    };
  }
}
