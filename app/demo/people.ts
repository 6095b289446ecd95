// The people of the demo: the few named in the annual report, and generated people with German
// (or Bulgarian, at the Plovdiv fair) names at the companies. E-mails are normalised and unique,
// `vorname.nachname@firmen-domain.example`, so one person's registrations across events join up.
import { BMWI, FRAUNHOFER_IFF, ICB, INOGET, TTI, slugify, type DemoCompany } from './companies'
import { createRandom, type Random } from './random'

/** Whose events the person is drawn for: visitors from the region, journalists, from Bulgaria, from abroad; tti's own staff. */
export type PersonPool = 'region' | 'press' | 'bulgaria' | 'international' | 'tti'

export type DemoPerson = {
  /** Named people have a key the events refer to (e.g. "klaeger"). */
  key?: string
  email: string
  firstName: string
  lastName: string
  title?: string
  jobTitle?: string
  company: string | null
  locale: 'de' | 'en'
  pool: PersonPool
  /** How keen the person is on events: regulars come to most chamber dialogue evenings. */
  weight: number
}

type NamedPerson = Omit<DemoPerson, 'email' | 'weight' | 'locale'> & { key: string; domain: string }

/** People named in the annual report 2015. Only their names and roles there are real. */
const named: NamedPerson[] = [
  {
    key: 'klaeger',
    title: 'Dr.-Ing.',
    firstName: 'Michael',
    lastName: 'Klaeger',
    jobTitle: 'Clustermanager',
    company: TTI,
    domain: 'tti-md.example',
    pool: 'tti',
  },
  {
    key: 'ihlow',
    title: 'Dr.-Ing.',
    firstName: 'Günter',
    lastName: 'Ihlow',
    jobTitle: 'Clustermanagement',
    company: TTI,
    domain: 'tti-md.example',
    pool: 'tti',
  },
  {
    key: 'gleicke',
    firstName: 'Iris',
    lastName: 'Gleicke',
    jobTitle: 'Parlamentarische Staatssekretärin',
    company: BMWI,
    domain: 'bmwi.example',
    pool: 'region',
  },
  {
    key: 'schenk',
    title: 'Prof.',
    firstName: 'Michael',
    lastName: 'Schenk',
    company: FRAUNHOFER_IFF,
    domain: 'iff-fraunhofer.example',
    pool: 'region',
  },
  { key: 'malorny', title: 'Dr.', firstName: 'Christian', lastName: 'Malorny', company: null, domain: 'post.example', pool: 'region' },
  {
    key: 'nathusius',
    firstName: 'Heinrich',
    lastName: 'von Nathusius',
    jobTitle: 'Unternehmer',
    company: null,
    domain: 'post.example',
    pool: 'region',
  },
  {
    key: 'bohndick',
    firstName: 'Carmen',
    lastName: 'Bohndick',
    jobTitle: 'Inhaberin',
    company: ICB,
    domain: 'icb-consulting.example',
    pool: 'region',
  },
  {
    key: 'lehmann',
    firstName: 'Christoph',
    lastName: 'Lehmann',
    jobTitle: 'Geschäftsführer',
    company: INOGET,
    domain: 'inoget.example',
    pool: 'region',
  },
]

