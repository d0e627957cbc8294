import { Heading2, Paragraph } from '@utrecht/component-library-react';

export interface CaseSectionProps {
  caseId: string;
}

/** Placeholder until this part of the case file is built. */
export function VoorbereidingSection(_props: CaseSectionProps) {
  return (
    <section aria-labelledby="section-voorbereiding">
      <Heading2 id="section-voorbereiding">Voorbereiding</Heading2>
      <Paragraph>Dit onderdeel komt in een volgende versie.</Paragraph>
    </section>
  );
}
