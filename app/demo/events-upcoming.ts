// Upcoming events, open for registration. Their dates are derived from `now` by the rules the
// cluster plans by (first Wednesday of the month, Hannover Messe in April …), so the demo has
// events to register for whenever it is started. On 24 Nov 2026 that gives the chamber dialogues of
// December 2026, January and February 2027, the cluster conference and the Hannover Messe 2027.
import { CLUSTER_CONTACT, CLUSTER_ORGANISER, CLUSTER_URL, venues } from './catalogue'
import { FRAUNHOFER_IFF, HOCHSCHULE, IHK_MAGDEBURG, LASERSCANNING, LENA, MTU_REMAN, NOVO_TECH, OVGU, TTI } from './companies'
import { ANY_MEMBER, type DemoEventSpec, type QuestionSpec } from './spec'
import { MONDAY, THURSDAY, TUESDAY, WEDNESDAY, addCalendarDays, addDays, at, dayOf, nextWeekday, nthWeekdayOfMonth } from './time'

const cluster = { organiser: CLUSTER_ORGANISER, contactEmail: CLUSTER_CONTACT }
const region = { pools: ['region' as const] }

const dietaryChoice: QuestionSpec = {
  kind: 'CHOICE',
  labelDe: 'Verpflegung',
  labelEn: 'Catering',
  required: true,
  options: [
    { value: 'standard', de: 'Keine Einschränkung', en: 'No restrictions' },
    { value: 'vegetarian', de: 'Vegetarisch', en: 'Vegetarian' },
    { value: 'vegan', de: 'Vegan', en: 'Vegan' },
  ],
}
const joinsDinner: QuestionSpec = { kind: 'BOOLEAN', labelDe: 'Ich nehme am Abendessen teil', labelEn: 'I will join the dinner' }
const joinsSnack: QuestionSpec = {
  kind: 'BOOLEAN',
  labelDe: 'Ich nehme am anschließenden Imbiss teil',
  labelEn: 'I will stay for refreshments afterwards',
}
const questionForSpeaker: QuestionSpec = {
  kind: 'TEXT',
  labelDe: 'Ihre Frage an den Referenten (optional)',
  labelEn: 'Your question for the speaker (optional)',
}

/** The first planned date at least `leadDays` after today, trying this year and the next ones. */
function nextYearly(today: string, leadDays: number, dateIn: (year: number) => string): string {
  const earliest = addCalendarDays(today, leadDays)
  for (let year = Number(today.slice(0, 4)); ; year++) {
    const day = dateIn(year)
    if (day >= earliest) return day
  }
}

