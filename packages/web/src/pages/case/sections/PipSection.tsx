import { Heading2, Paragraph } from '@utrecht/component-library-react';

export interface CaseSectionProps {
  caseId: string;
}

/** Placeholder until this part of the case file is built. */
export function PipSection(_props: CaseSectionProps) {
  return (
    <section aria-labelledby="section-pip">
      <Heading2 id="section-pip">Pip</Heading2>
      <Paragraph>Dit onderdeel komt in een volgende versie.</Paragraph>
    </section>
  );
}
