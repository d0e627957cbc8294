import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, DeadlineView } from '../../api/cases.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { formatDate } from '../../format/dates.ts';
import { Badge } from '../cases/fields.tsx';
import { ExplanationDetails } from './CaseFileFields.tsx';
import { casePartUrl, findPart } from './caseParts.ts';
import { ServerText } from '../../components/ServerText.tsx';

function DeadlineDate({ deadline }: { deadline: DeadlineView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  if (!deadline.date) return <>{t('case.file.noDate')}</>;
  const date = formatDate(deadline.date, language);
  // The termijn is a period: say which day is the last one that counts, once (the server sends that day).
  return <>{deadline.kind === 'termijn' ? t('dossier.tasks.untilIncluding', { date }) : date}</>;
}

/**
 * The open tasks of a case, beside every part: open deadlines with their explanation and the
 * signals (what to do next), each linking to the part where it is done.
 */
export function CaseTasks({ caseId, file }: { caseId: string; file: CaseFile }) {
  const { t } = useTranslation();
  const partLink = (section: string) => {
    const part = findPart(section);
    return part ? (
      <AppLink to={casePartUrl(caseId, part.id)}>{t('case.file.goTo', { section: t(part.labelKey) })}</AppLink>
    ) : null;
  };
  return (
    <aside aria-labelledby="case-tasks-heading" className="koers-case-tasks" data-testid="case-tasks">
      <Heading2 id="case-tasks-heading" className="koers-case-tasks__heading">
        {t('dossier.tasks.heading')}
      </Heading2>
      <Heading3>{t('case.file.signals')}</Heading3>
      {file.signals.length === 0 ? (
        <Paragraph>{t('case.file.noSignals')}</Paragraph>
      ) : (
        <UnorderedList className="koers-case-items" data-testid="case-signals">
          {file.signals.map((s) => (
            <UnorderedListItem key={s.kind} className={s.overdue ? 'koers-case-items__overdue' : undefined}>
              {s.overdue ? <Badge tone="danger">{t('case.file.overdue')}</Badge> : null} <ServerText>{s.reason}</ServerText> {partLink(s.section)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Heading3>{t('case.file.deadlines')}</Heading3>
      {file.deadlines.length === 0 ? (
        <Paragraph>{t('case.file.noDeadlines')}</Paragraph>
      ) : (
        <UnorderedList className="koers-case-items" data-testid="deadlines">
          {file.deadlines.map((d, i) => (
            <UnorderedListItem key={`${d.kind}-${i}`} className={d.overdue ? 'koers-case-items__overdue' : undefined} data-kind={d.kind}>
              <strong>{d.label}</strong>: <DeadlineDate deadline={d} /> {d.overdue ? <Badge tone="danger">{t('case.file.overdue')}</Badge> : null}
              {d.kind === 'termijn' ? null : <Paragraph>
                  <ServerText>{d.explanation.summary}</ServerText>
                </Paragraph>}
              <ExplanationDetails explanation={d.explanation} summaryLabel={t('case.file.explanation')} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </aside>
  );
}
