// The case's contactpersoon at DUO (Contactpersoon API): who it is and how far the melding is.
// "No telefoonnummer" is a warning: DUO gets nothing until a number is set.
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DuoContact } from '../../../api/duo.ts';

export function DuoContactView({ contact }: { contact: DuoContact }) {
  const { t } = useTranslation();
  const stateText = t(`duo.contact.state.${contact.state}`);
  const item = (key: string, label: string, value: string | number | null) =>
    value === null ? null : (
      <DataListItem key={key}>
        <DataListKey>{label}</DataListKey>
        <DataListValue>{String(value)}</DataListValue>
      </DataListItem>
    );
  return (
    <section aria-labelledby="duo-contact-heading" data-testid="duo-contact" data-state={contact.state}>
      <Heading3 id="duo-contact-heading">{t('duo.contact.heading')}</Heading3>
      <Paragraph>{t('duo.contact.intro')}</Paragraph>
      {contact.state === 'geen-telefoon' ? (
        <Alert type="warning" className="koers-alert" data-testid="duo-contact-no-phone">
          <Paragraph>{stateText}</Paragraph>
        </Alert>
      ) : null}
      <DataList>
        {item('name', t('duo.contact.name'), contact.naam)}
        {item('email', t('duo.contact.email'), contact.email)}
        {item('phone', t('duo.contact.phone'), contact.telefoonnummer)}
        {item('duoId', t('duo.contact.duoId'), contact.duoId)}
        {contact.state === 'geen-telefoon' ? null : item('state', t('duo.contact.stateLabel'), stateText)}
      </DataList>
      {contact.bsnMissing && contact.state !== 'geen-regisseur' && contact.state !== 'geen-telefoon' ? <Paragraph>{t('duo.contact.bsnMissing')}</Paragraph> : null}
    </section>
  );
}
