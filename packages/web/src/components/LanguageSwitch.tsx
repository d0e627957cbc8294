import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n/index.ts';

/** Switches between Dutch and English; the button text is in the target language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = currentLanguage() === 'nl' ? 'en' : 'nl';
  return (
    <Button
      type="button"
      appearance="subtle-button"
      className="koers-language-switch"
      lang={target}
      aria-label={t('language.switchLabel')}
      data-testid="language-switch"
      onClick={() => void setLanguage(target)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
