// The cluster's 2015 programme, after its annual report: "23 Veranstaltungen für Unternehmen mit
// 1307 Teilnehmern". The named events carry the report's dates and figures (ENERGIEFORUM "ca. 80",
// working group Remanufacturing 10, Industriedialog Ost "über 100"); the monthly chamber dialogues
// and the e-business information events fill the year up to exactly 23 events and 1,307
// participants under the counting rules (app/domain/reports/counting.server.ts). One e-business event
// was called off, so it is not counted.
import { CLUSTER_CONTACT, CLUSTER_ORGANISER, CLUSTER_URL, venues } from './catalogue'
import {
  FRAUNHOFER_IFF,
  HOCHSCHULE,
  IB,
  IHK_MAGDEBURG,
  INOGET,
  LASERSCANNING,
  LENA,
  MTU_REMAN,
  MWW,
  NOVO_TECH,
  OVGU,
  TTI,
} from './companies'
import { ANY_MEMBER, type Attendance, type DemoEventSpec } from './spec'
import { addCalendarDays, at } from './time'

const region = { pools: ['region' as const] }

const cluster = { organiser: CLUSTER_ORGANISER, contactEmail: CLUSTER_CONTACT }

const energieforum: DemoEventSpec = {
  slug: 'energieforum-2015',
  kind: 'CONFERENCE',
  titleDe: '4. ENERGIEFORUM Sachsen-Anhalt – Clustertagung 2015',
  titleEn: '4th ENERGIEFORUM Saxony-Anhalt – cluster conference 2015',
  summaryDe: 'Energieeinsparung im Maschinen- und Anlagenbau: Praxisbeispiele aus Clusterunternehmen.',
  summaryEn: 'Saving energy in mechanical and plant engineering: practical examples from cluster companies.',
  descriptionDe:
    'Die jährliche Tagung des Clusters Sondermaschinen- und Anlagenbau, gemeinsam mit der LENA Landesenergieagentur als ' +
    '4. ENERGIEFORUM Sachsen-Anhalt und mit Unterstützung der IHK Magdeburg. Auch wenn Energiekosten meist unter 10 % ' +
    'der Produktionskosten liegen, sichern Einsparungen die Wettbewerbsfähigkeit. Mit Praxisbeispielen der NOVO-TECH ' +
    'GmbH & Co. KG und der MTU Reman Technologies GmbH.',
  descriptionEn:
    'The annual conference of the special machinery and plant engineering cluster, held with the LENA state energy ' +
    'agency as the 4th ENERGIEFORUM Saxony-Anhalt and supported by the Magdeburg Chamber of Commerce. Energy is ' +
    'usually below 10 % of production costs, yet savings keep companies competitive. With practical examples from ' +
    'NOVO-TECH GmbH & Co. KG and MTU Reman Technologies GmbH.',
  starts: '2015-05-20 09:30',
  ends: '2015-05-20 14:30',
  venue: venues.ihk,
  ...cluster,
  series: 'clustertagung',
  programmes: ['energieeffizienz', 'leitmarkt-energie-maschinenbau'],
  capacity: 120,
  attendance: { counting: 'checkins', pool: region, participants: 80, press: 2, walkIns: 4, noShows: 14, cancelled: 5, mistakenScans: 1 },
  staff: ['klaeger', `company:${TTI}#1`, `company:${TTI}#2`],
  rooms: [
    { name: 'Großer Saal', capacity: 150 },
    { name: 'Seminarraum 1', capacity: 30 },
  ],
  sessions: [
    {
      room: 'Großer Saal',
      titleDe: 'Begrüßung',
      titleEn: 'Welcome',
      starts: '2015-05-20 09:30',
      ends: '2015-05-20 09:45',
      speakers: [`company:${IHK_MAGDEBURG}#1`, `company:${LENA}#1`],
    },
    {
      room: 'Großer Saal',
      kind: 'KEYNOTE',
      titleDe: 'Energieeffizienz in der Industrie Sachsen-Anhalts',
      titleEn: 'Energy efficiency in Saxony-Anhalt’s industry',
      starts: '2015-05-20 09:45',
      ends: '2015-05-20 10:30',
      speakers: [`company:${LENA}#2`],
    },
    {
      room: 'Großer Saal',
      titleDe: 'Praxisbeispiel NOVO-TECH: Energie sparen in der WPC-Extrusion',
      titleEn: 'Case study NOVO-TECH: saving energy in WPC extrusion',
      starts: '2015-05-20 10:30',
      ends: '2015-05-20 11:00',
      speakers: [`company:${NOVO_TECH}#1`],
    },
    {
      room: 'Großer Saal',
      kind: 'BREAK',
      titleDe: 'Kaffeepause',
      titleEn: 'Coffee break',
      starts: '2015-05-20 11:00',
      ends: '2015-05-20 11:15',
    },
    {
      room: 'Großer Saal',
      titleDe: 'Praxisbeispiel MTU Reman: Ressourcen schonen durch Wiederaufarbeitung',
      titleEn: 'Case study MTU Reman: saving resources by remanufacturing',
      starts: '2015-05-20 11:15',
      ends: '2015-05-20 11:45',
      speakers: [`company:${MTU_REMAN}#1`],
    },
    {
      room: 'Großer Saal',
      titleDe: 'Energieaudit nach EDL-G: Pflicht und Chance',
      titleEn: 'Energy audits under the EDL-G: duty and opportunity',
      starts: '2015-05-20 11:45',
      ends: '2015-05-20 12:15',
      speakers: ['ihlow'],
    },
    { room: 'Großer Saal', kind: 'BREAK', titleDe: 'Mittagspause', titleEn: 'Lunch', starts: '2015-05-20 12:15', ends: '2015-05-20 13:00' },
    {
      room: 'Großer Saal',
      kind: 'PANEL',
      titleDe: 'Podium: Wettbewerbsfähig durch Energieeffizienz',
      titleEn: 'Panel: competitive through energy efficiency',
      starts: '2015-05-20 13:00',
      ends: '2015-05-20 14:30',
      speakers: ['klaeger', `company:${NOVO_TECH}#1`, `company:${MTU_REMAN}#1`, `company:${LENA}#2`],
    },
    {
      room: 'Seminarraum 1',
      kind: 'WORKSHOP',
      titleDe: 'Workshop: Förderprogramme für Energieeffizienz',
      titleEn: 'Workshop: funding programmes for energy efficiency',
      starts: '2015-05-20 13:00',
      ends: '2015-05-20 14:30',
      speakers: [`company:${IB}#1`],
      capacity: 30,
    },
  ],
  partners: [
    { company: TTI, role: 'HOST', url: CLUSTER_URL },
    { company: LENA, role: 'CO_HOST' },
    { company: IHK_MAGDEBURG, role: 'SUPPORTER' },
  ],
}

