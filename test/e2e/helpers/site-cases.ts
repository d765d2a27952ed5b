/**
 * One case per site adapter: the fixture (under test/fixtures/sites/<site>.html), the real URL it
 * is served under, and what the loader must report before and after the fixture's SPA navigation
 * (its `#navigate` control). The convention test checks every registered adapter has a case.
 */
export interface SiteCase {
  site: string;
  url: string;
  /** Host pattern to route the fixture under. */
  route: string;
  before: Expected;
  after: Expected;
  /** Served only through `activeTab` (no declared content script): tested with a real shortcut. */
  activeTabOnly?: boolean;
  /** More addresses of the same site, where the fixture must read as `before` (with this path). */
  alsoAt?: readonly OtherAddress[];
}

export interface OtherAddress {
  url: string;
  route: string;
  path: string;
  /** A host the user must allow first (optional host permission; government clouds). */
  optional?: true;
}

interface Expected {
  label: string;
  kind: 'call' | 'meeting' | 'crm' | 'other';
  recordType?: string;
  meetingCode?: string;
  path: string;
}

export const SITE_CASES: readonly SiteCase[] = [
  {
    site: 'google-meet',
    url: 'https://meet.google.com/abc-defg-hij',
    route: 'https://meet.google.com/**',
    before: {
      label: 'Weekly sales sync',
      kind: 'call',
      meetingCode: 'abc-defg-hij',
      path: '/abc-defg-hij',
    },
    after: {
      label: 'Coaching demo call',
      kind: 'call',
      meetingCode: 'xyz-abcd-efg',
      path: '/xyz-abcd-efg',
    },
    alsoAt: [
      // Meet opened from Calendar or Gmail.
      {
        url: 'https://meet.google.com/_meet/abc-defg-hij?authuser=0',
        route: 'https://meet.google.com/**',
        path: '/_meet/abc-defg-hij',
      },
    ],
  },
  {
    site: 'teams',
    url: 'https://teams.microsoft.com/v2/?meetingjoin=true',
    route: 'https://teams.microsoft.com/**',
    before: { label: 'Pipeline review with Sam', kind: 'meeting', path: '/v2/' },
    after: { label: '1:1 Alex and Sam', kind: 'meeting', path: '/v2/' },
    alsoAt: [
      {
        url: 'https://teams.microsoft.us/v2/?meetingjoin=true',
        route: 'https://teams.microsoft.us/**',
        path: '/v2/',
        optional: true,
      },
      {
        url: 'https://gov.teams.microsoft.us/v2/?meetingjoin=true',
        route: 'https://gov.teams.microsoft.us/**',
        path: '/v2/',
        optional: true,
      },
      {
        url: 'https://dod.teams.microsoft.us/v2/?meetingjoin=true',
        route: 'https://dod.teams.microsoft.us/**',
        path: '/v2/',
        optional: true,
      },
    ],
  },
  {
    site: 'zoom',
    url: 'https://app.zoom.us/wc/81234567890/join',
    route: 'https://app.zoom.us/**',
    before: {
      label: 'Quarterly business review',
      kind: 'call',
      meetingCode: '81234567890',
      path: '/wc/81234567890/join',
    },
    after: {
      label: 'Customer onboarding',
      kind: 'call',
      meetingCode: '81234567891',
      path: '/wc/81234567891/join',
    },
    alsoAt: [
      // The join link's web-client page.
      {
        url: 'https://zoom.us/wc/join/81234567890',
        route: 'https://zoom.us/**',
        path: '/wc/join/81234567890',
      },
    ],
  },
  {
    site: 'jitsi',
    url: 'https://meet.jit.si/CoachingDemoRoom',
    route: 'https://meet.jit.si/**',
    before: {
      label: 'Discovery call Acme',
      kind: 'call',
      meetingCode: 'CoachingDemoRoom',
      path: '/CoachingDemoRoom',
    },
    after: {
      label: 'TeamRetroRoom',
      kind: 'call',
      meetingCode: 'TeamRetroRoom',
      path: '/TeamRetroRoom',
    },
  },
  {
    // Account → Opportunity: Lightning keeps the Account's page in the DOM, hidden, before the new one.
    site: 'salesforce',
    url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZaBAAZ/view',
    route: 'https://acme.lightning.force.com/**',
    before: {
      label: 'Account: Acme Corporation',
      kind: 'crm',
      recordType: 'account',
      path: '/lightning/r/Account/0015g00000XyZaBAAZ/view',
    },
    after: {
      label: 'Opportunity: Acme renewal 2027',
      kind: 'crm',
      recordType: 'opportunity',
      path: '/lightning/r/Opportunity/0065g00000AbCdEAAZ/view',
    },
  },
  {
    site: 'hubspot',
    url: 'https://app.hubspot.com/contacts/1234567/record/0-3/987654321',
    route: 'https://app.hubspot.com/**',
    before: {
      label: 'Deal: Acme - 50 seats',
      kind: 'crm',
      recordType: 'deal',
      path: '/contacts/1234567/record/0-3/987654321',
    },
    after: {
      label: 'Contact: Jamie Jansen',
      kind: 'crm',
      recordType: 'contact',
      path: '/contacts/1234567/record/0-1/5551234',
    },
    // Portals hosted in other data centres.
    alsoAt: ['app-na2', 'app-ap1', 'app-eu1'].map((host) => ({
      url: `https://${host}.hubspot.com/contacts/1234567/record/0-3/987654321`,
      route: `https://${host}.hubspot.com/**`,
      path: '/contacts/1234567/record/0-3/987654321',
    })),
  },
  {
    site: 'dynamics',
    url: 'https://acme.crm4.dynamics.com/main.aspx?appid=11111111-2222-3333-4444-555555555555&pagetype=entityrecord&etn=opportunity&id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    route: 'https://acme.crm4.dynamics.com/**',
    before: {
      label: 'Opportunity: Fleet renewal',
      kind: 'crm',
      recordType: 'opportunity',
      path: '/main.aspx',
    },
    after: {
      label: 'Contact: Sanne de Vries',
      kind: 'crm',
      recordType: 'contact',
      path: '/main.aspx',
    },
    alsoAt: [
      // US Government (GCC) is a commercial-style region; Germany and GCC High are sovereign.
      { host: 'acme.crm9.dynamics.com' },
      { host: 'acme.crm.microsoftdynamics.de', optional: true as const },
      { host: 'acme.crm.microsoftdynamics.us', optional: true as const },
    ].map(({ host, ...rest }) => ({
      url: `https://${host}/main.aspx?pagetype=entityrecord&etn=opportunity&id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee`,
      route: `https://${host}/**`,
      path: '/main.aspx',
      ...rest,
    })),
  },
  {
    site: 'pipedrive',
    url: 'https://acme.pipedrive.com/deal/42',
    route: 'https://acme.pipedrive.com/**',
    before: { label: 'Deal: Website redesign', kind: 'crm', recordType: 'deal', path: '/deal/42' },
    after: {
      label: 'Contact: Pieter Peeters',
      kind: 'crm',
      recordType: 'contact',
      path: '/person/7',
    },
  },
  {
    site: 'generic',
    url: 'https://intranet.example.org/handbook',
    route: 'https://intranet.example.org/**',
    before: { label: 'Team handbook', kind: 'other', path: '/handbook' },
    after: { label: 'Team handbook: feedback', kind: 'other', path: '/handbook/feedback' },
    activeTabOnly: true,
  },
];

/** Every other address of every case, with its case. */
export const OTHER_ADDRESSES: readonly (OtherAddress & { case: SiteCase })[] = SITE_CASES.flatMap(
  (c) => (c.alsoAt ?? []).map((address) => ({ ...address, case: c })),
);
