import { DataList, DataListItem, DataListKey, DataListValue, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PipOverview } from '../../../api/pip.ts';
import { ExplanationDetails } from './fields.tsx';
import { formatDate, lastDay } from '../../../format/dates.ts';
import { ServerText } from '../../../components/ServerText.tsx';

/** The current PIP in short, with the PIP deadline (B3) and the termijn (B5), each with its explanation. */
export function PipSummary({ overview }: { overview: PipOverview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { current, deadline, term, advice } = overview;
  return (
    <div className="koers-pip-summary">
      <Heading3 id="pip-summary-heading">{t('pip.summary.heading')}</Heading3>
      <DataList aria-labelledby="pip-summary-heading">
        <DataListItem>
          <DataListKey>{t('pip.summary.current')}</DataListKey>
          <DataListValue>
            {current ? (
              <>
                {t('pip.summary.currentValue', {
                  version: current.version,
                  kind: t(`pip.kind.${current.kind === 'advies' ? 'advies' : 'beschikking'}`),
                  date: formatDate(current.issuedOn, language),
                })}{' '}
                {current.route ? t(`pip.route.${current.route}`) : null}
              </>
            ) : (
              t('pip.summary.noCurrent')
            )}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('pip.summary.advice')}</DataListKey>
          <DataListValue>
            {advice
              ? t('pip.summary.adviceValue', { route: t(`pip.route.${advice.route}`), source: advice.source, date: formatDate(advice.on, language) })
              : t('pip.summary.noAdvice')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('pip.deadline.heading')}</DataListKey>
          <DataListValue>
            <Paragraph>
              {deadline.value ? formatDate(deadline.value, language) : t('pip.deadline.none')}{' '}
              {deadline.metOn ? (
                <strong>({t('pip.deadline.met', { date: formatDate(deadline.metOn, language) })})</strong>
              ) : deadline.overdue ? (
                <strong data-testid="pip-deadline-overdue">({t('pip.deadline.overdue')})</strong>
              ) : null}
            </Paragraph>
            <Paragraph><ServerText>{deadline.explanation.summary}</ServerText></Paragraph>
            <ExplanationDetails explanation={deadline.explanation} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('pip.term.heading')}</DataListKey>
          <DataListValue>
            <Paragraph>
              {term.value
                ? t('pip.term.value', { start: formatDate(term.value.start, language), end: formatDate(lastDay(term.value.endExclusive), language) })
                : t('pip.term.none')}
            </Paragraph>
            <Paragraph><ServerText>{term.explanation.summary}</ServerText></Paragraph>
            <ExplanationDetails explanation={term.explanation} />
          </DataListValue>
        </DataListItem>
      </DataList>
    </div>
  );
}
