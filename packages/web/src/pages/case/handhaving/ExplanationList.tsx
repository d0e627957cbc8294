import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Explanation } from '../../../api/handhaving.ts';
import { ServerText } from '../../../components/ServerText.tsx';

/** The rules core's explanation, step by step with its articles (Dutch text from the server). */
export function ExplanationList({ explanation, testId }: { explanation: Explanation; testId?: string }) {
  return (
    <UnorderedList data-testid={testId}>
      {explanation.steps.map((s, i) => (
        <UnorderedListItem key={i}>
          <ServerText>
            {s.text}
            {s.articles.length ? ` (${s.articles.join('; ')})` : ''}
          </ServerText>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