const leitmarktAuftakt: DemoEventSpec = {
  slug: 'leitmarkt-auftakt-2015',
  kind: 'MEETING',
  isPublic: false,
  titleDe: 'Auftakt Leitmarkt-Arbeitskreis „Energie, Maschinen- und Anlagenbau, Ressourceneffizienz“',
  titleEn: 'Kick-off of the lead-market working group “Energy, mechanical and plant engineering, resource efficiency”',
  summaryDe: 'Impulsvortrag „Maschinen- und Anlagenbau“ durch den Clustermanager Dr. Michael Klaeger.',
  summaryEn: 'Keynote “Mechanical and plant engineering” by cluster manager Dr. Michael Klaeger.',
  descriptionDe:
    'Auftaktveranstaltung des Leitmarkt-Arbeitskreises im Ministerium für Wissenschaft und Wirtschaft. Das ' +
    'Clustermanagement brachte die Branche mit einem Impulsvortrag ein. Eingeladen hatte das Ministerium; gezählt ' +
    'wurde nach dessen Teilnehmerliste.',
  descriptionEn:
    'Kick-off of the lead-market working group at the Ministry of Science and Economic Affairs. The cluster ' +
    'management contributed a keynote on the industry. The ministry sent the invitations; attendance was taken ' +
    'from its list.',
  starts: '2015-04-24 10:00',
  ends: '2015-04-24 13:00',
  venue: venues.mww,
  organiser: MWW,
  programmes: ['leitmarkt-energie-maschinenbau'],
  attendance: {
    counting: 'headcount',
    pool: region,
    headcount: 30,
    note: 'Teilnehmerliste des MWW (30 Personen); Anmeldung lief nicht über das Cluster.',
    registered: 0,
  },
  sessions: [
    {
      kind: 'KEYNOTE',
      titleDe: 'Impulsvortrag: Maschinen- und Anlagenbau',
      titleEn: 'Keynote: mechanical and plant engineering',
      starts: '2015-04-24 10:30',
      ends: '2015-04-24 11:00',
      speakers: ['klaeger'],
    },
  ],
  partners: [{ company: MWW, role: 'HOST' }],
}

