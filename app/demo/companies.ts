// The companies of the demo: the cluster's 126 member companies (the report names only a few; the
// rest are generated from the trades and towns of Saxony-Anhalt's machine and plant building),
// guests from the industry that are not members, the partner institutions named in the report,
// and the foreign companies met at the fairs. All mail and web domains are under .example.
import { createRandom } from './random'

export type CompanyGroup = 'member' | 'guest' | 'institution' | 'press' | 'bulgaria' | 'international'

export type DemoCompany = {
  name: string
  city: string
  country: string
  sector: string
  group: CompanyGroup
  isMember: boolean
  /** YYYY-MM-DD; members only. */
  memberSince?: string
  /** Mail and web domain, always under the reserved .example top-level domain. */
  domain: string
  /** How many people of this company the demo knows (besides the named ones). */
  staff: number
}

/** "heute mit 126 Mitgliedsunternehmen" (annual report 2015, section 1). */
export const MEMBER_COUNT = 126

export const TTI = 'tti Technologietransfer und Innovationsförderung Magdeburg GmbH'
export const IHK_MAGDEBURG = 'IHK Magdeburg'
export const LENA = 'LENA Landesenergieagentur Sachsen-Anhalt'
export const FRAUNHOFER_IFF = 'Fraunhofer IFF Magdeburg'
export const OVGU = 'Otto-von-Guericke-Universität Magdeburg'
export const HOCHSCHULE = 'Hochschule Magdeburg-Stendal'
export const IB = 'IB Investitionsbank Sachsen-Anhalt'
export const ESA = 'ESA Patentverwertungsagentur Sachsen-Anhalt GmbH'
export const MWW = 'MWW Sachsen-Anhalt – Ministerium für Wissenschaft und Wirtschaft'
export const BMWI = 'Bundesministerium für Wirtschaft und Energie'
export const NOVO_TECH = 'NOVO-TECH GmbH & Co. KG'
export const MTU_REMAN = 'MTU Reman Technologies GmbH'
export const INOGET = 'INOGET Christoph Lehmann GmbH'
export const LASERSCANNING = 'Laserscanning Europe GmbH'
export const LUXAA = 'Luxaa® | Tywear – Textile Solutions UG'
export const ICB = 'icb-consulting Carmen Bohndick'

/** Member companies named in the annual report (towns partly assumed). */
const namedMembers: DemoCompany[] = [
  {
    name: NOVO_TECH,
    city: 'Aschersleben',
    sector: 'Holz-Polymer-Werkstoffe (WPC)',
    memberSince: '2009-03-01',
    domain: 'novo-tech.example',
    staff: 4,
  },
  {
    name: MTU_REMAN,
    city: 'Magdeburg',
    sector: 'Remanufacturing von Motoren',
    memberSince: '2012-06-01',
    domain: 'mtu-reman.example',
    staff: 5,
  },
  { name: INOGET, city: 'Magdeburg', sector: 'Probennahmetechnik', memberSince: '2011-09-01', domain: 'inoget.example', staff: 2 },
  {
    name: LASERSCANNING,
    city: 'Magdeburg',
    sector: '3D-Laserscanning und Vermessung',
    memberSince: '2010-04-01',
    domain: 'laserscanning-europe.example',
    staff: 3,
  },
  { name: LUXAA, city: 'Magdeburg', sector: 'Textilien aus Vliesstoff', memberSince: '2014-10-01', domain: 'luxaa.example', staff: 1 },
  {
    name: ICB,
    city: 'Magdeburg',
    sector: 'Anlagen für Düngemittel',
    memberSince: '2013-02-01',
    domain: 'icb-consulting.example',
    staff: 1,
  },
].map((c) => ({ ...c, country: 'DE', group: 'member' as const, isMember: true }))

/** Partners and institutions named in the report; not members. */
const institutions: DemoCompany[] = [
  { name: TTI, city: 'Magdeburg', sector: 'Technologietransfer, Clustermanagement', domain: 'tti-md.example', staff: 2 },
  { name: IHK_MAGDEBURG, city: 'Magdeburg', sector: 'Industrie- und Handelskammer', domain: 'ihk-magdeburg.example', staff: 6 },
  { name: LENA, city: 'Magdeburg', sector: 'Energieagentur', domain: 'lena-lsa.example', staff: 4 },
  { name: FRAUNHOFER_IFF, city: 'Magdeburg', sector: 'Forschung', domain: 'iff-fraunhofer.example', staff: 7 },
  { name: OVGU, city: 'Magdeburg', sector: 'Hochschule', domain: 'ovgu.example', staff: 9 },
  { name: HOCHSCHULE, city: 'Magdeburg', sector: 'Hochschule', domain: 'h2-magdeburg-stendal.example', staff: 5 },
  { name: 'INPLAS e.V.', city: 'Braunschweig', sector: 'Kompetenznetz Plasma-Oberflächentechnik', domain: 'inplas.example', staff: 2 },
  {
    name: 'FTK – Forschungsinstitut für Telekommunikation und Kooperation e.V.',
    city: 'Dortmund',
    sector: 'Forschung',
    domain: 'ftk.example',
    staff: 2,
  },
  { name: 'IHK Chemnitz', city: 'Chemnitz', sector: 'Industrie- und Handelskammer', domain: 'ihk-chemnitz.example', staff: 2 },
  { name: 'Technische Universität Chemnitz', city: 'Chemnitz', sector: 'Hochschule', domain: 'tu-chemnitz.example', staff: 3 },
  { name: IB, city: 'Magdeburg', sector: 'Förderbank', domain: 'ib-lsa.example', staff: 3 },
  { name: ESA, city: 'Magdeburg', sector: 'Patentverwertung', domain: 'esa-pva.example', staff: 2 },
  { name: MWW, city: 'Magdeburg', sector: 'Landesministerium', domain: 'mww-lsa.example', staff: 4 },
  { name: BMWI, city: 'Berlin', sector: 'Bundesministerium', domain: 'bmwi.example', staff: 1 },
].map((c) => ({ ...c, country: 'DE', group: 'institution' as const, isMember: false }))

