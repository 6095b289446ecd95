// Every translation file, for the server, tests and scripts. A new namespace is a pair of files
// app/locales/{de,en}/<ns>.json plus its two lines here (a test checks that none is missing).
// The browser does not import this file: it loads only its language's files (entry.client.tsx).
import { i18nBaseConfig } from './i18n'
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import deCheckin from '~/locales/de/checkin.json'
import deCommon from '~/locales/de/common.json'
import deEvents from '~/locales/de/events.json'
import deFair from '~/locales/de/fair.json'
import deMail from '~/locales/de/mail.json'
import deOrganiser from '~/locales/de/organiser.json'
import deProgramme from '~/locales/de/programme.json'
import dePrivacy from '~/locales/de/privacy.json'
import deRegistration from '~/locales/de/registration.json'
import deReports from '~/locales/de/reports.json'
import deStaffRegistrations from '~/locales/de/staffRegistrations.json'
import deCompanies from '~/locales/de/companies.json'
import deSeries from '~/locales/de/series.json'
import enAdmin from '~/locales/en/admin.json'
import enAuth from '~/locales/en/auth.json'
import enCheckin from '~/locales/en/checkin.json'
import enCommon from '~/locales/en/common.json'
import enEvents from '~/locales/en/events.json'
import enFair from '~/locales/en/fair.json'
import enMail from '~/locales/en/mail.json'
import enOrganiser from '~/locales/en/organiser.json'
import enProgramme from '~/locales/en/programme.json'
import enPrivacy from '~/locales/en/privacy.json'
import enRegistration from '~/locales/en/registration.json'
import enReports from '~/locales/en/reports.json'
import enCompanies from '~/locales/en/companies.json'
import enSeries from '~/locales/en/series.json'
import enStaffRegistrations from '~/locales/en/staffRegistrations.json'

export const resources = {
  de: {
    common: deCommon,
    events: deEvents,
    auth: deAuth,
    admin: deAdmin,
    registration: deRegistration,
    organiser: deOrganiser,
    mail: deMail,
    programme: deProgramme,
    staffRegistrations: deStaffRegistrations,
    checkin: deCheckin,
    series: deSeries,
    companies: deCompanies,
    reports: deReports,
    fair: deFair,
    privacy: dePrivacy,
  },
  en: {
    common: enCommon,
    events: enEvents,
    auth: enAuth,
    admin: enAdmin,
    registration: enRegistration,
    organiser: enOrganiser,
    mail: enMail,
    programme: enProgramme,
    staffRegistrations: enStaffRegistrations,
    checkin: enCheckin,
    series: enSeries,
    companies: enCompanies,
    reports: enReports,
    fair: enFair,
    privacy: enPrivacy,
  },
} as const

export const namespaces = Object.keys(resources.de) as (keyof (typeof resources)['de'])[]

/** The full configuration with all resources (server-side rendering, mails, PDFs). */
export const i18nConfig = { ...i18nBaseConfig, ns: namespaces, resources }
