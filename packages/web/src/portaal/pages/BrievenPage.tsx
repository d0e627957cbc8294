import type { PortaalBriefSummary, PortaalBrieven } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

/** The letter's summary, in its own language and direction; the Dutch letter stays the official one. */
function LetterSummary({ summary }: { summary: PortaalBriefSummary }) {
  return (
    <div className="portaal-summary" lang={summary.language} dir={summary.dir}>
      <p className="portaal-card__label">{summary.title}</p>
      {summary.lines.map((line) => (
        <p key={line} className="utrecht-paragraph">
          {line}
        </p>
      ))}
      <p className="utrecht-paragraph portaal-summary__disclaimer">{summary.disclaimer}</p>
    </div>
  );
}

export function BrievenPage() {
  const { t, language } = useI18n();
  // The server fills each letter's summary in the portal's language (ADR 0164).
  const brieven = useResource<PortaalBrieven>(`/brieven?taal=${language}`);
  return (
    <PageFrame titleKey="pages.brieven.title" intro={t('brieven.intro')}>
      <Loaded resource={brieven}>
        {({ letters }) =>
          letters.length === 0 ? (
            <Empty textKey="brieven.none" />
          ) : (
            <ul className="portaal-list">
              {letters.map((b) => (
                <li key={b.id} className="portaal-card">
                  <p className="portaal-card__title">{t(`brieven.kind.${b.kind}`)}</p>
                  <p className="portaal-card__label">{formatDate(b.date, language)}</p>
                  <p className="utrecht-paragraph">
                    <Dutch>{b.title}</Dutch>
                  </p>
                  {b.summary && <LetterSummary summary={b.summary} />}
                  <a
                    className="utrecht-button-link utrecht-button-link--secondary-action portaal-button"
                    href={`/api/portaal/brieven/${b.id}/pdf`}
                    download
                  >
                    {t('brieven.download')}
                    <span className="portaal-visually-hidden">
                      {' '}
                      <Dutch>{b.title}</Dutch>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
