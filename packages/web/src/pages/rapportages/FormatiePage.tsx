// /rapportages/formatie (R28, X5): the formatie from the settings and from real data, and the
// prognosis with editable assumptions, computed in the browser with the domain's pure functions.
import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFigureLabel, prognoseScenarioLines, type CountFigure, type PrognoseInput } from '@koers/domain';
import { getFormatie, type FormatieFigures, type FormatieResult, type RealFormatie } from '../../api/rapportages.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RapportagesNav } from './RapportagesNav.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { formatEuro, parseEuro, centsToInput } from '../../format/money.ts';
import { ScenarioChart } from './ScenarioChart.tsx';

const ORGANISATION = 'organisatie';
const nl = (n: number, digits = 0) => n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function FormatiePage() {
  const { t } = useTranslation();
  const user = useUser();
  const query = useQuery({ queryKey: ['rapportages', 'formatie'], queryFn: () => getFormatie() });
  const [choice, setChoice] = useState(user.gemeenten[0]?.id ?? '');
  const data = query.data;
  const figures = data?.gemeenten.find((g) => g.gemeente?.id === choice) ?? data?.gemeenten[0];
  const options = [...(data?.gemeenten ?? []).map((g) => ({ value: g.gemeente?.id ?? '', label: g.gemeente?.name ?? '' })), ...(data?.organisation ? [{ value: ORGANISATION, label: t('rapportages.wholeOrganisation') }] : [])];
  return (
    <>
      <PageHeading>{t('rapportages.formatie.title')}</PageHeading>
      <RapportagesNav />
      <Paragraph appearance="lead">{t('rapportages.formatie.intro')}</Paragraph>
      {query.error ? (
        <ErrorAlert error={query.error} title={t('rapportages.loadError')} />
      ) : !data || !figures ? (
        <Loading />
      ) : (
        <>
          {options.length > 1 ? (
            <div className="koers-form">
              <SelectField id="formatie-gemeente" label={t('rapportages.gemeente')} value={choice} options={options} onChange={setChoice} />
            </div>
          ) : null}
          {choice === ORGANISATION && data.organisation ? (
            <FormatieTable title={t('rapportages.wholeOrganisation')} fromSettings={data.organisation.fromSettings} real={data.organisation.real} norm={null} />
          ) : (
            <>
              <FormatieTable title={figures.gemeente?.name ?? ''} fromSettings={figures.fromSettings} real={figures.real} norm={[figures.assumptions.caseloadNormMin, figures.assumptions.caseloadNormMax]} planned={figures} />
              <Prognose key={figures.gemeente?.id} figures={figures} />
            </>
          )}
        </>
      )}
    </>
  );
}