/** Journalists who report on the cluster's events (fictitious). */
const press: DemoCompany[] = [
  {
    name: 'Redaktionsbüro Elbe-Presse',
    city: 'Magdeburg',
    country: 'DE',
    sector: 'Medien',
    group: 'press',
    isMember: false,
    domain: 'elbe-presse.example',
    staff: 5,
  },
]

/** Foreign companies met at the Hannover Messe (fictitious). */
const internationalCompanies: DemoCompany[] = [
  {
    name: 'Mechanika Precyzyjna Opole Sp. z o.o.',
    city: 'Opole',
    country: 'PL',
    sector: 'Zerspanungstechnik',
    domain: 'mp-opole.example',
    staff: 0,
  },
  {
    name: 'Strojírny Ústí s.r.o.',
    city: 'Ústí nad Labem',
    country: 'CZ',
    sector: 'Anlagenbau',
    domain: 'strojirny-usti.example',
    staff: 0,
  },
  {
    name: 'Van Dijk Industrial Automation B.V.',
    city: 'Eindhoven',
    country: 'NL',
    sector: 'Automatisierungstechnik',
    domain: 'vandijk-automation.example',
    staff: 0,
  },
  { name: 'Anlagentechnik Steyr GmbH', city: 'Steyr', country: 'AT', sector: 'Anlagenbau', domain: 'at-steyr.example', staff: 0 },
  {
    name: 'Pune Precision Engineering Pvt. Ltd.',
    city: 'Pune',
    country: 'IN',
    sector: 'Getriebebau',
    domain: 'pune-precision.example',
    staff: 0,
  },
  {
    name: 'Meccanica Brescia S.r.l.',
    city: 'Brescia',
    country: 'IT',
    sector: 'Sondermaschinenbau',
    domain: 'meccanica-brescia.example',
    staff: 0,
  },
].map((c) => ({ ...c, group: 'international' as const, isMember: false }))

type Town = { name: string; short: string; adjective?: string }

const towns: Town[] = [
  { name: 'Magdeburg', short: 'Magdeburg', adjective: 'Magdeburger' },
  { name: 'Staßfurt', short: 'Staßfurt', adjective: 'Staßfurter' },
  { name: 'Burg', short: 'Burg' },
  { name: 'Dessau-Roßlau', short: 'Dessau', adjective: 'Dessauer' },
  { name: 'Halle (Saale)', short: 'Halle' },
  { name: 'Schönebeck (Elbe)', short: 'Schönebeck', adjective: 'Schönebecker' },
  { name: 'Wernigerode', short: 'Wernigerode' },
  { name: 'Stendal', short: 'Stendal', adjective: 'Stendaler' },
  { name: 'Barleben', short: 'Barleben' },
  { name: 'Klötze', short: 'Klötze' },
  { name: 'Aschersleben', short: 'Aschersleben', adjective: 'Aschersleber' },
  { name: 'Bernburg (Saale)', short: 'Bernburg', adjective: 'Bernburger' },
  { name: 'Haldensleben', short: 'Haldensleben', adjective: 'Haldensleber' },
  { name: 'Wolmirstedt', short: 'Wolmirstedt' },
  { name: 'Genthin', short: 'Genthin', adjective: 'Genthiner' },
  { name: 'Oschersleben (Bode)', short: 'Oschersleben' },
  { name: 'Halberstadt', short: 'Halberstadt', adjective: 'Halberstädter' },
  { name: 'Quedlinburg', short: 'Quedlinburg' },
  { name: 'Köthen (Anhalt)', short: 'Köthen' },
  { name: 'Zerbst/Anhalt', short: 'Zerbst' },
  { name: 'Lutherstadt Wittenberg', short: 'Wittenberg' },
  { name: 'Bitterfeld-Wolfen', short: 'Bitterfeld' },
  { name: 'Sangerhausen', short: 'Sangerhausen' },
  { name: 'Salzwedel', short: 'Salzwedel' },
  { name: 'Gardelegen', short: 'Gardelegen' },
  { name: 'Hettstedt', short: 'Hettstedt' },
  { name: 'Calbe (Saale)', short: 'Calbe' },
  { name: 'Egeln', short: 'Egeln' },
  { name: 'Zeitz', short: 'Zeitz' },
  { name: 'Merseburg', short: 'Merseburg' },
]

