import { useId } from 'react';
import { useI18n } from '../i18n/I18n.tsx';
import { isPortaalLanguage, languageNames, portaalLanguages } from '../i18n/languages.ts';

/** Always visible: each language is named in itself and marked with its own lang. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="portaal-language">
      <label htmlFor={id} className="portaal-language__label">
        <span aria-hidden="true" className="portaal-language__icon">
          🌐
        </span>{' '}
        {t('language.label')}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select portaal-language__select"
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (isPortaalLanguage(next)) setLanguage(next);
        }}
      >
        {portaalLanguages.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {languageNames[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
