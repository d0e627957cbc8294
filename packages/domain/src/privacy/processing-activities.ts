// The register of processing activities (verwerkingsregister, art. 30 AVG) that every entry of
// the processing log points to. Data, so the privacy officer can read it next to the log.

export interface ProcessingActivity {
  id: string;
  name: string;
  purpose: string;
  legalBasis: string;
}

export const processingActivities = {
  gebruikersbeheer: {
    id: 'urn:koers:verwerking:gebruikersbeheer',
    name: 'Beheer van medewerkersaccounts',
    purpose: 'Toegang tot Koers verlenen en intrekken; inloggen beveiligen.',
    legalBasis: 'art. 6 lid 1 sub c en f AVG; art. 32 AVG',
  },
  dossierInburgering: {
    id: 'urn:koers:verwerking:dossier-inburgering',
    name: 'Dossier inburgeringsplichtige',
    purpose: 'Uitvoeren van de gemeentelijke taken uit de Wet inburgering 2021 (brede intake, PIP, begeleiding, handhaving).',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 14–17, 33 en 34 Wet inburgering 2021; art. 9.1–9.6 Besluit inburgering 2021',
  },
  duoGegevensuitwisseling: {
    id: 'urn:koers:verwerking:duo-gegevensuitwisseling',
    name: 'Gegevensuitwisseling met DUO',
    purpose: 'Verstrekken en ontvangen van gegevens over inburgeringsplicht, PIP, termijn en resultaten.',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 33a en 34 Wet inburgering 2021; hoofdstuk 9 Besluit inburgering 2021',
  },
  brpRaadplegen: {
    id: 'urn:koers:verwerking:brp-raadplegen',
    name: 'BRP raadplegen',
    purpose: 'Persoonsgegevens in het dossier (naam, geboortedatum, nationaliteit, adres, inschrijving in de gemeente) vaststellen en actueel houden met de Basisregistratie Personen.',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 1.7 Wet basisregistratie personen (gebruik van authentieke gegevens); art. 14–17 Wet inburgering 2021; art. 5.3 lid 1 Besluit inburgering 2021',
  },
  toezichtGegevensbescherming: {
    id: 'urn:koers:verwerking:toezicht-gegevensbescherming',
    name: 'Toezicht op de verwerking van persoonsgegevens',
    purpose: 'Het logboek dataverwerkingen raadplegen: toezicht door de functionaris gegevensbescherming, verzoeken om inzage van betrokkenen beantwoorden en onrechtmatige toegang opsporen.',
    legalBasis: 'art. 6 lid 1 sub c AVG; art. 5 lid 2, 15, 32 en 39 AVG',
  },
  financieelOntzorgen: {
    id: 'urn:koers:verwerking:financieel-ontzorgen',
    name: 'Financieel ontzorgen',
    purpose: 'Vaste lasten (huur, energie, water, zorgverzekering) uit de bijstand betalen voor asielstatushouders in hun eerste maanden, met ijkmomenten en teruggave van de betalingen aan de persoon.',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 56a Participatiewet',
  },
  maatschappelijkeBegeleiding: {
    id: 'urn:koers:verwerking:maatschappelijke-begeleiding',
    name: 'Maatschappelijke begeleiding',
    purpose:
      'Praktische hulp en voorlichting over basisvoorzieningen door de begeleidende organisatie: contacten, metingen van de zelfredzaamheid, gemelde problemen en de duur van de begeleiding; alleen naam, contactgegevens, PIP-afspraken en afspraken van de toegewezen personen.',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 13 Wet inburgering 2021; art. 5.1 Besluit inburgering 2021',
  },
  sturingEnVerantwoording: {
    id: 'urn:koers:verwerking:sturing-en-verantwoording',
    name: 'Sturing en verantwoording (geaggregeerd)',
    purpose: 'Formatie, prognose en SPUK-verantwoording berekenen uit de dossiers van de gemeente; alleen aantallen en bedragen verlaten de berekening, kleine aantallen worden afgeschermd.',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 40 Wet inburgering 2021 (SPUK-verantwoording); art. 89 AVG en art. 5 lid 1 sub c AVG (minimale gegevensverwerking)',
  },
  verantwoording: {
    id: 'urn:koers:verwerking:verantwoording',
    name: 'Sturing en verantwoording',
    purpose: 'Geaggregeerde cijfers (dashboard, huisvestingstaakstelling) voor teamleiding, beleid, gemeenteraad en ministerie; kleine aantallen onderdrukt voor wie geen dossiers ziet.',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 89 AVG; art. 6 Wet inburgering 2021; art. 28 Huisvestingswet 2014',
  },
  portaalInburgeraar: {
    id: 'urn:koers:verwerking:portaal-inburgeraar',
    name: 'Portaal voor de inburgeraar',
    purpose: 'De inburgeraar zijn eigen dossier laten inzien (plan, afspraken, termijnen, brieven, wie keek in het dossier) en laten reageren, berichten sturen en documenten aanleveren.',
    legalBasis: 'art. 6 lid 1 sub e AVG; art. 12, 13 en 15 AVG; art. 14–17 Wet inburgering 2021',
  },
} as const satisfies Record<string, ProcessingActivity>;

export type ProcessingActivityKey = keyof typeof processingActivities;
