// The table of contents at the top of the gemeente settings page.
import { Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

const sections = ['letter', 'intake', 'relief', 'duo', 'retention', 'national'] as const;

export function SettingsContents() {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="settings-contents" className="koers-toc">
      <Heading2 id="settings-contents" className="koers-toc__heading">
        {t('beheer.settings.contents')}
      </Heading2>
      <UnorderedList>
        {sections.map((s) => (
          <UnorderedListItem key={s}>
            <a className="utrecht-link utrecht-link--html-a" href={`#settings-${s}`}>
              {t(`beheer.settings.section.${s}`)}
            </a>
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          <a className="utrecht-link utrecht-link--html-a" href="#settings-formatie">
            {t('beheer.formatie.title')}
          </a>
        </UnorderedListItem>
        <UnorderedListItem>
          <a className="utrecht-link utrecht-link--html-a" href="#settings-logo">
            {t('beheer.settings.section.logo')}
          </a>
        </UnorderedListItem>
        <UnorderedListItem>
          <a className="utrecht-link utrecht-link--html-a" href="#gemeente-history">
            {t('beheer.history.title')}
          </a>
        </UnorderedListItem>
      </UnorderedList>
    </nav>
  );
}
