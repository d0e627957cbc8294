// Above the case list opened from a dashboard number: which figure and period it shows, and a way back to the whole list.
import { Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates.ts';
import { figureText } from './labels.ts';

export function FigureFilterNote({ figure, value, from, to, onClear }: { figure: string; value: string; from: string; to: string; onClear: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <div className="koers-filter-note" data-testid="figure-filter">
      <Paragraph>
        {t('rapportages.filteredBy', { figure: figureText(t, figure, value), from: formatDate(from, language), to: formatDate(to, language) })}
      </Paragraph>
      <SecondaryActionButton type="button" onClick={onClear}>
        {t('rapportages.clearFilter')}
      </SecondaryActionButton>
    </div>
  );
}
