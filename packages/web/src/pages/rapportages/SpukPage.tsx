// /rapportages/spuk (R27): SPUK entitlement per year from the cases, spending per voorziening,
// budget against spending, the ondertussengroep apart; and the cost lines that add spending.
import { ButtonGroup, Checkbox, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countFigureLabel, voorzieningen, voorzieningLabel, type Voorziening } from '@koers/domain';
import { isApiError } from '../../api/client.ts';
import { addCostLine, deleteCostLine, getCostLines, getSpuk, type SpukFigures } from '../../api/rapportages.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RapportagesNav } from './RapportagesNav.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { formatEuro, parseEuro } from '../../format/money.ts';

const ORGANISATION = 'organisatie';

export function SpukPage() {
  const { t } = useTranslation();
  const user = useUser();
  const query = useQuery({ queryKey: ['rapportages', 'spuk'], queryFn: () => getSpuk() });
  const [choice, setChoice] = useState(user.gemeenten[0]?.id ?? '');
  const data = query.data;
  const figures = choice === ORGANISATION ? data?.organisation : (data?.gemeenten.find((g) => g.gemeente?.id === choice) ?? data?.gemeenten[0]);
  const options = [...(data?.gemeenten ?? []).map((g) => ({ value: g.gemeente?.id ?? '', label: g.gemeente?.name ?? '' })), ...(data?.organisation ? [{ value: ORGANISATION, label: t('rapportages.wholeOrganisation') }] : [])];
  return (
    <>
      <PageHeading>{t('rapportages.spuk.title')}</PageHeading>
      <RapportagesNav />
      <Paragraph appearance="lead">{t('rapportages.spuk.intro')}</Paragraph>
      {query.error ? (
        <ErrorAlert error={query.error} title={t('rapportages.loadError')} />
      ) : !data || !figures ? (
        <Loading />
      ) : (
        <>
          {options.length > 1 ? (
            <div className="koers-form">
              <SelectField id="spuk-gemeente" label={t('rapportages.gemeente')} value={choice} options={options} onChange={setChoice} />
            </div>
          ) : null}
          <SpukTables figures={figures} name={figures.gemeente?.name ?? t('rapportages.wholeOrganisation')} />
          {figures.gemeente ? <CostLines gemeenteId={figures.gemeente.id} /> : null}
        </>
      )}
    </>
  );
}