const remanufacturing: DemoEventSpec = {
  slug: 'ag-remanufacturing-2015-08',
  kind: 'MEETING',
  titleDe: '1. Arbeitsgruppentreffen Remanufacturing',
  titleEn: 'Remanufacturing working group: first meeting',
  summaryDe: 'Der Arbeitskreis „Remanufacturing“ im Leitmarkt trifft sich erstmals, zu Gast bei der MTU Reman Technologies GmbH.',
  summaryEn: 'The lead market’s remanufacturing working group meets for the first time, hosted by MTU Reman Technologies GmbH.',
  descriptionDe:
    'Das Clustermanagement leitet den Arbeitskreis „Remanufacturing“. Thema des ersten Treffens: das geplante ' +
    'Magdeburger Reman-Competence-Center (MRCC) mit dem Fraunhofer IFF und die Potenziale der industriellen ' +
    'Wiederaufarbeitung in Sachsen-Anhalt.',
  descriptionEn:
    'The cluster management leads the remanufacturing working group. First meeting: the planned Magdeburg ' +
    'Reman Competence Center (MRCC) with Fraunhofer IFF and the potential of industrial remanufacturing in ' +
    'Saxony-Anhalt.',
  starts: '2015-08-25 10:00',
  ends: '2015-08-25 14:00',
  venue: venues.mtuReman,
  ...cluster,
  programmes: ['remanufacturing', 'leitmarkt-energie-maschinenbau'],
  capacity: 15,
  attendance: {
    counting: 'checkins',
    pool: {
      companies: [MTU_REMAN, NOVO_TECH, FRAUNHOFER_IFF, OVGU],
      sectors: ['Getriebebau', 'Antriebstechnik', 'Industrieservice', 'Prüftechnik'],
    },
    participants: 10,
    noShows: 1,
    cancelled: 1,
  },
  staff: ['klaeger'],
  partners: [{ company: MTU_REMAN, role: 'HOST' }],
}

const maschinenbauTage: DemoEventSpec = {
  slug: 'maschinenbau-tage-2015',
  kind: 'CONFERENCE',
  titleDe: '12. Magdeburger Maschinenbau-Tage „SMART, EFFIZIENT, MOBIL“',
  titleEn: '12th Magdeburg Mechanical Engineering Days “SMART, EFFICIENT, MOBILE”',
  summaryDe: 'Internationale Fachtagung an der Otto-von-Guericke-Universität; das Cluster wirkt im Programmbeirat mit und sponsert.',
  summaryEn: 'International conference at Otto von Guericke University; the cluster sits on the programme board and sponsors it.',
  descriptionDe:
    'Das Clustermanagement SMAB unterstützt die internationale Fachtagung durch Mitwirkung im Programmbeirat, ' +
    'finanzielles Sponsoring und die Gewinnung von Unternehmen zur aktiven Mitwirkung an der Tagung.',
  descriptionEn:
    'The cluster management supports the international conference on the programme board, with sponsorship, and ' +
    'by winning companies to contribute to it.',
  starts: '2015-09-30 09:00',
  ends: '2015-10-01 16:30',
  venue: venues.ovgu,
  organiser: OVGU,
  series: 'maschinenbau-tage',
  capacity: 400,
  attendance: { counting: 'checkins', pool: region, participants: 312, press: 2, walkIns: 8, noShows: 31, cancelled: 9, days: 'most' },
  staff: ['klaeger'],
  rooms: [
    { name: 'Hörsaal 1', capacity: 300 },
    { name: 'Hörsaal 2', capacity: 120 },
  ],
  sessions: [
    {
      room: 'Hörsaal 1',
      kind: 'KEYNOTE',
      titleDe: 'Eröffnung: Maschinenbau smart, effizient, mobil',
      titleEn: 'Opening: mechanical engineering smart, efficient, mobile',
      starts: '2015-09-30 09:00',
      ends: '2015-09-30 10:00',
      speakers: [`company:${OVGU}#1`],
    },
    {
      room: 'Hörsaal 1',
      titleDe: 'Die digitale Fabrik im Mittelstand',
      titleEn: 'The digital factory in small and medium-sized firms',
      starts: '2015-09-30 10:30',
      ends: '2015-09-30 11:15',
      speakers: [`company:${FRAUNHOFER_IFF}#1`],
    },
    {
      room: 'Hörsaal 2',
      titleDe: '3D-Laserscanning in der Anlagendokumentation',
      titleEn: '3D laser scanning for plant documentation',
      starts: '2015-09-30 10:30',
      ends: '2015-09-30 11:15',
      speakers: [`company:${LASERSCANNING}#1`],
    },
    {
      room: 'Hörsaal 1',
      titleDe: 'Elektromobilität: Erfahrungen aus dem Projekt ePower – Formula 3',
      titleEn: 'Electric mobility: lessons from the ePower Formula 3 project',
      starts: '2015-10-01 09:00',
      ends: '2015-10-01 09:45',
      speakers: [`company:${OVGU}#2`],
    },
    {
      room: 'Hörsaal 2',
      titleDe: 'Energieeffiziente Antriebe im Sondermaschinenbau',
      titleEn: 'Energy-efficient drives in special machinery',
      starts: '2015-10-01 09:00',
      ends: '2015-10-01 09:45',
      speakers: [`company:${NOVO_TECH}#2`],
    },
  ],
  partners: [
    { company: OVGU, role: 'HOST' },
    { company: TTI, name: 'Cluster Sondermaschinen- und Anlagenbau (Sponsoring)', role: 'SPONSOR', url: CLUSTER_URL },
    { company: TTI, name: 'Cluster Sondermaschinen- und Anlagenbau (Programmbeirat)', role: 'SUPPORTER', url: CLUSTER_URL },
  ],
}