function FormatieTable({ title, fromSettings, real, norm, planned }: { title: string; fromSettings: FormatieResult; real: RealFormatie; norm: [number, number] | null; planned?: FormatieFigures }) {
  const { t } = useTranslation();
  const c = (f: CountFigure) => countFigureLabel(f);
  const dash = '—';
  const plannedInflow = planned ? planned.assumptions.geplandeInstroom.statushouders + planned.assumptions.geplandeInstroom.gezinsmigranten + planned.assumptions.geplandeInstroom.overig : null;
  const rows: [string, string, string][] = [
    [t('rapportages.formatie.inflow'), plannedInflow === null ? dash : nl(plannedInflow), c(real.inflow)],
    [t('rapportages.formatie.hours'), nl(fromSettings.hoursPerYear), real.formatie ? nl(real.formatie.hoursPerYear) : dash],
    [t('rapportages.formatie.fte'), nl(fromSettings.fte, 1), real.formatie ? nl(real.formatie.fte, 1) : dash],
    [t('rapportages.formatie.cost'), formatEuro(fromSettings.cost), real.formatie ? formatEuro(real.formatie.cost) : dash],
    [t('rapportages.formatie.caseload'), fromSettings.caseload === null ? dash : nl(fromSettings.caseload), real.formatie?.caseload == null ? dash : nl(real.formatie.caseload)],
  ];
  return (
    <section aria-labelledby="formatie-heading">
      <Heading2 id="formatie-heading">{t('rapportages.formatie.tableTitle', { name: title })}</Heading2>
      <ScrollTable captionId="formatie-caption" testId="formatie-table" caption={t('rapportages.formatie.caption', { name: title })}>
        <thead>
          <tr>
            <th scope="col">{t('rapportages.formatie.figure')}</th>
            <th scope="col">{t('rapportages.formatie.fromSettings')}</th>
            <th scope="col">{t('rapportages.formatie.fromData')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a, b]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <ScrollTable captionId="bezetting-caption" testId="bezetting-table" caption={t('rapportages.formatie.staffCaption', { name: title })}>
        <tbody>
          <tr>
            <th scope="row">{t('rapportages.formatie.regisseurs')}</th>
            <td>{nl(real.regisseurs)}</td>
          </tr>
          <tr>
            <th scope="row">{t('rapportages.formatie.openCases')}</th>
            <td>{c(real.openCases)}</td>
          </tr>
          <tr>
            <th scope="row">{t('rapportages.formatie.averageCaseload')}</th>
            <td>{real.averageCaseload === null ? dash : nl(real.averageCaseload, 1)}</td>
          </tr>
          <tr>
            <th scope="row">{t('rapportages.formatie.caseloads')}</th>
            <td>{real.caseloads.length === 0 ? dash : real.caseloads.map(c).join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">{t('rapportages.formatie.unassigned')}</th>
            <td>{c(real.unassigned)}</td>
          </tr>
          {norm ? (
            <tr>
              <th scope="row">{t('rapportages.formatie.norm')}</th>
              <td>{t('rapportages.formatie.normValue', { min: norm[0], max: norm[1] })}</td>
            </tr>
          ) : null}
        </tbody>
      </ScrollTable>
      <Paragraph>{t('rapportages.smallCounts')}</Paragraph>
    </section>
  );
}

type Draft = Record<'statushouders' | 'gezinsmigranten' | 'overig' | 'uren' | 'productieveUren' | 'kostenPerFte' | 'B1' | 'Z' | 'Onderwijs', string>;

function draftOf(f: FormatieFigures): Draft {
  const a = f.assumptions;
  return {
    statushouders: String(a.geplandeInstroom.statushouders),
    gezinsmigranten: String(a.geplandeInstroom.gezinsmigranten),
    overig: String(a.geplandeInstroom.overig),
    uren: String(a.urenPerInburgeraar).replace('.', ','),
    productieveUren: String(a.productieveUrenPerFte),
    kostenPerFte: centsToInput(a.kostenPerFte),
    B1: centsToInput(f.leerroutePrijzen.prices.B1),
    Z: centsToInput(f.leerroutePrijzen.prices.Z),
    Onderwijs: centsToInput(f.leerroutePrijzen.prices.Onderwijs),
  };
}

const whole = (s: string, min: number, max: number): number | null => (/^\s*\d+\s*$/.test(s) && Number(s) >= min && Number(s) <= max ? Number(s) : null);
const decimal = (s: string, min: number, max: number): number | null => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) && n >= min && n <= max ? n : null;
};

type Parsed = Record<keyof Draft, number | null>;

function linesOf(p: Parsed, figures: FormatieFigures) {
  const { statushouders, gezinsmigranten, overig, uren, productieveUren, kostenPerFte, B1, Z, Onderwijs } = p;
  if (statushouders === null || gezinsmigranten === null || overig === null || uren === null || productieveUren === null || kostenPerFte === null || B1 === null || Z === null || Onderwijs === null) return null;
  const input: PrognoseInput = {
    startYear: figures.year + 1,
    years: 3,
    instroom: { statushouders, gezinsmigranten, overig },
    routeMix: figures.routeMix.mix,
    leerroutePrijzen: { B1, Z, Onderwijs },
    urenPerInburgeraar: uren,
    spreidingJaren: figures.assumptions.spreidingJaren,
    productieveUrenPerFte: productieveUren,
    kostenPerFte,
  };
  return prognoseScenarioLines(input);
}

