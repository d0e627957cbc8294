// Pure parts of schakel 2–3 without a database: letters, themes, scenario, startklas aspects.
import { describe, expect, it } from 'vitest';
import { invitationLetter, renderWarningLetter, warningLetter } from '../../src/documents/intake-letters.ts';
import { startklasAspects } from '../../src/use-cases/intake/startklas-aspects.ts';
import { intakeThemeKeys, mergeThemes, missingThemes, themesFor } from '../../src/use-cases/intake/themes.types.ts';
import { readScenario, scenarioForCase } from '../../src/use-cases/voorbereiding/intake-scenario.ts';

const base = { gemeenteName: 'Dalfsen', person: { givenNames: 'Amira', familyName: 'Haddad', address: 'Kerkstraat 1, Dalfsen' }, caseReference: 'Dossier 1234abcd', date: '2026-11-23' };
const text = (letter: { subject: string; blocks: { heading?: string; text: string }[] }) => [letter.subject, ...letter.blocks.map((b) => `${b.heading ?? ''} ${b.text}`)].join('\n');

describe('intake letters', () => {
  it('invites with the term, the interpreter offer, the right to be interviewed alone and the consequences', () => {
    const letter = invitationLetter({ ...base, sequence: 1, respondBy: '2026-12-04', appointment: { date: '2026-12-02', text: '2 december 2026 om 09:30' }, location: 'Gemeentehuis', interpreter: null });
    const body = text(letter);
    expect(letter.subject).toBe('Uitnodiging brede intake');
    // Cancelling: two werkdagen before the appointment (Wednesday 2 December → Monday 30 November).
    expect(body).toContain('Laat het ons dan uiterlijk 30 november 2026 weten');
    expect(body).toContain('2 december 2026 om 09:30, op deze plaats: Gemeentehuis');
    expect(body).toContain('tolk');
    expect(body).toContain('alleen te voeren');
    expect(body).toContain('artikel 14, eerste lid, van de Wet inburgering 2021');
    expect(letter.signatory).toBe('Het college van burgemeester en wethouders van Dalfsen');
  });

  it('names a repeat invitation and a warning after a no-show, with the new term', async () => {
    expect(invitationLetter({ ...base, sequence: 2, respondBy: '2026-12-18', appointment: null, location: null, interpreter: null }).subject).toBe('Herhaalde uitnodiging brede intake (oproep 2)');
    const warning = warningLetter({ ...base, sequence: 1, sentOn: '2026-11-02', respondBy: '2026-11-16', outcome: 'no-show', newRespondBy: '2026-12-18' });
    expect(text(warning)).toContain('schriftelijke waarschuwing');
    expect(text(warning)).toContain('uiterlijk 18 december 2026');
    expect(text(warning)).toContain('niet verschenen');
    const pdf = await renderWarningLetter({ ...base, sequence: 1, sentOn: '2026-11-02', respondBy: '2026-11-16', outcome: 'insufficient-cooperation', newRespondBy: '2026-12-18' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});

describe('intake themes', () => {
  it('knows the seven legally required themes and which are still empty', () => {
    expect(intakeThemeKeys).toHaveLength(7);
    expect(missingThemes({ taalniveau: { nederlands: ' ' }, vve: { kinderen: 'geen' } })).not.toContain('vve');
    expect(missingThemes({ taalniveau: { nederlands: ' ' } })).toContain('taalniveau');
  });

  it('keeps health themes from roles without case:read-sensitive, also when they write', () => {
    const stored = { persoonlijkeOmstandigheden: { fysiekeGezondheid: 'Diabetes' }, taalniveau: { nederlands: 'A1' } };
    expect(themesFor(stored, false)).toEqual({ taalniveau: { nederlands: 'A1' } });
    expect(themesFor(stored, true)).toEqual(stored);
    expect(mergeThemes(stored, { taalniveau: { nederlands: 'A2' }, persoonlijkeOmstandigheden: { fysiekeGezondheid: 'overschreven' } }, false)).toEqual({
      taalniveau: { nederlands: 'A2' },
      persoonlijkeOmstandigheden: { fysiekeGezondheid: 'Diabetes' },
    });
  });
});

describe('intake scenario', () => {
  it('reads only valid scenarios from the gemeente settings', () => {
    expect(readScenario({ intakeScenario: 3 })).toBe(3);
    expect(readScenario({ intakeScenario: '3' })).toBeNull();
    expect(readScenario(null)).toBeNull();
  });

  it('holds back the intake under scenario 3 until the housing date, for asielstatushouders only', () => {
    const asiel = { gemeenteId: 'g', targetGroup: 'asiel', housedOn: null };
    expect(scenarioForCase(3, asiel, '2026-11-23').invitationAllowed).toBe(false);
    expect(scenarioForCase(3, { ...asiel, housedOn: '2026-11-24' }, '2026-11-23')).toMatchObject({ invitationAllowed: false });
    expect(scenarioForCase(3, { ...asiel, housedOn: '2026-11-23' }, '2026-11-23').invitationAllowed).toBe(true);
    expect(scenarioForCase(2, asiel, '2026-11-23').invitationAllowed).toBe(true);
    expect(scenarioForCase(null, asiel, '2026-11-23').invitationAllowed).toBe(true);
    expect(scenarioForCase(3, { ...asiel, targetGroup: 'gezin-overig' }, '2026-11-23').invitationAllowed).toBe(true);
  });
});

describe('startklas aspects', () => {
  it('has 24 distinct aspects with Dutch labels', () => {
    expect(startklasAspects).toHaveLength(24);
    expect(new Set(startklasAspects.map((a) => a.key)).size).toBe(24);
    expect(startklasAspects.every((a) => a.label.length > 3)).toBe(true);
  });
});