const industriedialogOst: DemoEventSpec = {
  slug: 'industriedialog-ost-2015',
  kind: 'CONFERENCE',
  titleDe: 'Industriedialog Ost: Perspektiven und Herausforderungen der Industrie in den neuen Bundesländern',
  titleEn: 'Industry dialogue East: prospects and challenges for industry in the eastern German states',
  summaryDe: '200 Jahre Maschinenbau in der Region Magdeburg: Tagung der IHK Magdeburg mit der tti GmbH.',
  summaryEn: '200 years of mechanical engineering around Magdeburg: conference of the Chamber of Commerce with tti GmbH.',
  descriptionDe:
    'Vor 200 Jahren legte der Unternehmer Nathusius den Grundstein für den Maschinenbau in der Region Magdeburg. ' +
    'Zum Jubiläum veranstaltete die IHK Magdeburg in Zusammenarbeit mit der tti GmbH, in Abstimmung mit der ' +
    'Ostbeauftragten im Bundesministerium für Wirtschaft und Energie, diese Tagung. Es sprachen Iris Gleicke, ' +
    'Prof. Michael Schenk (Industrie 4.0), Dr. Christian Malorny (Zukunftsperspektiven des deutschen Maschinenbaus) ' +
    'und der Unternehmer Heinrich von Nathusius (Unternehmertum in Ostdeutschland).',
  descriptionEn:
    'Two hundred years ago the entrepreneur Nathusius laid the foundation of mechanical engineering around ' +
    'Magdeburg. For the anniversary the Chamber of Commerce, with tti GmbH and in agreement with the Federal ' +
    'Government Commissioner for the eastern German states, held this conference. Speakers: Iris Gleicke, ' +
    'Prof. Michael Schenk (Industry 4.0), Dr. Christian Malorny (the future of German mechanical engineering) and ' +
    'the entrepreneur Heinrich von Nathusius (entrepreneurship in eastern Germany).',
  starts: '2015-11-19 13:00',
  ends: '2015-11-19 17:30',
  venue: venues.ihk,
  organiser: IHK_MAGDEBURG,
  capacity: 140,
  attendance: { counting: 'checkins', pool: region, participants: 104, press: 3, walkIns: 6, noShows: 17, cancelled: 6 },
  staff: ['klaeger', 'ihlow', `company:${IHK_MAGDEBURG}#2`],
  sessions: [
    {
      titleDe: 'Begrüßung',
      titleEn: 'Welcome',
      starts: '2015-11-19 13:00',
      ends: '2015-11-19 13:15',
      speakers: [`company:${IHK_MAGDEBURG}#1`],
    },
    {
      kind: 'KEYNOTE',
      titleDe: 'Die wirtschaftliche Entwicklung der neuen Länder',
      titleEn: 'The economic development of the eastern German states',
      starts: '2015-11-19 13:15',
      ends: '2015-11-19 14:00',
      speakers: ['gleicke'],
    },
    { titleDe: 'Industrie 4.0', titleEn: 'Industry 4.0', starts: '2015-11-19 14:00', ends: '2015-11-19 14:45', speakers: ['schenk'] },
    { kind: 'BREAK', titleDe: 'Kaffeepause', titleEn: 'Coffee break', starts: '2015-11-19 14:45', ends: '2015-11-19 15:15' },
    {
      titleDe: 'Zukunftsperspektiven des deutschen Maschinenbaus',
      titleEn: 'The future of German mechanical engineering',
      starts: '2015-11-19 15:15',
      ends: '2015-11-19 16:00',
      speakers: ['malorny'],
    },
    {
      titleDe: 'Unternehmertum in Ostdeutschland',
      titleEn: 'Entrepreneurship in eastern Germany',
      starts: '2015-11-19 16:00',
      ends: '2015-11-19 16:45',
      speakers: ['nathusius'],
    },
    {
      kind: 'PANEL',
      titleDe: 'Diskussion',
      titleEn: 'Discussion',
      starts: '2015-11-19 16:45',
      ends: '2015-11-19 17:30',
      speakers: ['gleicke', 'schenk', 'malorny', 'nathusius'],
    },
  ],
  partners: [
    { company: IHK_MAGDEBURG, role: 'HOST' },
    { company: TTI, role: 'CO_HOST', url: CLUSTER_URL },
    { name: 'Beauftragte der Bundesregierung für die neuen Bundesländer', role: 'SUPPORTER' },
  ],
}

