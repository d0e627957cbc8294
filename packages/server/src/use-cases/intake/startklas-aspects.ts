// The 24 aspects of a startklas observation (TOVII-like observation instrument, seed 002 bijlage 1;
// requirements R8). One place for keys and Dutch labels; scores 1–4.

export const startklasAspects = [
  { key: 'concentratie', label: 'Concentratie' },
  { key: 'werktempo', label: 'Werktempo' },
  { key: 'begripInstructie', label: 'Begrip van instructies' },
  { key: 'oppikken', label: 'Snelheid van oppikken van nieuwe stof' },
  { key: 'onthouden', label: 'Onthouden van geleerde stof' },
  { key: 'toepassen', label: 'Toepassen in nieuwe situaties' },
  { key: 'zelfstandigheid', label: 'Zelfstandig werken' },
  { key: 'doorzettingsvermogen', label: 'Doorzettingsvermogen' },
  { key: 'motivatie', label: 'Motivatie' },
  { key: 'nauwkeurigheid', label: 'Nauwkeurigheid' },
  { key: 'plannen', label: 'Plannen en organiseren' },
  { key: 'hulpVragen', label: 'Hulp vragen' },
  { key: 'feedback', label: 'Omgaan met feedback' },
  { key: 'samenwerken', label: 'Samenwerken met medecursisten' },
  { key: 'communicatie', label: 'Communicatie met de docent' },
  { key: 'aanwezigheid', label: 'Aanwezigheid en op tijd komen' },
  { key: 'huiswerk', label: 'Huiswerk maken' },
  { key: 'lezen', label: 'Lezen' },
  { key: 'schrijven', label: 'Schrijven' },
  { key: 'luisteren', label: 'Luisteren' },
  { key: 'spreken', label: 'Spreken' },
  { key: 'digitaal', label: 'Digitale vaardigheden' },
  { key: 'leerstrategieen', label: 'Gebruik van leerstrategieën' },
  { key: 'belastbaarheid', label: 'Belastbaarheid' },
] as const;

export type StartklasAspect = (typeof startklasAspects)[number]['key'];
export const startklasAspectKeys: readonly StartklasAspect[] = startklasAspects.map((a) => a.key);

/** Score scale of an aspect: 1 (onvoldoende) to 4 (goed). */
export const startklasScoreLabels = { 1: 'onvoldoende', 2: 'matig', 3: 'voldoende', 4: 'goed' } as const;
export const MIN_SCORE = 1;
export const MAX_SCORE = 4;