/** Guests from abroad at the Hannover Messe cooperation exchange (fictitious). */
const international: Array<Pick<DemoPerson, 'firstName' | 'lastName' | 'jobTitle'> & { company: string; domain: string }> = [
  {
    firstName: 'Piotr',
    lastName: 'Nowak',
    jobTitle: 'Managing Director',
    company: 'Mechanika Precyzyjna Opole Sp. z o.o.',
    domain: 'mp-opole.example',
  },
  {
    firstName: 'Agnieszka',
    lastName: 'Kowalska',
    jobTitle: 'Sales Manager',
    company: 'Mechanika Precyzyjna Opole Sp. z o.o.',
    domain: 'mp-opole.example',
  },
  { firstName: 'Tomáš', lastName: 'Novák', jobTitle: 'Chief Engineer', company: 'Strojírny Ústí s.r.o.', domain: 'strojirny-usti.example' },
  {
    firstName: 'Jana',
    lastName: 'Dvořáková',
    jobTitle: 'Purchasing Manager',
    company: 'Strojírny Ústí s.r.o.',
    domain: 'strojirny-usti.example',
  },
  {
    firstName: 'Pieter',
    lastName: 'de Vries',
    jobTitle: 'Business Development',
    company: 'Van Dijk Industrial Automation B.V.',
    domain: 'vandijk-automation.example',
  },
  {
    firstName: 'Sanne',
    lastName: 'Jansen',
    jobTitle: 'Project Engineer',
    company: 'Van Dijk Industrial Automation B.V.',
    domain: 'vandijk-automation.example',
  },
  { firstName: 'Markus', lastName: 'Huber', jobTitle: 'Geschäftsführer', company: 'Anlagentechnik Steyr GmbH', domain: 'at-steyr.example' },
  {
    firstName: 'Rahul',
    lastName: 'Deshpande',
    jobTitle: 'Managing Director',
    company: 'Pune Precision Engineering Pvt. Ltd.',
    domain: 'pune-precision.example',
  },
  {
    firstName: 'Priya',
    lastName: 'Kulkarni',
    jobTitle: 'Export Manager',
    company: 'Pune Precision Engineering Pvt. Ltd.',
    domain: 'pune-precision.example',
  },
  {
    firstName: 'Marco',
    lastName: 'Ferrari',
    jobTitle: 'Technical Director',
    company: 'Meccanica Brescia S.r.l.',
    domain: 'meccanica-brescia.example',
  },
  {
    firstName: 'Giulia',
    lastName: 'Bianchi',
    jobTitle: 'Sales Engineer',
    company: 'Meccanica Brescia S.r.l.',
    domain: 'meccanica-brescia.example',
  },
]

const maleNames = [
  'Andreas',
  'Thomas',
  'Michael',
  'Frank',
  'Uwe',
  'Jens',
  'Steffen',
  'Matthias',
  'Torsten',
  'Ralf',
  'Dirk',
  'Holger',
  'Carsten',
  'Sven',
  'Jörg',
  'Lutz',
  'Mario',
  'René',
  'Heiko',
  'Olaf',
  'Peter',
  'Klaus',
  'Jürgen',
  'Bernd',
  'Hartmut',
  'Wolfgang',
  'Rainer',
  'Detlef',
  'Volker',
  'Gerd',
  'Stefan',
  'Christian',
  'Daniel',
  'Martin',
  'Sebastian',
  'Tobias',
  'Marco',
  'Enrico',
  'Ronny',
  'Maik',
  'Kai',
  'Axel',
  'Dietmar',
  'Lars',
  'Norbert',
  'Marcel',
  'Philipp',
  'Florian',
  'Alexander',
  'Tino',
  'Silvio',
  'Henrik',
  'Johannes',
  'Benjamin',
  'Robert',
  'Karsten',
  'André',
  'Ingo',
  'Hans-Jürgen',
  'Karl-Heinz',
]
const femaleNames = [
  'Kerstin',
  'Petra',
  'Sabine',
  'Katrin',
  'Anja',
  'Claudia',
  'Susanne',
  'Heike',
  'Manuela',
  'Silke',
  'Ines',
  'Kathrin',
  'Antje',
  'Simone',
  'Yvonne',
  'Nicole',
  'Sandra',
  'Birgit',
  'Cornelia',
  'Ute',
  'Andrea',
  'Martina',
  'Doreen',
  'Jana',
  'Juliane',
  'Franziska',
  'Stefanie',
  'Christina',
  'Sarah',
  'Anne',
  'Julia',
  'Maria',
  'Carolin',
  'Grit',
  'Annett',
  'Diana',
  'Janine',
  'Nadine',
  'Romy',
  'Ulrike',
  'Dagmar',
  'Gabriele',
  'Monika',
  'Karin',
  'Elke',
  'Bettina',
  'Mandy',
  'Peggy',
  'Sylvia',
  'Marion',
  'Daniela',
  'Tina',
  'Anke',
]
const surnames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Schulze',
  'Köhler',
  'Herrmann',
  'König',
  'Walter',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Lang',
  'Scholz',
  'Möller',
  'Weiß',
  'Jung',
  'Hahn',
  'Schubert',
  'Vogel',
  'Friedrich',
  'Keller',
  'Günther',
  'Frank',
  'Berger',
  'Winkler',
  'Roth',
  'Beck',
  'Lorenz',
  'Baumann',
  'Franke',
  'Albrecht',
  'Schuster',
  'Simon',
  'Ludwig',
  'Böhm',
  'Winter',
  'Kraus',
  'Schumacher',
  'Krämer',
  'Vogt',
  'Stein',
  'Jäger',
  'Otto',
  'Sommer',
  'Groß',
  'Seidel',
  'Heinrich',
  'Brandt',
  'Haas',
  'Schreiber',
  'Graf',
  'Dietrich',
  'Ziegler',
  'Kuhn',
  'Kühn',
  'Pohl',
  'Engel',
  'Horn',
  'Busch',
  'Bergmann',
  'Voigt',
  'Sauer',
  'Arnold',
  'Wolff',
  'Pfeiffer',
  'Kretschmer',
  'Ulbricht',
  'Seifert',
  'Thiele',
  'Heinze',
  'Böttcher',
  'Kunze',
  'Wendt',
  'Göbel',
  'Lindner',
  'Brückner',
  'Mertens',
  'Rudolph',
  'Haase',
  'Zander',
  'Förster',
  'Gerlach',
  'Hentschel',
  'Kramer',
  'Schindler',
  'Fiedler',
  'Gräfe',
  'Hennig',
  'Jahn',
  'Reinhardt',
  'Steinbach',
  'Wilke',
  'Zieger',
  'Baum',
  'Dittrich',
]

