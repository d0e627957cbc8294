// Letters take their sender block from the gemeente's letter settings; empty settings give the
// gemeente's name only, signed by the college (or the issuer on its behalf).
import { describe, expect, it } from 'vitest';
import { invitationLetter } from '../../src/documents/intake-letters.ts';
import { renderLetterPdf } from '../../src/documents/letter-pdf.ts';
import { buildPipLetter, letterText, type PipLetterInput } from '../../src/documents/pip-beschikking.ts';
import { buildPipWithdrawalLetter } from '../../src/documents/pip-withdrawal-letter.ts';
import { tinyPng } from '../support/images.ts';
import { objectionRecipient, senderLines, signatoryText, type LetterSender } from '../../src/documents/sender.ts';

const full: LetterSender = {
  department: 'Team Inburgering',
  visitingAddress: 'Spuiboulevard 300\n3311 GR Dordrecht',
  postalAddress: 'Postbus 8\n3300 AA Dordrecht',
  phone: '078 770 8910',
  email: 'inburgering@dordrecht.demo',
  signatoryName: 'M. de Wit',
  signatoryFunction: 'Manager Inburgering',
  objectionAddress: 'Postbus 8, 3300 AA Dordrecht, t.a.v. bezwaarcommissie',
};

const pipBase: PipLetterInput = {
  kind: 'beschikking',
  gemeenteName: 'Dordrecht',
  person: { name: 'Amina Haddad', familyName: 'Haddad', address: null },
  caseNumber: 'INB-2026-000042',
  version: 1,
  issuedOn: '2026-03-01',
  issuerName: 'T. Regisseur',
  route: 'B1',
  level: null,
  a2Skills: [],
  intensity: 'Taalles',
  hoursPerWeek: 12,
  estimatedB1Intensity: null,
  motivation: {},
  support: 'Gesprek',
  pvtIntensity: '12 uur',
  mapIntensity: '64 uur',
  mapThemesOmitted: [],
  vve: null,
  participation: null,
  participatiewet: null,
  relief: null,
  progressMeetings: 4,
  change: null,
  term: null,
  objectionPeriodWeeks: 6,
};

describe('the sender block', () => {
  it('lists the gemeente, department, addresses, phone and e-mail; empty settings leave their line out', () => {
    expect(senderLines('Dordrecht', full)).toEqual([
      'Gemeente Dordrecht',
      'Team Inburgering',
      'Bezoekadres: Spuiboulevard 300, 3311 GR Dordrecht',
      'Postadres: Postbus 8, 3300 AA Dordrecht',
      'Telefoon: 078 770 8910',
      'E-mail: inburgering@dordrecht.demo',
    ]);
    expect(senderLines('Dordrecht', {})).toEqual(['Gemeente Dordrecht']);
    expect(senderLines('Dordrecht', { department: '  ', phone: '078 1234567' })).toEqual(['Gemeente Dordrecht', 'Telefoon: 078 1234567']);
  });

  it('signs on behalf of the college by the signatory of the settings, else the issuer, else the college alone', () => {
    expect(signatoryText('Dordrecht', full, 'T. Regisseur')).toBe('Het college van burgemeester en wethouders van Dordrecht,\nnamens dezen,\nM. de Wit\nManager Inburgering');
    expect(signatoryText('Dordrecht', {}, 'T. Regisseur')).toBe('Het college van burgemeester en wethouders van Dordrecht,\nnamens dezen,\nT. Regisseur');
    expect(signatoryText('Dordrecht', {})).toBe('Het college van burgemeester en wethouders van Dordrecht');
  });

  it('sends a bezwaar to the college at the bezwaar address, else the postal address, else the college alone', () => {
    expect(objectionRecipient('Dordrecht', full)).toBe('het college van burgemeester en wethouders van Dordrecht, Postbus 8, 3300 AA Dordrecht, t.a.v. bezwaarcommissie');
    expect(objectionRecipient('Dordrecht', { postalAddress: 'Postbus 8\n3300 AA Dordrecht' })).toBe('het college van burgemeester en wethouders van Dordrecht, Postbus 8, 3300 AA Dordrecht');
    expect(objectionRecipient('Dordrecht', {})).toBe('het college van burgemeester en wethouders van Dordrecht');
  });

  it('the PIP beschikking, the withdrawal and the intake invitation use it', () => {
    const pip = letterText(buildPipLetter({ ...pipBase, sender: full }));
    expect(pip).toContain('Gemeente Dordrecht\nTeam Inburgering\nBezoekadres: Spuiboulevard 300, 3311 GR Dordrecht');
    expect(pip).toContain('Stuur uw bezwaarschrift naar het college van burgemeester en wethouders van Dordrecht, Postbus 8, 3300 AA Dordrecht, t.a.v. bezwaarcommissie.');
    expect(pip).toContain('namens dezen,\nM. de Wit\nManager Inburgering');
    expect(pip).not.toContain('T. Regisseur');

    const withdrawal = letterText(
      buildPipWithdrawalLetter({ kind: 'beschikking', gemeenteName: 'Dordrecht', sender: full, person: pipBase.person, caseNumber: 'INB-2026-000042', version: 1, pipIssuedOn: '2026-03-01', withdrawnOn: '2026-04-01', reasonText: 'het PIP is onjuist vastgesteld', note: null, issuerName: 'T. Regisseur', objectionPeriodWeeks: 6 }),
    );
    expect(withdrawal).toContain('E-mail: inburgering@dordrecht.demo');
    expect(withdrawal).toContain('t.a.v. bezwaarcommissie');

    const invitation = invitationLetter({ gemeenteName: 'Dordrecht', sender: full, person: { givenNames: 'Amina', familyName: 'Haddad', address: null }, caseReference: 'Dossier 1', date: '2026-11-23', sequence: 1, respondBy: '2026-12-04', appointment: null, location: null, interpreter: null });
    expect(invitation.sender?.department).toBe('Team Inburgering');
    expect(invitation.signatory).toBe('Het college van burgemeester en wethouders van Dordrecht,\nnamens dezen,\nM. de Wit\nManager Inburgering');
  });

  it('without settings the letter is as before: the name, signed by the issuer on behalf of the college', () => {
    const text = letterText(buildPipLetter(pipBase));
    expect(text.startsWith('Gemeente Dordrecht\n\nAmina Haddad')).toBe(true);
    expect(text).toContain('Stuur uw bezwaarschrift naar het college van burgemeester en wethouders van Dordrecht. Zet');
    expect(text).toContain('namens dezen,\nT. Regisseur');
  });

  it('renders a PDF with a logo, and still renders when the logo cannot be read', async () => {
    const png = tinyPng();
    const withLogo = await renderLetterPdf({ ...buildPipLetter({ ...pipBase, sender: { ...full, logo: { data: png, contentType: 'image/png' } } }) });
    const without = await renderLetterPdf(buildPipLetter({ ...pipBase, sender: full }));
    expect(withLogo.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(withLogo.toString('latin1')).toContain('/Subtype /Image');
    expect(without.toString('latin1')).not.toContain('/Subtype /Image');
    const broken = await renderLetterPdf(buildPipLetter({ ...pipBase, sender: { ...full, logo: { data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), contentType: 'image/png' } } }));
    expect(broken.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});
