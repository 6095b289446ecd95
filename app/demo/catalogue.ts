// The cluster's recurring formats (series), the programme lines its funders ask about, and the
// places its events happen. Addresses of IHK, ministry, university, Fraunhofer IFF, Hochschule and
// tti are the real ones as far as known; the others are plausible inventions for the demo.
import type { Venue } from './spec'

export const series = [
  {
    slug: 'kammerdialog',
    nameDe: 'Kammerdialog',
    nameEn: 'Chamber dialogue',
    descriptionDe: 'Monatlicher Gesprächsabend für Unternehmerinnen und Unternehmer in der IHK Magdeburg.',
    descriptionEn: 'Monthly evening talk for business owners at the Magdeburg Chamber of Commerce.',
  },
  {
    slug: 'clustertagung',
    nameDe: 'Clustertagung / ENERGIEFORUM',
    nameEn: 'Cluster conference / ENERGIEFORUM',
    descriptionDe: 'Die jährliche Tagung des Clusters Sondermaschinen- und Anlagenbau.',
    descriptionEn: 'The annual conference of the special machinery and plant engineering cluster.',
  },
  {
    slug: 'e-business',
    nameDe: 'E-Business-Informationsveranstaltungen',
    nameEn: 'E-business information events',
    descriptionDe: 'Praxisnahe Information zum elektronischen Geschäftsverkehr und zu Industrie 4.0 für kleine und mittlere Unternehmen.',
    descriptionEn: 'Hands-on information on e-business and Industry 4.0 for small and medium-sized companies.',
  },
  {
    slug: 'maschinenbau-tage',
    nameDe: 'Magdeburger Maschinenbau-Tage',
    nameEn: 'Magdeburg Mechanical Engineering Days',
    descriptionDe: 'Internationale Fachtagung der Otto-von-Guericke-Universität, vom Cluster unterstützt.',
    descriptionEn: 'International conference of Otto von Guericke University, supported by the cluster.',
  },
  {
    slug: 'messebeteiligungen',
    nameDe: 'Messebeteiligungen',
    nameEn: 'Trade fair participation',
    descriptionDe: 'Gemeinschaftsstände des Clusters auf Messen im In- und Ausland.',
    descriptionEn: 'The cluster’s joint stands at trade fairs in Germany and abroad.',
  },
] as const

export type SeriesSlug = (typeof series)[number]['slug']

export const programmes = [
  { slug: 'e-business-industrie-40', nameDe: 'E-Business / Industrie 4.0', nameEn: 'E-business / Industry 4.0' },
  { slug: 'remanufacturing', nameDe: 'Remanufacturing', nameEn: 'Remanufacturing' },
  {
    slug: 'leitmarkt-energie-maschinenbau',
    nameDe: 'Leitmarkt Energie, Maschinen- und Anlagenbau, Ressourceneffizienz',
    nameEn: 'Lead market energy, mechanical and plant engineering, resource efficiency',
  },
  { slug: 'energieeffizienz', nameDe: 'Energieeffizienz', nameEn: 'Energy efficiency' },
  { slug: 'internationalisierung', nameDe: 'Internationalisierung', nameEn: 'Internationalisation' },
] as const

export type ProgrammeSlug = (typeof programmes)[number]['slug']

export const venues = {
  ihk: { name: 'IHK Magdeburg', street: 'Alter Markt 8', postcode: '39104', city: 'Magdeburg' },
  mww: {
    name: 'Ministerium für Wissenschaft und Wirtschaft Sachsen-Anhalt',
    street: 'Hasselbachstraße 4',
    postcode: '39104',
    city: 'Magdeburg',
  },
  mtuReman: { name: 'MTU Reman Technologies GmbH', street: 'Am Hansehafen 6', postcode: '39126', city: 'Magdeburg' },
  ovgu: { name: 'Otto-von-Guericke-Universität Magdeburg', street: 'Universitätsplatz 2', postcode: '39106', city: 'Magdeburg' },
  fraunhoferIff: { name: 'Fraunhofer IFF', street: 'Sandtorstraße 22', postcode: '39106', city: 'Magdeburg' },
  experimentelleFabrik: { name: 'Experimentelle Fabrik Magdeburg', street: 'Sandtorstraße 23', postcode: '39106', city: 'Magdeburg' },
  hochschuleMagdeburg: { name: 'Hochschule Magdeburg-Stendal', street: 'Breitscheidstraße 2', postcode: '39114', city: 'Magdeburg' },
  hochschuleStendal: {
    name: 'Hochschule Magdeburg-Stendal, Campus Stendal',
    street: 'Osterburger Straße 25',
    postcode: '39576',
    city: 'Stendal',
  },
  tti: { name: 'tti Magdeburg GmbH, Seminarraum', street: 'Bruno-Wille-Straße 9', postcode: '39108', city: 'Magdeburg' },
  hannoverMesse: { name: 'Messegelände Hannover', street: 'Messegelände', postcode: '30521', city: 'Hannover' },
  plovdivFair: {
    name: 'International Fair Plovdiv',
    street: 'bul. Tsar Boris III Obedinitel 37',
    postcode: '4000',
    city: 'Plovdiv',
    country: 'BG',
  },
} satisfies Record<string, Venue>

/** Who runs the cluster's own events. */
export const CLUSTER_ORGANISER = 'Clustermanagement Sondermaschinen- und Anlagenbau (tti Magdeburg GmbH)'
export const CLUSTER_CONTACT = 'cluster@tti-md.example'
export const CLUSTER_URL = 'https://www.cluster-smab.de'
