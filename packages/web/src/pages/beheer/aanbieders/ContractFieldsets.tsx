// Parts of the contract form: the routes with their prices and the locations with their start moments.
import { Button, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldDescription, FormFieldErrorMessage, Heading3, SecondaryActionButton } from '@utrecht/component-library-react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { contractRoutes, type ContractRouteCode } from '../../../api/providers.ts';
import { TextField } from '../../../components/TextField.tsx';

export interface LocationDraft {
  key: number;
  name: string;
  startMoments: string;
}

type Prices = Partial<Record<ContractRouteCode, string>>;
type FieldError = (field: string) => string | undefined;

export function RoutesFieldset({ prices, setPrices, fieldError }: { prices: Prices; setPrices: Dispatch<SetStateAction<Prices>>; fieldError: FieldError }) {
  const { t } = useTranslation();
  const chosenRoutes = contractRoutes.filter((r) => prices[r] !== undefined);
  const routesError = fieldError('routes') !== undefined && contractRoutes.every((_, i) => fieldError(`routes.${i}`) === undefined) ? fieldError('routes') : undefined;
  return (
    <Fieldset invalid={Boolean(routesError)} className="koers-fieldset">
      <FieldsetLegend>{t('aanbieders.routes')}</FieldsetLegend>
      <FormFieldDescription>{t('aanbieders.routesHint')}</FormFieldDescription>
      {routesError ? <FormFieldErrorMessage>{routesError}</FormFieldErrorMessage> : null}
      {contractRoutes.map((route) => {
        const index = chosenRoutes.indexOf(route);
        return (
          <div key={route}>
            <FormFieldCheckbox
              name="routes"
              value={route}
              label={t(`aanbieders.route.${route}`)}
              checked={prices[route] !== undefined}
              onChange={(e) =>
                setPrices((p) => {
                  const next = { ...p };
                  if (e.target.checked) next[route] = '';
                  else delete next[route];
                  return next;
                })
              }
            />
            {prices[route] !== undefined ? (
              <TextField
                id={`contract-price-${route}`}
                inputMode="decimal"
                label={t('aanbieders.price', { route: t(`aanbieders.route.${route}`) })}
                value={prices[route]}
                required
                error={index >= 0 ? fieldError(`routes.${index}`) : undefined}
                onChange={(e) => setPrices((p) => ({ ...p, [route]: e.target.value }))}
              />
            ) : null}
          </div>
        );
      })}
    </Fieldset>
  );
}

export function LocationsFieldset({ locations, setLocations, fieldError }: { locations: readonly LocationDraft[]; setLocations: Dispatch<SetStateAction<LocationDraft[]>>; fieldError: FieldError }) {
  const { t } = useTranslation();
  const locationsError = fieldError('locations') !== undefined && locations.every((_, i) => fieldError(`locations.${i}`) === undefined) ? fieldError('locations') : undefined;
  const updateLocation = (key: number, patch: Partial<LocationDraft>) => setLocations((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  return (
    <Fieldset invalid={Boolean(locationsError)} className="koers-fieldset">
      <FieldsetLegend>{t('aanbieders.locations')}</FieldsetLegend>
      {locationsError ? <FormFieldErrorMessage>{locationsError}</FormFieldErrorMessage> : null}
      {locations.map((l, i) => (
        <div key={l.key} className="koers-panel">
          <Heading3>{t('aanbieders.location', { n: i + 1 })}</Heading3>
          <TextField id={`contract-location-${l.key}`} label={t('aanbieders.locationName', { n: i + 1 })} value={l.name} required error={fieldError(`locations.${i}.name`)} onChange={(e) => updateLocation(l.key, { name: e.target.value })} />
          <TextField
            id={`contract-moments-${l.key}`}
            label={t('aanbieders.startMoments', { n: i + 1 })}
            description={t('aanbieders.startMomentsHint')}
            value={l.startMoments}
            error={fieldError(`locations.${i}.startMoments`)}
            onChange={(e) => updateLocation(l.key, { startMoments: e.target.value })}
          />
          {locations.length > 1 ? (
            <Button appearance="subtle-button" type="button" onClick={() => setLocations((ls) => ls.filter((x) => x.key !== l.key))}>
              {t('aanbieders.removeLocation', { n: i + 1 })}
            </Button>
          ) : null}
        </div>
      ))}
      <SecondaryActionButton type="button" onClick={() => setLocations((ls) => [...ls, { key: Math.max(-1, ...ls.map((x) => x.key)) + 1, name: '', startMoments: '' }])}>
        {t('aanbieders.addLocation')}
      </SecondaryActionButton>
    </Fieldset>
  );
}
