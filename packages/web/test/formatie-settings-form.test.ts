// The formatie fields of the beheer settings page: form text ↔ the settings document, every field
// labelled in both catalogs, and a value that is no number reported on its own field.
import { describe, expect, it } from 'vitest';
import { formatieSettingsSchema } from '@koers/domain';
import { formatieFrom, formatieGroups, formatieLabelKey, formatieSingleFields, formatieValuesOf } from '../src/pages/beheer/formatie/formatieFields.ts';
import nl from '../src/i18n/areas/beheer.nl.json' with { type: 'json' };
import en from '../src/i18n/areas/beheer.en.json' with { type: 'json' };

const message = (kind: string, path: string) => `${kind}:${path}`;

describe('formatie settings form', () => {
  it('empty fields send nothing: the defaults apply', () => {
    expect(formatieFrom(formatieValuesOf(undefined), message)).toEqual({ formatie: undefined, problems: {} });
  });

  it('reads Dutch numbers and euros; an empty field of a group takes its default; the schema accepts the result', () => {
    const values = {
      ...formatieValuesOf(undefined),
      'formatie.urenPerInburgeraar': '44,5',
      'formatie.kostenPerFte': '65.000,50',
      'formatie.caseloadNormMax': '85',
      'formatie.routeMix.B1': '50',
      'formatie.routeMix.Z': '40',
    };
    const { formatie, problems } = formatieFrom(values, message);
    expect(problems).toEqual({});
    expect(formatie).toEqual({ urenPerInburgeraar: 44.5, kostenPerFte: 6_500_050, caseloadNormMax: 85, routeMix: { B1: 50, Z: 40, Onderwijs: 10 } });
    expect(formatieSettingsSchema.safeParse(formatie).success).toBe(true);
    // And back: what was stored is shown as the beheerder typed it.
    expect(formatieValuesOf(formatieSettingsSchema.parse(formatie))).toMatchObject({ 'formatie.urenPerInburgeraar': '44,5', 'formatie.kostenPerFte': '65000,50', 'formatie.routeMix.Onderwijs': '10', 'formatie.spreidingJaren': '' });
  });

  it('a value that is no number is a problem on that field, named for the message', () => {
    const { problems } = formatieFrom({ 'formatie.productieveUrenPerFte': 'veel', 'formatie.leerroutePrijzen.Z': '9200 euro', 'formatie.spreidingJaren': '2,5' }, message);
    expect(problems).toEqual({
      'formatie.productieveUrenPerFte': 'whole:formatie.productieveUrenPerFte',
      'formatie.leerroutePrijzen.Z': 'euros:formatie.leerroutePrijzen.Z',
      'formatie.spreidingJaren': 'whole:formatie.spreidingJaren',
    });
  });

  it('every field and group has a label in Dutch and English', () => {
    const paths = [...formatieSingleFields.map((s) => `formatie.${s.key}`), ...formatieGroups.flatMap((g) => [`formatie.${g.key}`, ...g.parts.map((p) => `formatie.${g.key}.${p}`)])];
    for (const catalog of [nl, en]) {
      const labels = catalog.formatie.field as Record<string, string>;
      for (const p of paths) expect(labels[formatieLabelKey(p)], p).toBeTruthy();
    }
  });
});