const trades = [
  'Anlagenbau',
  'Sondermaschinenbau',
  'Fördertechnik',
  'Industriearmaturen',
  'Getriebebau',
  'Zerspanungstechnik',
  'Automatisierungstechnik',
  'Stahlbau',
  'Metallbau',
  'Hydraulik',
  'Antriebstechnik',
  'Werkzeugbau',
  'Präzisionsteile',
  'Schweißtechnik',
  'Steuerungstechnik',
  'Verpackungsmaschinen',
  'Prüftechnik',
  'Zementanlagenbau',
  'Schienenfahrzeugtechnik',
  'Oberflächentechnik',
  'Umformtechnik',
  'Behälterbau',
  'Messtechnik',
  'Lasertechnik',
  'Industrieservice',
]

const founders = [
  'Krüger',
  'Lehmann',
  'Schulze',
  'Richter',
  'Böttcher',
  'Kretschmer',
  'Heinze',
  'Thiele',
  'Wendt',
  'Seifert',
  'Brückner',
  'Hentschel',
  'Zander',
  'Gerlach',
  'Förster',
  'Haase',
  'Voigt',
  'Kunze',
]

const bulgarianTowns = ['Plovdiv', 'Sofia', 'Stara Zagora', 'Kazanlak', 'Pazardzhik', 'Asenovgrad', 'Karlovo', 'Haskovo']
const bulgarianTrades = [
  'Metalworks',
  'Hydraulics',
  'Machine Building',
  'Automation',
  'Precision Parts',
  'Industrial Valves',
  'Gear Systems',
  'Plant Engineering',
]

/** Lower-case ASCII slug: "Fördertechnik Staßfurt" → "foerdertechnik-stassfurt". */
export function slugify(text: string): string {
  return text
    .replace(/[Ää]/g, 'ae')
    .replace(/[Öö]/g, 'oe')
    .replace(/[Üü]/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function generatedName(random: ReturnType<typeof createRandom>): { base: string; town: Town; trade: string; legalForm: string } {
  const town = random.pick(towns)
  const trade = random.pick(trades)
  const pattern = random.next()
  const legalForm = random.chance(0.8) ? 'GmbH' : 'GmbH & Co. KG'
  if (pattern < 0.6) return { base: `${trade} ${town.short}`, town, trade, legalForm }
  if (pattern < 0.8 && town.adjective) return { base: `${town.adjective} ${trade}`, town, trade, legalForm }
  return { base: `${random.pick(founders)} ${trade}`, town, trade, legalForm }
}

/** Every company of the demo, in a fixed order; names and domains are unique. */
export function buildCompanies(): DemoCompany[] {
  const random = createRandom('companies')
  const companies: DemoCompany[] = [...namedMembers, ...institutions, ...press, ...internationalCompanies]
  const bases = new Set(companies.map((c) => slugify(c.name.replace(/ (GmbH.*|UG|e\.V\.)$/, ''))))

  const generate = (group: 'member' | 'guest', count: number) => {
    for (let made = 0; made < count;) {
      const { base, town, trade, legalForm } = generatedName(random)
      const slug = slugify(base)
      if (bases.has(slug)) continue
      bases.add(slug)
      const isMember = group === 'member'
      // The cluster began in 2008 with its founding members; the rest joined year by year.
      const joined = random.chance(0.3) ? 2008 : random.int(2008, 2015)
      companies.push({
        name: `${base} ${legalForm}`,
        city: town.name,
        country: 'DE',
        sector: trade,
        group,
        isMember,
        memberSince: isMember ? `${joined}-${String(random.int(1, 12)).padStart(2, '0')}-01` : undefined,
        domain: `${slug}.example`,
        staff: isMember ? random.int(2, 5) : random.int(1, 3),
      })
      made++
    }
  }
  generate('member', MEMBER_COUNT - namedMembers.length)
  generate('guest', 40)

  for (let made = 0; made < 24;) {
    const city = random.pick(bulgarianTowns)
    const base = `${random.pick(bulgarianTrades)} ${city}`
    const slug = slugify(base)
    if (bases.has(slug)) continue
    bases.add(slug)
    companies.push({
      name: `${base} ${random.chance(0.7) ? 'OOD' : 'EOOD'}`,
      city,
      country: 'BG',
      sector: 'Maschinenbau',
      group: 'bulgaria',
      isMember: false,
      domain: `${slug}.example`,
      staff: random.int(2, 4),
    })
    made++
  }
  return companies
}