function Prognose({ figures }: { figures: FormatieFigures }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(figures));
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const parsed: Parsed = {
    statushouders: whole(draft.statushouders, 0, 100_000),
    gezinsmigranten: whole(draft.gezinsmigranten, 0, 100_000),
    overig: whole(draft.overig, 0, 100_000),
    uren: decimal(draft.uren, 0.5, 1000),
    productieveUren: whole(draft.productieveUren, 1, 2080),
    kostenPerFte: parseEuro(draft.kostenPerFte),
    B1: parseEuro(draft.B1),
    Z: parseEuro(draft.Z),
    Onderwijs: parseEuro(draft.Onderwijs),
  };
  const error = (k: keyof Parsed, kind: 'whole' | 'amount' | 'hours') => (parsed[k] === null ? t(`rapportages.prognose.invalid.${kind}`) : undefined);
  // Pure and fast (three scenarios × three years): computed on every keystroke, no round trip.
  const lines = linesOf(parsed, figures);
  const mix = figures.routeMix.mix;
  return (
    <section aria-labelledby="prognose-heading">
      <Heading2 id="prognose-heading">{t('rapportages.prognose.title')}</Heading2>
      <Paragraph>{t('rapportages.prognose.intro')}</Paragraph>
      <Paragraph>
        {t(figures.routeMix.source === 'gegevens' ? 'rapportages.prognose.mixFromPips' : 'rapportages.prognose.mixFromSettings', { b1: mix.B1, z: mix.Z, onderwijs: mix.Onderwijs, pips: countFigureLabel(figures.routeMix.pips) })}
      </Paragraph>
      <form className="koers-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="prognose-heading">
        <TextField id="prognose-statushouders" inputMode="numeric" label={t('rapportages.prognose.statushouders')} value={draft.statushouders} onChange={set('statushouders')} error={error('statushouders', 'whole')} />
        <TextField id="prognose-gezinsmigranten" inputMode="numeric" label={t('rapportages.prognose.gezinsmigranten')} value={draft.gezinsmigranten} onChange={set('gezinsmigranten')} error={error('gezinsmigranten', 'whole')} />
        <TextField id="prognose-overig" inputMode="numeric" label={t('rapportages.prognose.overig')} value={draft.overig} onChange={set('overig')} error={error('overig', 'whole')} />
        <TextField id="prognose-uren" inputMode="decimal" label={t('rapportages.prognose.uren')} value={draft.uren} onChange={set('uren')} error={error('uren', 'hours')} />
        <TextField id="prognose-productieve-uren" inputMode="numeric" label={t('rapportages.prognose.productieveUren')} value={draft.productieveUren} onChange={set('productieveUren')} error={error('productieveUren', 'whole')} />
        <TextField id="prognose-kosten-fte" inputMode="decimal" label={t('rapportages.prognose.kostenPerFte')} value={draft.kostenPerFte} onChange={set('kostenPerFte')} error={error('kostenPerFte', 'amount')} />
        {(['B1', 'Z', 'Onderwijs'] as const).map((r) => (
          <TextField
            key={r}
            id={`prognose-prijs-${r}`}
            inputMode="decimal"
            label={t(`rapportages.prognose.price.${r}`)}
            description={t(figures.leerroutePrijzen.sources[r] === 'gegevens' ? 'rapportages.prognose.priceFromContracts' : 'rapportages.prognose.priceFromSettings')}
            value={draft[r]}
            onChange={set(r)}
            error={error(r, 'amount')}
          />
        ))}
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => setDraft(draftOf(figures))}>
            {t('rapportages.prognose.reset')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
      {lines === null ? (
        <Paragraph role="status">{t('rapportages.prognose.fixInput')}</Paragraph>
      ) : (
        <>
          <ScrollTable captionId="prognose-caption" testId="prognose-table" liveCaption caption={t('rapportages.prognose.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('rapportages.prognose.scenario')}</th>
                <th scope="col">{t('rapportages.prognose.year')}</th>
                <th scope="col">{t('rapportages.prognose.inflow')}</th>
                <th scope="col">{t('rapportages.prognose.routes')}</th>
                <th scope="col">{t('rapportages.prognose.fte')}</th>
                <th scope="col">{t('rapportages.prognose.regieCost')}</th>
                <th scope="col">{t('rapportages.prognose.leerrouteCost')}</th>
                <th scope="col">{t('rapportages.prognose.total')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.flatMap((l) => [
                ...l.jaren.map((j, i) => (
                  <tr key={`${l.scenario}-${j.year}`} data-testid={`prognose-${l.scenario}-${j.year}`}>
                    {i === 0 ? (
                      <th scope="rowgroup" rowSpan={l.jaren.length + 1}>
                        {t(`rapportages.scenario.${l.scenario}`)}
                      </th>
                    ) : null}
                    <td>{j.year}</td>
                    <td>{nl(l.instroom.statushouders + l.instroom.gezinsmigranten + l.instroom.overig)}</td>
                    <td>{t('rapportages.prognose.routeCounts', { b1: l.routes.B1, z: l.routes.Z, onderwijs: l.routes.Onderwijs })}</td>
                    <td>{nl(j.regie.fte, 1)}</td>
                    <td>{formatEuro(j.regie.cost)}</td>
                    <td>{formatEuro(j.leerrouteKosten.B1 + j.leerrouteKosten.Z + j.leerrouteKosten.Onderwijs)}</td>
                    <td>{formatEuro(j.totaal)}</td>
                  </tr>
                )),
                <tr key={`${l.scenario}-totaal`} data-testid={`prognose-${l.scenario}-totaal`}>
                  <td colSpan={6}>{t('rapportages.prognose.scenarioTotal')}</td>
                  <td>
                    <strong>{formatEuro(l.totaal)}</strong>
                  </td>
                </tr>,
              ])}
            </tbody>
          </ScrollTable>
          <ScenarioChart lines={lines} />
        </>
      )}
    </section>
  );
}
