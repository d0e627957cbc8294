// The intakegesprek's own fields: whether the person was interviewed alone, and the themes discussed.
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeKey } from '../../../api/voorbereiding.ts';
import { ThemeFieldsets, type ThemeValues } from '../intake/themes.tsx';
import { CheckboxField, fieldError } from './fields.tsx';

export interface MeetingThemes {
  keys: readonly ThemeKey[];
  values: ThemeValues;
  setValues: Dispatch<SetStateAction<ThemeValues>>;
  /** Open when the meeting already has themes. */
  open: boolean;
}

export function IntakeMeetingFields({ idPrefix, interviewedAlone, setInterviewedAlone, themes, error }: { idPrefix: string; interviewedAlone: boolean; setInterviewedAlone: (value: boolean) => void; themes: MeetingThemes; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxField
        id={`${idPrefix}-interviewedAlone`}
        label={t('voorbereiding.meeting.interviewedAlone')}
        description={t('voorbereiding.meeting.interviewedAloneHint')}
        checked={interviewedAlone}
        onChange={setInterviewedAlone}
        error={fieldError(error, 'interviewedAlone')}
      />
      <details className="koers-explanation" open={themes.open}>
        <summary>{t('voorbereiding.meeting.themes')}</summary>
        <ThemeFieldsets idPrefix={`${idPrefix}-theme`} keys={themes.keys} values={themes.values} setValues={themes.setValues} error={error} />
      </details>
    </>
  );
}