function SpukTables({ figures, name }: { figures: SpukFigures; name: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading2>{t('rapportages.spuk.budgetTitle', { name })}</Heading2>
      <Paragraph>{t('rapportages.spuk.tranches', { split: figures.trancheVerdeling.map((p) => `${p} %`).join(' / ') })}</Paragraph>
      <ScrollTable captionId="spuk-budget-caption" testId="spuk-budget" caption={t('rapportages.spuk.budgetCaption', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('rapportages.spuk.year')}</th>
            <th scope="col">{t('rapportages.spuk.persons')}</th>
            <th scope="col">{t('rapportages.spuk.entitlement')}</th>
            <th scope="col">{t('rapportages.spuk.spending')}</th>
            <th scope="col">{t('rapportages.spuk.balance')}</th>
            <th scope="col">{t('rapportages.spuk.otgPersons')}</th>
            <th scope="col">{t('rapportages.spuk.otgSpending')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.years.map((y) => (
            <tr key={y.year} data-testid={`spuk-year-${y.year}`}>
              <th scope="row">{y.year}</th>
              <td>{countFigureLabel(y.entitlement.persons)}</td>
              <td>{formatEuro(y.entitlement.total)}</td>
              <td>{formatEuro(y.spending.total)}</td>
              <td>{y.balance < 0 ? t('rapportages.spuk.overspent', { amount: formatEuro(-y.balance) }) : formatEuro(y.balance)}</td>
              <td>{countFigureLabel(y.ondertussengroep.persons)}</td>
              <td>{formatEuro(y.ondertussengroep.spending.total)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <ScrollTable captionId="spuk-voorziening-caption" testId="spuk-voorzieningen" caption={t('rapportages.spuk.perVoorzieningCaption', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('rapportages.spuk.year')}</th>
            <th scope="col">{t('rapportages.spuk.voorziening')}</th>
            <th scope="col">{t('rapportages.spuk.entitlement')}</th>
            <th scope="col">{t('rapportages.spuk.spending')}</th>
            <th scope="col">{t('rapportages.spuk.otgSpending')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.years.flatMap((y) =>
            voorzieningen.map((v, i) => (
              <tr key={`${y.year}-${v}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={voorzieningen.length}>
                    {y.year}
                  </th>
                ) : null}
                <th scope="row">{voorzieningLabel(v)}</th>
                <td>{formatEuro(y.entitlement.perVoorziening[v])}</td>
                <td>{formatEuro(y.spending.perVoorziening[v])}</td>
                <td>{formatEuro(y.ondertussengroep.spending.perVoorziening[v])}</td>
              </tr>
            )),
          )}
        </tbody>
      </ScrollTable>
      {figures.placementsWithoutPrice.kind === 'below' || figures.placementsWithoutPrice.value > 0 ? <Paragraph>{t('rapportages.spuk.withoutPrice', { count: countFigureLabel(figures.placementsWithoutPrice) })}</Paragraph> : null}
      <Paragraph>{t('rapportages.spuk.sources')}</Paragraph>
    </>
  );
}

function CostLines({ gemeenteId }: { gemeenteId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const lines = useQuery({ queryKey: ['rapportages', 'kostenregels', gemeenteId], queryFn: () => getCostLines(gemeenteId) });
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [voorziening, setVoorziening] = useState<Voorziening>('map');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [otg, setOtg] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['rapportages'] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const cents = parseEuro(amount);
    const problems: Record<string, string> = {};
    if (!/^\d{4}$/.test(year.trim())) problems.year = t('rapportages.costLines.invalidYear');
    if (cents === null || cents === 0) problems.amountCents = t('rapportages.costLines.invalidAmount');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || cents === null) return;
    setBusy(true);
    try {
      await addCostLine({ gemeenteId, year: Number(year), voorziening, description, amountCents: cents, ondertussengroep: otg });
      setDescription('');
      setAmount('');
      await refresh();
    } catch (caught) {
      if (isApiError(caught)) setErrors({ ...caught.fields, ...(caught.field ? { [caught.field]: caught.message } : {}) });
      else throw caught;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="kostenregels-heading">
      <Heading2 id="kostenregels-heading">{t('rapportages.costLines.title')}</Heading2>
      <Paragraph>{t('rapportages.costLines.intro')}</Paragraph>
      {lines.data && lines.data.length > 0 ? (
        <ScrollTable captionId="kostenregels-caption" testId="kostenregels" caption={t('rapportages.costLines.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('rapportages.spuk.year')}</th>
              <th scope="col">{t('rapportages.spuk.voorziening')}</th>
              <th scope="col">{t('rapportages.costLines.description')}</th>
              <th scope="col">{t('rapportages.costLines.amount')}</th>
              <th scope="col">{t('rapportages.costLines.otg')}</th>
              <th scope="col">{t('rapportages.costLines.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.data.map((l) => (
              <tr key={l.id}>
                <td>{l.year}</td>
                <td>{l.voorzieningLabel}</td>
                <td>{l.description}</td>
                <td>{formatEuro(l.amountCents)}</td>
                <td>{l.ondertussengroep ? t('rapportages.yes') : t('rapportages.no')}</td>
                <td>
                  <SecondaryActionButton type="button" onClick={() => void deleteCostLine(l).then(refresh)}>
                    {t('rapportages.costLines.remove', { description: l.description })}
                  </SecondaryActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <Paragraph>{t('rapportages.costLines.none')}</Paragraph>
      )}
      <form className="koers-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="kostenregel-jaar" inputMode="numeric" label={t('rapportages.spuk.year')} value={year} onChange={(e) => setYear(e.target.value)} error={errors.year} />
        <SelectField id="kostenregel-voorziening" label={t('rapportages.spuk.voorziening')} value={voorziening} options={voorzieningen.map((v) => ({ value: v, label: voorzieningLabel(v) }))} onChange={setVoorziening} error={errors.voorziening} />
        <TextField id="kostenregel-omschrijving" label={t('rapportages.costLines.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} />
        <TextField id="kostenregel-bedrag" inputMode="decimal" label={t('rapportages.costLines.amount')} description={t('rapportages.costLines.amountHint')} value={amount} onChange={(e) => setAmount(e.target.value)} error={errors.amountCents} />
        <div className="koers-checkbox">
          <Checkbox id="kostenregel-otg" checked={otg} onChange={(e) => setOtg(e.target.checked)} />
          <label htmlFor="kostenregel-otg">{t('rapportages.costLines.otgLabel')}</label>
        </div>
        <ButtonGroup>
          <PrimaryActionButton type="submit" disabled={busy}>
            {t('rapportages.costLines.add')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}