const hannoverMesse: DemoEventSpec = {
  slug: 'hannover-messe-2015',
  kind: 'FAIR',
  titleDe: 'Hannover Messe 2015 – Gemeinschaftsstand des Clusters',
  titleEn: 'Hannover Messe 2015 – the cluster’s joint stand',
  summaryDe: 'Mitgliedsunternehmen des Clusters auf dem Gemeinschaftsstand der tti GmbH, mit Kooperationsgesprächen.',
  summaryEn: 'Cluster member companies on tti GmbH’s joint stand, with cooperation meetings.',
  starts: '2015-04-13 09:00',
  ends: '2015-04-17 18:00',
  venue: venues.hannoverMesse,
  ...cluster,
  series: 'messebeteiligungen',
  programmes: ['internationalisierung'],
  attendance: { counting: 'checkins', pool: { pools: ['region', 'international'] }, participants: 160, days: 'one', enteredAtStand: true },
  staff: ['klaeger', `company:${TTI}#1`],
  fair: {
    stands: [
      {
        hall: 'Halle 2',
        number: 'A34',
        kind: 'JOINT',
        equipment: 'Gemeinschaftsstand: Theke, Besprechungsecke, Lager, Bildschirm',
        x: 24,
        y: 12,
        width: 12,
        depth: 6,
        exhibitors: [
          {
            company: LASERSCANNING,
            areaSqm: 12,
            topicsDe: 'Mehrteilige Referenzkugel zur Laservermessung',
            topicsEn: 'Multi-part reference sphere for laser measurement',
          },
          { company: INOGET, areaSqm: 9, topicsDe: 'Probennehmer für körnige Güter', topicsEn: 'Samplers for granular goods' },
          {
            company: ANY_MEMBER,
            areaSqm: 12,
            topicsDe: 'Sondermaschinen für die Automobilzulieferung',
            topicsEn: 'Special machines for automotive suppliers',
          },
          {
            company: ANY_MEMBER,
            areaSqm: 9,
            topicsDe: 'Industriearmaturen für die Prozessindustrie',
            topicsEn: 'Industrial valves for the process industry',
          },
          { company: ANY_MEMBER, areaSqm: 9, topicsDe: 'Fördertechnik und Materialfluss', topicsEn: 'Conveyor systems and material flow' },
        ],
      },
      {
        hall: 'Halle 2',
        number: 'A40',
        kind: 'OWN',
        x: 38,
        y: 12,
        width: 6,
        depth: 5,
        exhibitors: [
          { company: ANY_MEMBER, areaSqm: 30, topicsDe: 'Getriebe und Antriebstechnik', topicsEn: 'Gearboxes and drive technology' },
        ],
      },
    ],
    staffPerExhibitor: 2,
    meetings: [{ status: 'HELD', count: 6 }],
  },
}