const bulgarianMale = [
  'Georgi',
  'Ivan',
  'Dimitar',
  'Nikolay',
  'Petar',
  'Hristo',
  'Stoyan',
  'Todor',
  'Vasil',
  'Krasimir',
  'Plamen',
  'Valentin',
  'Stefan',
  'Aleksandar',
  'Yordan',
  'Kiril',
  'Lyubomir',
  'Rumen',
  'Angel',
]
const bulgarianFemale = [
  'Maria',
  'Elena',
  'Ivanka',
  'Desislava',
  'Radka',
  'Gergana',
  'Svetla',
  'Tsvetelina',
  'Milena',
  'Daniela',
  'Yordanka',
  'Petya',
  'Teodora',
  'Nadezhda',
  'Vesela',
]
const bulgarianSurnames = [
  'Petrov',
  'Ivanov',
  'Dimitrov',
  'Georgiev',
  'Nikolov',
  'Hristov',
  'Stoyanov',
  'Todorov',
  'Iliev',
  'Angelov',
  'Kolev',
  'Atanasov',
  'Marinov',
  'Popov',
  'Yordanov',
  'Vasilev',
  'Mihaylov',
  'Kostov',
  'Rusev',
  'Stefanov',
]

// [male, female]
const companyJobs: Array<[string, string]> = [
  ['Technischer Leiter', 'Technische Leiterin'],
  ['Konstrukteur', 'Konstrukteurin'],
  ['Vertriebsleiter', 'Vertriebsleiterin'],
  ['Leiter Qualitätsmanagement', 'Leiterin Qualitätsmanagement'],
  ['Energiemanager', 'Energiemanagerin'],
  ['Leiter IT', 'Leiterin IT'],
  ['Projektingenieur', 'Projektingenieurin'],
  ['Produktionsleiter', 'Produktionsleiterin'],
  ['Einkaufsleiter', 'Einkaufsleiterin'],
  ['Entwicklungsingenieur', 'Entwicklungsingenieurin'],
]
const institutionJobs: Array<[string, string]> = [
  ['Referent', 'Referentin'],
  ['Wissenschaftlicher Mitarbeiter', 'Wissenschaftliche Mitarbeiterin'],
  ['Abteilungsleiter', 'Abteilungsleiterin'],
  ['Projektleiter', 'Projektleiterin'],
]
const bulgarianJobs = ['Managing Director', 'Sales Manager', 'Chief Engineer', 'Purchasing Manager', 'Production Manager']

/** The local part of an e-mail address: "Jürgen" "von Nathusius" → "juergen.von-nathusius". */
export function emailLocalPart(firstName: string, lastName: string): string {
  return `${slugify(firstName)}.${slugify(lastName)}`
}

