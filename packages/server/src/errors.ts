// Typed error codes, mapped in one place to an HTTP status and a Dutch message.

export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, message: 'De invoer is niet geldig.' },
  UNAUTHENTICATED: { status: 401, message: 'U bent niet ingelogd.' },
  // One answer for every failed login (unknown address, wrong password, locked or inactive account): ADR 0090.
  INVALID_CREDENTIALS: {
    status: 401,
    message: 'Inloggen is niet gelukt: het e-mailadres of wachtwoord is onjuist, of het account is (tijdelijk) geblokkeerd. Na 5 mislukte pogingen kunt u 15 minuten niet inloggen.',
  },
  WRONG_PASSWORD: { status: 400, message: 'Het huidige wachtwoord is onjuist.' },
  /** Only after the identity provider has authenticated the person (OIDC): no enumeration. */
  ACCOUNT_INACTIVE: { status: 403, message: 'Dit account is niet actief.' },
  RATE_LIMITED: { status: 429, message: 'Te veel verzoeken. Probeer het over een minuut opnieuw.' },
  CSRF_INVALID: { status: 403, message: 'De beveiligingscode (CSRF) ontbreekt of is verlopen. Laad de pagina opnieuw.' },
  FORBIDDEN: { status: 403, message: 'U heeft geen toestemming voor deze handeling.' },
  NOT_FOUND: { status: 404, message: 'Niet gevonden.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Deze pagina of dit adres bestaat niet.' },
  EMAIL_TAKEN: { status: 409, message: 'Er bestaat al een account met dit e-mailadres.' },
  GEMEENTECODE_TAKEN: { status: 409, message: 'Er bestaat in deze installatie al een gemeente met deze CBS-gemeentecode.' },
  OIN_TAKEN: { status: 409, message: 'Er bestaat in deze installatie al een gemeente met dit OIN.' },
  DUPLICATE_CASE: { status: 409, message: 'Er bestaat al een dossier voor deze persoon in deze gemeente.' },
  VERSION_CONFLICT: { status: 409, message: 'Het dossier is intussen door iemand anders gewijzigd. Laad het opnieuw.' },
  CASE_CLOSED: { status: 409, message: 'Dit dossier is gesloten. Heropen het eerst (onderdeel Afsluiten) als er nog iets aan het traject moet gebeuren.' },
  STEP_NOT_ALLOWED: { status: 409, message: 'Deze stap is nu niet toegestaan.' },
  PIP_INVALID: { status: 409, message: 'Het PIP kan nog niet worden vastgesteld: los eerst de genoemde punten op.' },
  PIP_CHANGE_REFUSED: { status: 409, message: 'Deze wijziging van het PIP is niet toegestaan.' },
  PIP_DRAFT_EXISTS: { status: 409, message: 'Er is al een concept-PIP voor dit dossier. Werk dat bij of verwijder het eerst.' },
  PIP_NOT_EDITABLE: { status: 409, message: 'Een vastgesteld PIP kan niet meer worden gewijzigd; maak een nieuwe versie.' },
  OIDC_DISABLED: { status: 404, message: 'Inloggen via de identiteitsprovider is niet ingesteld.' },
  /** The portal (ADR 0152): an appointment that is past, held or cancelled cannot be answered. */
  AFSPRAAK_GESLOTEN: { status: 409, message: 'Op deze afspraak kunt u niet meer reageren: de afspraak is voorbij of gaat niet door.' },
  /** The portal (ADR 0163): a document request the regisseur accepted takes no more files. */
  VERZOEK_AFGEROND: { status: 409, message: 'Dit document is al goedgekeurd. U hoeft niets meer te sturen.' },
  DIGID_DISABLED: { status: 404, message: 'Inloggen met DigiD is niet ingesteld.' },
  OIDC_FAILED: { status: 401, message: 'Inloggen via de identiteitsprovider is mislukt.' },
  OIDC_NO_ACCOUNT: { status: 403, message: 'Er is geen Koers-account gekoppeld aan dit organisatie-account.' },
  DUO_PREVALIDATION_FAILED: { status: 422, message: 'DUO zou dit bericht weigeren; het is niet klaargezet voor verzending.' },
  DUO_MESSAGE_STATE: { status: 409, message: 'Dit DUO-bericht kan in deze toestand niet opnieuw worden aangeboden.' },
  DUO_UNAVAILABLE: { status: 503, message: 'DUO is nu niet bereikbaar. Probeer het later opnieuw; er is niets opgeslagen.' },
  BRP_NOT_CONFIGURED: { status: 503, message: 'De koppeling met de BRP is niet ingesteld. Vraag de beheerder om de BRP-koppeling in te stellen.' },
  BRP_UNAVAILABLE: { status: 503, message: 'De BRP is nu niet bereikbaar. Probeer het later opnieuw; er is niets gewijzigd.' },
  BRP_REFUSED: { status: 502, message: 'De BRP weigerde de vraag van Koers. Vraag de beheerder de BRP-koppeling (sleutel, certificaat of autorisatie) te controleren; er is niets gewijzigd.' },
  BRP_INVALID_ANSWER: { status: 502, message: 'Het antwoord van de BRP was niet te gebruiken. Vraag de beheerder de BRP-koppeling te controleren; er is niets gewijzigd.' },
  BRP_PERSON_NOT_FOUND: { status: 404, message: 'De BRP kent geen persoon met het BSN van dit dossier. Controleer het BSN.' },
  BRP_NO_BSN: { status: 409, message: 'Dit dossier heeft geen BSN; de BRP kan alleen met een BSN worden geraadpleegd. Vul eerst het BSN in.' },
  BRP_NOT_APPLICABLE: { status: 422, message: 'Deze gegevens kunnen niet uit de BRP worden overgenomen.' },
  DUO_STOP_STATE: { status: 409, message: 'Deze stop van de DUO-koppeling is al opgeheven.' },
  PROVIDER_WRONG_KIND: { status: 422, message: 'Deze aanbieder is niet van de soort die hier nodig is. Kies een aanbieder van de juiste soort, of pas de soort aan bij Beheer → Aanbieders en contracten.' },
  PLACEMENT_STATE: { status: 409, message: 'Dit inburgeringsaanbod is al ingetrokken.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Het verzoek is te groot.' },
  INTERNAL: { status: 500, message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: readonly FieldProblem[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    options: { message?: string; field?: string; details?: FieldProblem[]; extra?: Record<string, unknown> } = {},
  ) {
    super(options.message ?? errorCatalog[code].message);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
    this.extra = options.extra;
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    field?: string;
    details?: readonly FieldProblem[];
    [key: string]: unknown;
  };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      ...error.extra,
      code: error.code,
      message: error.message,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}