const plovdiv: DemoEventSpec = {
  slug: 'industriemesse-plovdiv-2015',
  kind: 'FAIR',
  titleDe: 'Industriemesse Plovdiv 2015',
  titleEn: 'International Technical Fair Plovdiv 2015',
  summaryDe: 'Mit Clusterunternehmen auf der Industriemesse im bulgarischen Plovdiv.',
  summaryEn: 'With cluster companies at the technical fair in Plovdiv, Bulgaria.',
  starts: '2015-09-28 10:00',
  ends: '2015-10-03 18:00',
  timeZone: 'Europe/Sofia',
  venue: venues.plovdivFair,
  ...cluster,
  series: 'messebeteiligungen',
  programmes: ['internationalisierung'],
  attendance: { counting: 'checkins', pool: { pools: ['bulgaria'] }, participants: 52, days: 'one', enteredAtStand: true },
  staff: ['ihlow'],
  fair: {
    stands: [
      {
        hall: 'Halle 6',
        number: 'D12',
        kind: 'JOINT',
        equipment: 'Gemeinschaftsstand Sachsen-Anhalt',
        x: 8,
        y: 4,
        width: 6,
        depth: 6,
        exhibitors: [
          { company: ANY_MEMBER, areaSqm: 12, topicsDe: 'Zementanlagenbau', topicsEn: 'Cement plant engineering' },
          { company: ANY_MEMBER, areaSqm: 12, topicsDe: 'Zerspanung und Baugruppenfertigung', topicsEn: 'Machining and assemblies' },
          { company: ANY_MEMBER, areaSqm: 12, topicsDe: 'Schweißtechnik', topicsEn: 'Welding technology' },
        ],
      },
    ],
    staffPerExhibitor: 1,
    meetings: [{ status: 'HELD', count: 3 }],
  },
}

// ───────────── the monthly chamber dialogue (first Wednesday, no meeting in August) ─────────────

type Dialogue = {
  day: string
  topicDe: string
  topicEn: string
  speaker: string
  participants: number
  walkIns: number
  noShows: number
  cancelled: number
  headcount?: { note: string; registered: number }
}

const dialogues: Dialogue[] = [
  {
    day: '2015-01-07',
    topicDe: 'Mindestlohn im Maschinenbau – was ändert sich 2015?',
    topicEn: 'The minimum wage in mechanical engineering – what changes in 2015?',
    speaker: `company:${IHK_MAGDEBURG}#3`,
    participants: 31,
    walkIns: 2,
    noShows: 5,
    cancelled: 1,
  },
  {
    day: '2015-02-04',
    topicDe: 'Fachkräfte sichern: Ausbildung und duales Studium',
    topicEn: 'Securing skilled staff: apprenticeships and dual study',
    speaker: `company:${HOCHSCHULE}#1`,
    participants: 38,
    walkIns: 1,
    noShows: 6,
    cancelled: 2,
  },
  {
    day: '2015-03-04',
    topicDe: 'Energieaudit nach EDL-G: Pflicht für Nicht-KMU',
    topicEn: 'Energy audits under the EDL-G: mandatory for large firms',
    speaker: `company:${LENA}#3`,
    participants: 35,
    walkIns: 3,
    noShows: 4,
    cancelled: 1,
  },
  {
    day: '2015-04-01',
    topicDe: 'Russland-Embargo: Folgen für Zulieferer und neue Märkte',
    topicEn: 'The Russia embargo: consequences for suppliers, and new markets',
    speaker: `company:${IHK_MAGDEBURG}#4`,
    participants: 27,
    walkIns: 0,
    noShows: 5,
    cancelled: 0,
  },
  {
    day: '2015-05-06',
    topicDe: 'Innovationsförderung: ZIM und Landesprogramme',
    topicEn: 'Innovation funding: ZIM and state programmes',
    speaker: `company:${IB}#2`,
    participants: 33,
    walkIns: 1,
    noShows: 6,
    cancelled: 1,
  },
  {
    day: '2015-06-03',
    topicDe: 'Schutzrechte für KMU: die SIGNO-Patentaktion',
    topicEn: 'Patents for SMEs: the SIGNO patent campaign',
    speaker: 'ihlow',
    participants: 24,
    walkIns: 2,
    noShows: 3,
    cancelled: 0,
  },
  {
    day: '2015-07-01',
    topicDe: 'Sommerdialog: 200 Jahre Maschinenbau in Magdeburg',
    topicEn: 'Summer dialogue: 200 years of mechanical engineering in Magdeburg',
    speaker: `company:${OVGU}#3`,
    participants: 29,
    walkIns: 0,
    noShows: 0,
    cancelled: 0,
    headcount: { note: 'Sommerabend im Innenhof ohne Einlasskontrolle; von Hand gezählt.', registered: 26 },
  },
  {
    day: '2015-09-02',
    topicDe: 'GRW-Investitionsförderung 2015',
    topicEn: 'GRW investment grants 2015',
    speaker: `company:${IB}#3`,
    participants: 36,
    walkIns: 2,
    noShows: 7,
    cancelled: 1,
  },
  {
    day: '2015-10-07',
    topicDe: 'Industrie 4.0 im Mittelstand: erste Schritte',
    topicEn: 'Industry 4.0 in small and medium-sized firms: first steps',
    speaker: `company:${FRAUNHOFER_IFF}#2`,
    participants: 41,
    walkIns: 1,
    noShows: 6,
    cancelled: 2,
  },
  {
    day: '2015-11-04',
    topicDe: 'Datensicherheit in der vernetzten Produktion',
    topicEn: 'Data security in connected production',
    speaker: `company:${HOCHSCHULE}#2`,
    participants: 39,
    walkIns: 3,
    noShows: 5,
    cancelled: 1,
  },
  {
    day: '2015-12-02',
    topicDe: 'Jahresausklang: „Der Maschinen- und Anlagenbau in der Region Magdeburg“ – Buchvorstellung',
    topicEn: 'End of year: presenting the book on mechanical and plant engineering around Magdeburg',
    speaker: 'klaeger',
    participants: 30,
    walkIns: 2,
    noShows: 4,
    cancelled: 0,
  },
]

