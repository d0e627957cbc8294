/** The terms the portal shows, each with a one-line explanation in every catalog (glossary.<term>). */
export const glossaryTerms = ['pip', 'leerroute', 'termijn', 'a2', 'pvt', 'knm', 'ontzorgen', 'trajectregisseur'] as const;
export type GlossaryTerm = (typeof glossaryTerms)[number];