function weightFor(random: Random): number {
  const roll = random.next()
  return roll < 0.12 ? 6 : roll < 0.42 ? 2.5 : 1
}

export function buildPeople(companies: DemoCompany[]): DemoPerson[] {
  const random = createRandom('people')
  const emails = new Set<string>()
  const people: DemoPerson[] = []
  const add = (person: DemoPerson) => {
    if (emails.has(person.email)) return false
    emails.add(person.email)
    people.push(person)
    return true
  }

  for (const { domain, ...person } of named) {
    add({ ...person, email: `${emailLocalPart(person.firstName, person.lastName)}@${domain}`, locale: 'de', weight: 1 })
  }
  for (const { domain, ...person } of international) {
    add({
      ...person,
      email: `${emailLocalPart(person.firstName, person.lastName)}@${domain}`,
      locale: 'en',
      pool: 'international',
      weight: 1,
    })
  }

  for (const company of companies) {
    for (let made = 0; made < company.staff;) {
      const female = random.chance(company.group === 'institution' ? 0.45 : 0.3)
      const bulgarian = company.group === 'bulgaria'
      let firstName: string
      let lastName: string
      let jobTitle: string
      let title: string | undefined
      if (bulgarian) {
        firstName = random.pick(female ? bulgarianFemale : bulgarianMale)
        const surname = random.pick(bulgarianSurnames)
        lastName = female ? `${surname}a` : surname
        jobTitle = made === 0 ? 'Managing Director' : random.pick(bulgarianJobs)
      } else {
        firstName = random.pick(female ? femaleNames : maleNames)
        lastName = random.pick(surnames)
        const jobs = company.group === 'institution' ? institutionJobs : companyJobs
        const lead: [string, string] =
          company.group === 'institution' ? ['Abteilungsleiter', 'Abteilungsleiterin'] : ['Geschäftsführer', 'Geschäftsführerin']
        jobTitle = (company.group === 'press' ? (['Redakteur', 'Redakteurin'] as const) : made === 0 ? lead : random.pick(jobs))[
          female ? 1 : 0
        ]
        const roll = random.next()
        if (company.sector === 'Hochschule' && made === 0) title = 'Prof. Dr.-Ing.'
        else if (roll < (company.group === 'institution' ? 0.25 : 0.06)) title = 'Dr.-Ing.'
        else if (roll < (company.group === 'institution' ? 0.35 : 0.1)) title = 'Dr.'
      }
      const added = add({
        email: `${emailLocalPart(firstName, lastName)}@${company.domain}`,
        firstName,
        lastName,
        title,
        jobTitle,
        company: company.name,
        locale: bulgarian ? 'en' : 'de',
        pool: company.name === TTI ? 'tti' : company.group === 'press' ? 'press' : bulgarian ? 'bulgaria' : 'region',
        weight: weightFor(random),
      })
      if (added) made++
    }
  }
  return people
}

/** Looks people up the way the event definitions refer to them. */
export class PeopleIndex {
  private byKey = new Map<string, DemoPerson>()
  private byCompany = new Map<string, DemoPerson[]>()

  constructor(readonly all: DemoPerson[]) {
    for (const person of all) {
      if (person.key) this.byKey.set(person.key, person)
      if (person.company) this.byCompany.set(person.company, [...(this.byCompany.get(person.company) ?? []), person])
    }
  }

  /**
   * A named person ("klaeger"), or the n-th generated person of a company ("company:IHK Magdeburg#2",
   * 1-based; the named people of the report are only ever meant by their key).
   */
  get(ref: string): DemoPerson {
    const match = /^company:(.+?)(?:#(\d+))?$/.exec(ref)
    const person = match ? this.ofCompany(match[1]!).filter((p) => !p.key)[Number(match[2] ?? 1) - 1] : this.byKey.get(ref)
    if (!person) throw new Error(`demo: no person ${ref}`)
    return person
  }

  ofCompany(name: string): DemoPerson[] {
    return this.byCompany.get(name) ?? []
  }

  inPool(pool: PersonPool): DemoPerson[] {
    return this.all.filter((p) => p.pool === pool)
  }
}
