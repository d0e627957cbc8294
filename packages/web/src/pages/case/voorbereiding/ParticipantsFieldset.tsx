// Who takes part in a meeting: a role and a name per participant, added and removed in the form.
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { participantRoles, type Participant } from '../../../api/voorbereiding.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { fieldError } from './fields.tsx';

export function ParticipantsFieldset({ idPrefix, participants, setParticipants, error }: { idPrefix: string; participants: Participant[]; setParticipants: Dispatch<SetStateAction<Participant[]>>; error: unknown }) {
  const { t } = useTranslation();
  const setParticipant = (index: number, change: Partial<Participant>) =>
    setParticipants((list) => list.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <Fieldset>
      <FieldsetLegend>{t('voorbereiding.meeting.participants')}</FieldsetLegend>
      {participants.length === 0 ? <Paragraph>{t('voorbereiding.meeting.noParticipants')}</Paragraph> : null}
      {participants.map((p, i) => (
        <div key={i} className="koers-participant">
          <SelectField
            id={`${idPrefix}-participant-${i}-role`}
            label={t('voorbereiding.meeting.participantRole', { n: i + 1 })}
            value={p.role}
            options={participantRoles.map((r) => ({ value: r, label: t(`voorbereiding.role.${r}`) }))}
            onChange={(role) => setParticipant(i, { role })}
            error={fieldError(error, `participants.${i}.role`)}
          />
          <TextField
            id={`${idPrefix}-participant-${i}-name`}
            label={t('voorbereiding.meeting.participantName', { n: i + 1 })}
            value={p.name}
            onChange={(e) => setParticipant(i, { name: e.target.value })}
            error={fieldError(error, `participants.${i}.name`)}
          />
          <Button type="button" appearance="subtle-button" onClick={() => setParticipants((list) => list.filter((_, j) => j !== i))}>
            {t('voorbereiding.meeting.removeParticipant', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button type="button" appearance="secondary-action-button" onClick={() => setParticipants((list) => [...list, { role: 'inburgeraar', name: '' }])}>
        {t('voorbereiding.meeting.addParticipant')}
      </Button>
    </Fieldset>
  );
}
