// Responses of the portal API (/api/portaal/…) for the browser tests that check every language
// (axe, right to left, phone width) without a DigiD login. Typed with the portal's own types and
// parsed with Y1's zod schemas in test/portaal-contract.test.ts, so they stay what the server sends.
import type {
  PortaalAfspraken,
  PortaalBerichten,
  PortaalBrieven,
  PortaalContact,
  PortaalDocumenten,
  PortaalGemeente,
  PortaalInzage,
  PortaalOntzorgen,
  PortaalPlan,
  PortaalSessie,
  PortaalTermijnen,
  PortaalVoortgang,
} from '../../src/portaal/api/types.ts';

export const sessie: PortaalSessie = {
  givenName: 'Amal',
  gemeente: { code: '0150', name: 'Deventer' },
  caseNumber: 'INB-2026-0042',
  preferredLanguage: 'ar',
  unreadAnswers: 1,
  csrfToken: 'test-csrf-token',
};

export const gemeenten: { gemeenten: PortaalGemeente[] } = {
  gemeenten: [
    { code: '0150', name: 'Deventer' },
    { code: '0299', name: 'Zevenaar' },
  ],
};

export const plan: PortaalPlan = {
  status: 'traject',
  pip: {
    kind: 'beschikking',
    issuedOn: '2026-03-02',
    route: 'B1',
    level: 'B1',
    intensity: 'Voltijds, 16 uur per week',
    hoursPerWeek: 16,
    agreements: [
      { party: 'inburgeraar', topic: 'taalles', text: 'U volgt de lessen bij Taalhuis Deventer.', number: 16 },
      { party: 'gemeente', topic: 'ontzorgen', text: 'De gemeente betaalt de eerste zes maanden de vaste lasten.', number: null },
      { party: 'taalaanbieder', topic: 'uitvoering', text: 'Taalhuis Deventer', number: null },
      { party: 'gemeente', topic: 'voortgangsgesprekken', text: null, number: 4 },
    ],
  },
};

export const afspraken: PortaalAfspraken = {
  appointments: [
    {
      id: '6f1c2a4e-1111-4aaa-8bbb-000000000001',
      kind: 'voortgangsgesprek',
      start: '2026-12-15T09:30:00.000Z',
      allDay: false,
      place: 'Stadhuis Deventer, Grote Kerkhof 1',
      interpreter: { language: 'Arabisch', languageCode: 'ar' },
      status: 'gepland',
      myResponse: null,
      canRespond: true,
    },
    {
      id: '6f1c2a4e-1111-4aaa-8bbb-000000000002',
      kind: 'pvt-bijeenkomst',
      start: '2027-01-12',
      allDay: true,
      place: null,
      interpreter: null,
      status: 'gepland',
      myResponse: { response: 'bevestigd', reason: null, at: '2026-12-01T10:00:00.000Z' },
      canRespond: true,
    },
    {
      id: '6f1c2a4e-1111-4aaa-8bbb-000000000003',
      kind: 'intakegesprek',
      start: '2026-02-10T13:00:00.000Z',
      allDay: false,
      place: 'Stadhuis Deventer',
      interpreter: null,
      status: 'gehouden',
      myResponse: null,
      canRespond: false,
    },
  ],
};

export const voortgang: PortaalVoortgang = {
  hoursPerMonth: [
    { month: '2026-10', category: 'nederlands', hours: 52 },
    { month: '2026-10', category: 'knm', hours: 6 },
    { month: '2026-11', category: 'nederlands', hours: 60.5 },
  ],
  levels: [
    { skill: 'lezen', level: 'A2', assessedOn: '2026-11-20', trend: 'stijgend' },
    { skill: 'spreken', level: 'A1', assessedOn: '2026-11-20', trend: 'gelijk' },
  ],
  reports: [{ reportedOn: '2026-11-20', providerName: 'Taalhuis Deventer', recommendation: 'doorgaan' }],
  totalHours: 118.5,
};

export const termijnen: PortaalTermijnen = {
  term: { state: 'loopt', start: '2026-03-03', originalLastDay: '2029-03-02', lastDay: '2029-03-02', extensions: [] },
  duty: { state: 'loopt' },
  routeChange: { state: 'mogelijk', lastDay: '2027-09-02' },
  a2: { state: 'nog-niet', courseHours: 118.5, requiredHours: 600 },
};