function chamberDialogue(d: Dialogue): DemoEventSpec {
  const attendance: Attendance = d.headcount
    ? { counting: 'headcount', pool: region, headcount: d.participants, note: d.headcount.note, registered: d.headcount.registered }
    : { counting: 'checkins', pool: region, participants: d.participants, walkIns: d.walkIns, noShows: d.noShows, cancelled: d.cancelled }
  return {
    slug: `kammerdialog-${d.day.slice(0, 7)}`,
    kind: 'DIALOGUE',
    titleDe: `Kammerdialog: ${d.topicDe}`,
    titleEn: `Chamber dialogue: ${d.topicEn}`,
    summaryDe: 'Gesprächsabend für Unternehmerinnen und Unternehmer des Maschinen- und Anlagenbaus in der IHK Magdeburg.',
    summaryEn: 'Evening talk for owners and managers of machine and plant builders at the Magdeburg Chamber of Commerce.',
    descriptionDe: `Impuls und Gespräch zum Thema „${d.topicDe}“, anschließend Imbiss und Austausch.`,
    descriptionEn: `A short talk and discussion on “${d.topicEn}”, followed by refreshments and networking.`,
    starts: `${d.day} 18:00`,
    ends: `${d.day} 20:30`,
    venue: venues.ihk,
    ...cluster,
    series: 'kammerdialog',
    capacity: 60,
    attendance,
    staff: ['klaeger'],
    sessions: [{ titleDe: d.topicDe, titleEn: d.topicEn, starts: `${d.day} 18:15`, ends: `${d.day} 19:00`, speakers: [d.speaker] }],
    partners: [
      { company: IHK_MAGDEBURG, role: 'HOST' },
      { company: TTI, role: 'CO_HOST', url: CLUSTER_URL },
    ],
  }
}

// ───────────── e-business information events (programme "E-Business / Industrie 4.0") ─────────────

type InfoEvent = {
  day: string
  from: string
  to: string
  kind?: 'WORKSHOP' | 'DIALOGUE'
  topicDe: string
  topicEn: string
  venue: keyof typeof venues
  speaker: string
  attendance: Attendance
}