/** The first Wednesdays of the coming months; 6 January is a public holiday in Saxony-Anhalt. */
function nextChamberDialogueDays(today: string, count: number): string[] {
  const earliest = addCalendarDays(today, 5)
  const days: string[] = []
  let year = Number(today.slice(0, 4))
  let month = Number(today.slice(5, 7))
  while (days.length < count) {
    let day = nthWeekdayOfMonth(year, month, WEDNESDAY, 1)
    if (day.endsWith('-01-06')) day = addCalendarDays(day, 7)
    if (day >= earliest) days.push(day)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
  return days
}

const chamberTopics = [
  {
    de: 'Energiepreise: Strategien für produzierende Unternehmen',
    en: 'Energy prices: strategies for manufacturers',
    speaker: `company:${LENA}#1`,
    confirmed: 28,
    cancelled: 2,
  },
  {
    de: 'Künstliche Intelligenz in Konstruktion und Fertigung',
    en: 'Artificial intelligence in design and production',
    speaker: `company:${OVGU}#2`,
    confirmed: 17,
    cancelled: 1,
  },
  {
    de: 'Fachkräfte aus dem Ausland gewinnen',
    en: 'Recruiting skilled workers from abroad',
    speaker: `company:${IHK_MAGDEBURG}#3`,
    confirmed: 9,
    cancelled: 0,
  },
]

export function upcomingEvents(now: Date): DemoEventSpec[] {
  const today = dayOf(now)
  const window = (startDay: string, closeDaysBefore = 1, openedDaysAgo = 21) => ({
    opensAt: addDays(now, -openedDaysAgo),
    closesAt: at(`${addCalendarDays(startDay, -closeDaysBefore)} 12:00`),
  })

  const dialogues: DemoEventSpec[] = nextChamberDialogueDays(today, 3).map((day, i) => {
    const topic = chamberTopics[i]!
    return {
      slug: `kammerdialog-${day.slice(0, 7)}`,
      kind: 'DIALOGUE',
      titleDe: `Kammerdialog: ${topic.de}`,
      titleEn: `Chamber dialogue: ${topic.en}`,
      summaryDe: 'Gesprächsabend für Unternehmerinnen und Unternehmer des Maschinen- und Anlagenbaus in der IHK Magdeburg.',
      summaryEn: 'Evening talk for owners and managers of machine and plant builders at the Magdeburg Chamber of Commerce.',
      descriptionDe: `Impuls und Gespräch zum Thema „${topic.de}“, anschließend Imbiss und Austausch.`,
      descriptionEn: `A short talk and discussion on “${topic.en}”, followed by refreshments and networking.`,
      starts: `${day} 18:00`,
      ends: `${day} 20:30`,
      venue: venues.ihk,
      ...cluster,
      series: 'kammerdialog',
      capacity: 60,
      registration: window(day),
      attendance: { counting: 'open', pool: region, confirmed: topic.confirmed, cancelled: topic.cancelled },
      staff: ['klaeger'],
      sessions: [{ titleDe: topic.de, titleEn: topic.en, starts: `${day} 18:15`, ends: `${day} 19:00`, speakers: [topic.speaker] }],
      partners: [
        { company: IHK_MAGDEBURG, role: 'HOST' },
        { company: TTI, role: 'CO_HOST', url: CLUSTER_URL },
      ],
      questions: [joinsSnack, questionForSpeaker],
    }
  })

  const remanDay = nextWeekday(addCalendarDays(today, 21), TUESDAY)
  const remanufacturing: DemoEventSpec = {
    slug: `workshop-remanufacturing-${remanDay}`,
    kind: 'WORKSHOP',
    titleDe: 'Workshop Remanufacturing: Befundung und Aufarbeitung von Motorkomponenten',
    titleEn: 'Remanufacturing workshop: inspecting and reconditioning engine components',
    summaryDe: 'Arbeitskreis Remanufacturing, zu Gast bei der MTU Reman Technologies GmbH, mit Werksführung. Nur 12 Plätze.',
    summaryEn: 'Remanufacturing working group, hosted by MTU Reman Technologies GmbH, with a plant tour. Only 12 seats.',
    descriptionDe:
      'Wie wird aus einem gebrauchten Bauteil wieder ein Produkt in Neuqualität? Praxis der Befundung, Reinigung und ' +
      'Aufarbeitung, dazu Erfahrungen aus dem Netzwerk Industrial REMAN. Bei voller Teilnehmerzahl führen wir eine Warteliste.',
    descriptionEn:
      'How does a used part become a product as good as new? Inspection, cleaning and reconditioning in practice, with ' +
      'experience from the Industrial REMAN network. When all seats are taken, we keep a waiting list.',
    starts: `${remanDay} 09:30`,
    ends: `${remanDay} 15:00`,
    venue: venues.mtuReman,
    ...cluster,
    programmes: ['remanufacturing', 'leitmarkt-energie-maschinenbau'],
    capacity: 12,
    waitlistEnabled: true,
    registration: window(remanDay, 3),
    attendance: {
      counting: 'open',
      pool: {
        companies: [MTU_REMAN, NOVO_TECH, FRAUNHOFER_IFF, OVGU],
        sectors: ['Getriebebau', 'Antriebstechnik', 'Industrieservice', 'Prüftechnik'],
      },
      confirmed: 11,
      cancelled: 1,
    },
    staff: ['klaeger'],
    partners: [{ company: MTU_REMAN, role: 'HOST' }],
    questions: [
      {
        kind: 'TEXT',
        labelDe: 'Welche Produkte bereiten Sie auf – oder möchten Sie aufbereiten?',
        labelEn: 'Which products do you remanufacture, or want to?',
        required: true,
      },
      { kind: 'BOOLEAN', labelDe: 'Ich nehme an der Werksführung teil', labelEn: 'I will join the plant tour' },
    ],
  }

  const infoDay = nextWeekday(addCalendarDays(today, 49), THURSDAY)
  const eBusiness: DemoEventSpec = {
    slug: `e-business-${infoDay}`,
    kind: 'WORKSHOP',
    titleDe: 'E-Business-Informationsveranstaltung: E-Rechnung im Maschinenbau – XRechnung und ZUGFeRD in der Praxis',
    titleEn: 'E-business information event: e-invoicing in mechanical engineering – XRechnung and ZUGFeRD in practice',
    summaryDe: 'Was die Pflicht zur E-Rechnung für kleine und mittlere Maschinenbauer bedeutet, und wie die Umstellung gelingt.',
    summaryEn: 'What mandatory e-invoicing means for small and medium-sized machine builders, and how to make the switch.',
    starts: `${infoDay} 14:00`,
    ends: `${infoDay} 17:00`,
    venue: venues.experimentelleFabrik,
    ...cluster,
    series: 'e-business',
    programmes: ['e-business-industrie-40'],
    capacity: 40,
    registration: window(infoDay, 2, 14),
    attendance: { counting: 'open', pool: region, confirmed: 16, cancelled: 1 },
    staff: ['ihlow'],
    sessions: [
      {
        kind: 'WORKSHOP',
        titleDe: 'E-Rechnung in der Praxis',
        titleEn: 'E-invoicing in practice',
        starts: `${infoDay} 14:00`,
        ends: `${infoDay} 17:00`,
        speakers: [`company:${TTI}#1`],
      },
    ],
    partners: [{ company: TTI, role: 'HOST', url: CLUSTER_URL }],
    questions: [
      {
        kind: 'CHOICE',
        labelDe: 'Wie weit ist Ihr Unternehmen mit der E-Rechnung?',
        labelEn: 'How far is your company with e-invoicing?',
        options: [
          { value: 'not-started', de: 'Noch nicht begonnen', en: 'Not started yet' },
          { value: 'preparing', de: 'In Vorbereitung', en: 'Preparing' },
          { value: 'in-use', de: 'Schon im Einsatz', en: 'Already in use' },
        ],
      },
      { kind: 'TEXT', labelDe: 'Ihre Fragen vorab (optional)', labelEn: 'Your questions in advance (optional)' },
    ],
  }

  const conferenceDay = nextYearly(today, 60, (year) => nthWeekdayOfMonth(year, 5, WEDNESDAY, 3))
  const conferenceYear = conferenceDay.slice(0, 4)
  const d = (time: string) => `${conferenceDay} ${time}`
  const clusterConference: DemoEventSpec = {
    slug: `clustertagung-${conferenceYear}`,
    kind: 'CONFERENCE',
    titleDe: `Clustertagung ${conferenceYear}: Industrie 4.0 im Sondermaschinen- und Anlagenbau`,
    titleEn: `Cluster conference ${conferenceYear}: Industry 4.0 in special machinery and plant engineering`,
    summaryDe: 'Die jährliche Tagung des Clusters: vernetzte Produktion im Mittelstand, mit Praxisberichten und Workshop.',
    summaryEn: 'The cluster’s annual conference: connected production in small and medium-sized firms, with case studies and a workshop.',
    descriptionDe:
      'Es geht um nicht mehr oder weniger als die Zukunftsfähigkeit der Betriebe der Branche. Die Clustertagung zeigt, ' +
      'wie kleine und mittlere Unternehmen in Industrie 4.0 einsteigen – mit Forschung, Hochschule und Praxisberichten ' +
      'aus Clusterunternehmen. Am Nachmittag: Workshop zum Reifegrad-Check (begrenzte Plätze) parallel zum Podium.',
    descriptionEn:
      'Nothing less than the future of the industry’s companies is at stake. The cluster conference shows how small and ' +
      'medium-sized firms get started with Industry 4.0 – with research, university and case studies from cluster ' +
      'companies. In the afternoon: a maturity-check workshop (limited seats) alongside the panel.',
    starts: d('09:30'),
    ends: d('16:30'),
    venue: venues.fraunhoferIff,
    ...cluster,
    series: 'clustertagung',
    programmes: ['e-business-industrie-40'],
    capacity: 150,
    registration: window(conferenceDay, 7, 30),
    attendance: { counting: 'open', pool: region, confirmed: 64, cancelled: 3 },
    staff: ['ihlow', `company:${TTI}#1`],
    rooms: [
      { name: 'Konferenzsaal', capacity: 150 },
      { name: 'Seminarraum', capacity: 30 },
    ],
    sessions: [
      { room: 'Konferenzsaal', titleDe: 'Begrüßung', titleEn: 'Welcome', starts: d('09:30'), ends: d('09:45'), speakers: ['klaeger'] },
      {
        room: 'Konferenzsaal',
        kind: 'KEYNOTE',
        titleDe: 'Industrie 4.0 im Mittelstand: Wo stehen wir?',
        titleEn: 'Industry 4.0 in small and medium-sized firms: where do we stand?',
        starts: d('09:45'),
        ends: d('10:30'),
        speakers: [`company:${FRAUNHOFER_IFF}#1`],
      },
      {
        room: 'Konferenzsaal',
        titleDe: 'Modellprojekt Industrie 4.0 mit Unternehmen aus Sachsen-Anhalt',
        titleEn: 'Industry 4.0 pilot project with companies from Saxony-Anhalt',
        starts: d('10:30'),
        ends: d('11:15'),
        speakers: [`company:${HOCHSCHULE}#1`],
      },
      { room: 'Konferenzsaal', kind: 'BREAK', titleDe: 'Kaffeepause', titleEn: 'Coffee break', starts: d('11:15'), ends: d('11:30') },
      {
        room: 'Konferenzsaal',
        titleDe: 'Praxisbericht: Vernetzte Fertigung im Sondermaschinenbau',
        titleEn: 'Case study: connected production in special machinery',
        starts: d('11:30'),
        ends: d('12:15'),
        speakers: [`company:${LASERSCANNING}#2`],
      },
      { room: 'Konferenzsaal', kind: 'BREAK', titleDe: 'Mittagspause', titleEn: 'Lunch', starts: d('12:15'), ends: d('13:00') },
      {
        room: 'Konferenzsaal',
        kind: 'PANEL',
        titleDe: 'Podium: Was Industrie 4.0 kleinen Betrieben bringt',
        titleEn: 'Panel: what Industry 4.0 offers small firms',
        starts: d('13:00'),
        ends: d('14:30'),
        speakers: ['klaeger', `company:${FRAUNHOFER_IFF}#1`, `company:${HOCHSCHULE}#1`],
      },
      {
        room: 'Seminarraum',
        kind: 'WORKSHOP',
        titleDe: 'Workshop: Reifegrad-Check Industrie 4.0',
        titleEn: 'Workshop: Industry 4.0 maturity check',
        starts: d('13:00'),
        ends: d('14:30'),
        speakers: [`company:${TTI}#2`],
        capacity: 30,
        chosenBy: 0.3,
      },
    ],
    speakerStatus: { [`company:${LASERSCANNING}#2`]: 'INVITED' },
    partners: [
      { company: TTI, role: 'HOST', url: CLUSTER_URL },
      { company: FRAUNHOFER_IFF, role: 'CO_HOST' },
      { company: IHK_MAGDEBURG, role: 'SUPPORTER' },
    ],
    questions: [
      dietaryChoice,
      joinsDinner,
      {
        kind: 'TEXT',
        labelDe: 'Themenwünsche für das Podium (optional)',
        labelEn: 'Topics you would like the panel to discuss (optional)',
      },
    ],
  }

  const fairDay = nextYearly(today, 60, (year) => nextWeekday(`${year}-04-12`, MONDAY))
  const fairYear = fairDay.slice(0, 4)
  const hannoverMesse: DemoEventSpec = {
    slug: `hannover-messe-${fairYear}`,
    kind: 'FAIR',
    titleDe: `Hannover Messe ${fairYear} – Gemeinschaftsstand und Kooperationsbörse`,
    titleEn: `Hannover Messe ${fairYear} – joint stand and cooperation exchange`,
    summaryDe: 'Clusterunternehmen auf dem Gemeinschaftsstand, mit einer Kooperationsbörse mit internationaler Beteiligung.',
    summaryEn: 'Cluster companies on the joint stand, with a cooperation exchange with international participants.',
    descriptionDe:
      'Melden Sie sich für die Kooperationsbörse an und vereinbaren Sie Gespräche mit den Ausstellern des ' +
      'Gemeinschaftsstands. Aussteller bewerben sich über das Clustermanagement um einen Platz.',
    descriptionEn:
      'Register for the cooperation exchange and book meetings with the exhibitors on the joint stand. Exhibitors apply ' +
      'for a place through the cluster management.',
    starts: `${fairDay} 09:00`,
    ends: `${addCalendarDays(fairDay, 4)} 18:00`,
    venue: venues.hannoverMesse,
    ...cluster,
    series: 'messebeteiligungen',
    programmes: ['internationalisierung'],
    capacity: 80,
    registration: window(fairDay, 7, 30),
    attendance: { counting: 'open', pool: { pools: ['region', 'international'] }, confirmed: 22 },
    staff: ['klaeger', `company:${TTI}#1`],
    fair: {
      stands: [
        {
          hall: 'Halle 2',
          number: 'B22',
          kind: 'JOINT',
          equipment: 'Gemeinschaftsstand: Theke, zwei Besprechungstische, Lager, Bildschirm',
          x: 30,
          y: 18,
          width: 14,
          depth: 6,
          exhibitors: [
            {
              company: LASERSCANNING,
              areaSqm: 12,
              topicsDe: '3D-Laserscanning und Referenzkugeln',
              topicsEn: '3D laser scanning and reference spheres',
            },
            { company: ANY_MEMBER, areaSqm: 12, topicsDe: 'Automatisierte Montagelinien', topicsEn: 'Automated assembly lines' },
            {
              company: ANY_MEMBER,
              areaSqm: 12,
              topicsDe: 'Industriearmaturen mit Plasmabeschichtung',
              topicsEn: 'Plasma-coated industrial valves',
            },
            { company: ANY_MEMBER, areaSqm: 12, topicsDe: 'Remanufacturing von Getrieben', topicsEn: 'Gearbox remanufacturing' },
          ],
        },
      ],
      applicants: [
        { company: ANY_MEMBER, areaWantedSqm: 9, topicsDe: 'Prüfstände für Wärmeübertrager', topicsEn: 'Test rigs for heat exchangers' },
      ],
      staffPerExhibitor: 2,
      meetings: [
        { status: 'ACCEPTED', count: 4 },
        { status: 'REQUESTED', count: 3 },
      ],
    },
    questions: [
      {
        kind: 'CHOICE',
        labelDe: 'Ihre Teilnahme',
        labelEn: 'Your participation',
        required: true,
        options: [
          { value: 'exchange', de: 'Kooperationsbörse mit Gesprächswünschen', en: 'Cooperation exchange with meeting requests' },
          { value: 'visit', de: 'Nur Standbesuch', en: 'Stand visit only' },
        ],
      },
      { kind: 'TEXT', labelDe: 'Was bieten Sie an?', labelEn: 'What do you offer?', exchangeField: 'OFFER' },
      { kind: 'TEXT', labelDe: 'Was suchen Sie?', labelEn: 'What are you looking for?', exchangeField: 'SEEK' },
    ],
  }

  const plovdivDay = nextYearly(today, 60, (year) => addCalendarDays(nthWeekdayOfMonth(year, 10, MONDAY, 1), -7))
  const plovdivDraft: DemoEventSpec = {
    slug: `industriemesse-plovdiv-${plovdivDay.slice(0, 4)}`,
    kind: 'FAIR',
    status: 'DRAFT',
    titleDe: `Industriemesse Plovdiv ${plovdivDay.slice(0, 4)}`,
    titleEn: `International Technical Fair Plovdiv ${plovdivDay.slice(0, 4)}`,
    summaryDe: 'In Planung: Gemeinschaftsstand auf der Industriemesse in Plovdiv.',
    summaryEn: 'In planning: joint stand at the technical fair in Plovdiv.',
    starts: `${plovdivDay} 10:00`,
    ends: `${addCalendarDays(plovdivDay, 5)} 18:00`,
    timeZone: 'Europe/Sofia',
    venue: venues.plovdivFair,
    ...cluster,
    series: 'messebeteiligungen',
    programmes: ['internationalisierung'],
    attendance: { counting: 'open', pool: { pools: ['bulgaria'] }, confirmed: 0 },
  }

  const auditDay = nextWeekday(addCalendarDays(today, 10), WEDNESDAY)
  const calledOffWorkshop: DemoEventSpec = {
    slug: `workshop-energieaudit-${auditDay}`,
    kind: 'WORKSHOP',
    status: 'CANCELLED',
    cancelledAt: addDays(now, -2),
    titleDe: 'Workshop Energieaudit: Wiederholungsaudit nach EDL-G vorbereiten',
    titleEn: 'Energy audit workshop: preparing the repeat audit under the EDL-G',
    summaryDe: 'Abgesagt – ein neuer Termin folgt.',
    summaryEn: 'Cancelled – a new date will follow.',
    starts: `${auditDay} 09:30`,
    ends: `${auditDay} 12:30`,
    venue: venues.tti,
    ...cluster,
    programmes: ['energieeffizienz'],
    capacity: 25,
    registration: window(auditDay, 1, 30),
    attendance: { counting: 'called-off', pool: region, cancelled: 7, reason: 'Referent erkrankt – ein neuer Termin folgt.' },
  }

  return [...dialogues, remanufacturing, eBusiness, clusterConference, hannoverMesse, plovdivDraft, calledOffWorkshop].sort((a, b) =>
    a.starts.localeCompare(b.starts),
  )
}
