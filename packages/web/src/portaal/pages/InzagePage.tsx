import { useEffect, useState } from 'react';
import { getJson, PortaalError } from '../api/client.ts';
import type { PortaalInzage, PortaalInzageEntry } from '../api/types.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDateTime } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, ErrorMessage } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

type State = { entries: PortaalInzageEntry[]; next: number | null; loading: boolean; error: PortaalError | null; loaded: boolean };

/** "Who looked at my file" (X7): from the processing log; organisation and role, never a person's name. */
export function InzagePage() {
  const { t, language } = useI18n();
  const [state, setState] = useState<State>({ entries: [], next: null, loading: true, error: null, loaded: false });
  const load = (before: number | null) => {
    setState((s) => ({ ...s, loading: true, error: null }));
    getJson<PortaalInzage>(before === null ? '/inzage' : `/inzage?before=${before}`).then(
      (page) => setState((s) => ({ entries: [...s.entries, ...page.entries], next: page.next, loading: false, error: null, loaded: true })),
      (error: unknown) =>
        setState((s) => ({ ...s, loading: false, error: error instanceof PortaalError ? error : new PortaalError(0, 'NETWORK') })),
    );
  };
  useEffect(() => load(null), []);
  return (
    <PageFrame titleKey="pages.inzage.title" intro={t('inzage.intro')}>
      {state.loaded && state.entries.length === 0 ? <Empty textKey="inzage.none" /> : null}
      <ul className="portaal-list">
        {state.entries.map((r, index) => (
          <li key={`${r.at}-${index}`} className="portaal-card">
            <p className="portaal-card__label">{formatDateTime(r.at, language)}</p>
            <dl className="portaal-facts">
              <dt>{t('inzage.who')}</dt>
              <dd>
                <Dutch>{r.organisationName}</Dutch> · {t(`roles.${r.role}`)}
              </dd>
              <dt>{t('inzage.what')}</dt>
              <dd>{t(`inzage.action.${r.action}`)}</dd>
              <dt>{t('inzage.why')}</dt>
              <dd>{t(`inzage.purpose.${r.purpose}`)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {state.error ? <ErrorMessage error={state.error} /> : null}
      {state.loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {!state.loading && state.next !== null ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action portaal-button" onClick={() => load(state.next)}>
          {t('inzage.more')}
        </button>
      ) : null}
    </PageFrame>
  );
}