const infoEvents: InfoEvent[] = [
  {
    day: '2015-02-24',
    from: '14:00',
    to: '17:00',
    topicDe: 'Die elektronische Rechnung mit ZUGFeRD',
    topicEn: 'Electronic invoices with ZUGFeRD',
    venue: 'tti',
    speaker: `company:${TTI}#1`,
    attendance: { counting: 'checkins', pool: region, participants: 42, walkIns: 2, noShows: 6, cancelled: 1 },
  },
  {
    day: '2015-03-17',
    from: '16:00',
    to: '18:30',
    kind: 'DIALOGUE',
    topicDe: 'Online-Vertrieb für Industriegüter',
    topicEn: 'Selling industrial goods online',
    venue: 'ihk',
    speaker: `company:${IHK_MAGDEBURG}#5`,
    attendance: { counting: 'checkins', pool: region, participants: 36, walkIns: 0, noShows: 5, cancelled: 2 },
  },
  {
    day: '2015-06-16',
    from: '09:30',
    to: '13:00',
    topicDe: 'Eine offene IT-Lösung für den ganzen Produktionsbetrieb',
    topicEn: 'An open IT solution for the whole production plant',
    venue: 'experimentelleFabrik',
    speaker: `company:${TTI}#2`,
    attendance: { counting: 'checkins', pool: region, participants: 45, walkIns: 3, noShows: 7, cancelled: 1, mistakenScans: 1 },
  },
  {
    day: '2015-08-18',
    from: '14:00',
    to: '17:00',
    topicDe: 'Cloud-Dienste für kleine Unternehmen',
    topicEn: 'Cloud services for small companies',
    venue: 'tti',
    speaker: `company:${TTI}#1`,
    attendance: { counting: 'called-off', pool: region, cancelled: 6, reason: 'Veranstaltung mangels Anmeldungen abgesagt' },
  },
  {
    day: '2015-09-15',
    from: '14:00',
    to: '17:00',
    topicDe: 'IT-Sicherheit und Datenschutz im Mittelstand',
    topicEn: 'IT security and data protection in small and medium-sized firms',
    venue: 'hochschuleStendal',
    speaker: `company:${HOCHSCHULE}#3`,
    attendance: { counting: 'checkins', pool: region, participants: 33, walkIns: 1, noShows: 4, cancelled: 0 },
  },
  {
    day: '2015-11-10',
    from: '09:30',
    to: '13:00',
    topicDe: 'Industrie 4.0: Prozesse digital managen',
    topicEn: 'Industry 4.0: managing processes digitally',
    venue: 'fraunhoferIff',
    speaker: `company:${FRAUNHOFER_IFF}#3`,
    attendance: { counting: 'checkins', pool: region, participants: 40, walkIns: 2, noShows: 6, cancelled: 1 },
  },
]

function infoEvent(e: InfoEvent): DemoEventSpec {
  const calledOff = e.attendance.counting === 'called-off'
  return {
    slug: `e-business-${e.day}`,
    kind: e.kind ?? 'WORKSHOP',
    status: calledOff ? 'CANCELLED' : 'PUBLISHED',
    cancelledAt: calledOff ? at(`${addCalendarDays(e.day, -7)} 10:00`) : undefined,
    titleDe: `E-Business-Informationsveranstaltung: ${e.topicDe}`,
    titleEn: `E-business information event: ${e.topicEn}`,
    summaryDe: 'Praxisnahe Information zum elektronischen Geschäftsverkehr für kleine und mittlere Unternehmen.',
    summaryEn: 'Hands-on information on e-business for small and medium-sized companies.',
    descriptionDe: `Thema: ${e.topicDe}. Mit Beispielen aus Unternehmen des Clusters und Zeit für Fragen.`,
    descriptionEn: `Topic: ${e.topicEn}. With examples from cluster companies and time for questions.`,
    starts: `${e.day} ${e.from}`,
    ends: `${e.day} ${e.to}`,
    venue: venues[e.venue],
    ...cluster,
    series: 'e-business',
    programmes: ['e-business-industrie-40'],
    capacity: 60,
    attendance: e.attendance,
    staff: calledOff ? [] : ['ihlow'],
    sessions: [
      {
        kind: 'WORKSHOP',
        titleDe: e.topicDe,
        titleEn: e.topicEn,
        starts: `${e.day} ${e.from}`,
        ends: `${e.day} ${e.to}`,
        speakers: [e.speaker],
      },
    ],
    partners: [{ company: TTI, role: 'HOST', url: CLUSTER_URL }],
  }
}

/** Every 2015 event of the demo, in date order. */
export function events2015(): DemoEventSpec[] {
  return [
    hannoverMesse,
    leitmarktAuftakt,
    energieforum,
    remanufacturing,
    plovdiv,
    maschinenbauTage,
    industriedialogOst,
    ...dialogues.map(chamberDialogue),
    ...infoEvents.map(infoEvent),
  ].sort((a, b) => a.starts.localeCompare(b.starts))
}