export const brieven: PortaalBrieven = {
  letters: [
    {
      id: '7a2b3c4d-2222-4aaa-8bbb-000000000001',
      kind: 'pip-beschikking',
      date: '2026-03-02',
      title: 'Beschikking persoonlijk plan inburgering en participatie',
      mimeType: 'application/pdf',
      sizeBytes: 48_211,
      // The server fills the summary in the requested language; the fixture has the Arabic one in
      // every language, so the axe run checks a right-to-left summary inside each page direction.
      summary: {
        language: 'ar',
        dir: 'rtl',
        title: 'ملخص باللغة العربية',
        lines: [
          'اتخذت البلدية قرارًا بشأن خطتك: خطة الاندماج والمشاركة الشخصية.',
          'لديك دروس 16 ساعة في الأسبوع.',
          'تنتهي مدة الاندماج الخاصة بك في 1 مارس 2029.',
        ],
        disclaimer: 'هذا ملخص. الرسالة الهولندية هي القرار الرسمي.',
      },
    },
  ],
};

export const ontzorgen: PortaalOntzorgen = {
  agreement: {
    status: 'actief',
    executor: 'gemeente',
    partnerName: null,
    fromMonth: '2026-03',
    untilMonthExclusive: '2026-09',
    bills: [
      { payeeKind: 'huur', payeeName: 'Woonbedrijf Ieder1', amountCents: 61_250, dayOfMonth: 1 },
      { payeeKind: 'zorgverzekering', payeeName: 'Zilveren Kruis', amountCents: 14_800, dayOfMonth: 1 },
    ],
  },
};

export const contact: PortaalContact = {
  regisseurName: 'Sanne de Vries',
  gemeente: {
    name: 'Deventer',
    department: 'Team Inburgering',
    contactName: null,
    phone: '0570 69 39 39',
    email: 'inburgering@deventer.nl',
    visitingAddress: 'Grote Kerkhof 1, Deventer',
    postalAddress: null,
  },
};

export const berichten: PortaalBerichten = {
  messages: [
    {
      id: '8b3c4d5e-3333-4aaa-8bbb-000000000002',
      from: 'gemeente',
      text: 'Ja, er is een tolk Arabisch bij het gesprek.',
      sentAt: '2026-11-03T09:30:00.000Z',
      read: false,
      answerTo: '8b3c4d5e-3333-4aaa-8bbb-000000000001',
    },
    {
      id: '8b3c4d5e-3333-4aaa-8bbb-000000000001',
      from: 'inburgeraar',
      text: 'Kan ik een tolk krijgen?',
      sentAt: '2026-11-02T08:00:00.000Z',
      read: true,
    },
  ],
};

export const documenten: PortaalDocumenten = {
  requests: [
    {
      id: '9c4d5e6f-4444-4aaa-8bbb-000000000001',
      description: 'Kopie huurcontract',
      dueOn: '2026-12-20',
      askedOn: '2026-12-01',
      state: 'opnieuw-gevraagd',
      againReason: 'De foto is niet scherp.',
      canUpload: true,
      files: [{ id: '9c4d5e6f-4444-4aaa-8bbb-000000000002', mimeType: 'image/jpeg', sizeBytes: 184_000, sentAt: '2026-12-02T18:10:00.000Z', review: 'opnieuw-gevraagd' }],
    },
    {
      id: '9c4d5e6f-4444-4aaa-8bbb-000000000003',
      description: 'Diploma',
      dueOn: null,
      askedOn: '2026-11-20',
      state: 'geaccepteerd',
      againReason: null,
      canUpload: false,
      files: [{ id: '9c4d5e6f-4444-4aaa-8bbb-000000000004', mimeType: 'application/pdf', sizeBytes: 90_000, sentAt: '2026-11-21T10:00:00.000Z', review: 'geaccepteerd' }],
    },
  ],
};

export const inzage: PortaalInzage = {
  entries: [
    {
      at: '2026-12-01T10:00:00.000Z',
      organisationName: 'Gemeente Deventer',
      role: 'trajectregisseur',
      action: 'lezen',
      purpose: 'dossierInburgering',
    },
    {
      at: '2026-11-28T14:12:00.000Z',
      organisationName: 'Taalhuis Deventer',
      role: 'partner-aanbieder',
      action: 'toevoegen',
      purpose: 'dossierInburgering',
    },
    { at: '2026-11-20T07:00:00.000Z', organisationName: 'Koers', role: 'systeem', action: 'lezen', purpose: 'duoGegevensuitwisseling' },
  ],
  next: null,
};

/** GET path (after /api/portaal) → response body. */
export const portaalResponses: Record<string, unknown> = {
  '/sessie': sessie,
  '/gemeenten': gemeenten,
  '/plan': plan,
  '/afspraken': afspraken,
  '/voortgang': voortgang,
  '/termijnen': termijnen,
  '/brieven': brieven,
  '/ontzorgen': ontzorgen,
  '/contact': contact,
  '/berichten': berichten,
  '/documenten': documenten,
  '/inzage': inzage,
};
