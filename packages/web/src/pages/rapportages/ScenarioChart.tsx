// A bar chart of the prognosis: total cost per year for each scenario. Readable without colour: each
// scenario has its own pattern and every bar carries its amount; the table next to it holds the same
// figures for screen readers and keyboard users (the chart itself is an image with a summary).
import type { PrognoseLine, PrognoseScenario } from '@koers/domain';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../format/money.ts';

const patterns: Record<PrognoseScenario, { id: string; fill: string }> = {
  laag: { id: 'patroon-laag', fill: 'url(#patroon-laag)' },
  plan: { id: 'patroon-plan', fill: '#1a4f8b' },
  hoog: { id: 'patroon-hoog', fill: 'url(#patroon-hoog)' },
};

export function ScenarioChart({ lines }: { lines: readonly PrognoseLine[] }) {
  const { t } = useTranslation();
  const years = lines[0]?.jaren.map((j) => j.year) ?? [];
  const max = Math.max(1, ...lines.flatMap((l) => l.jaren.map((j) => j.totaal)));
  const barWidth = 56;
  const groupWidth = lines.length * barWidth + 40;
  const height = 260;
  const top = 30;
  const width = years.length * groupWidth + 20;
  const summary = t('rapportages.prognose.chartSummary', {
    values: lines.map((l) => `${t(`rapportages.scenario.${l.scenario}`)}: ${l.jaren.map((j) => `${j.year} ${formatEuro(j.totaal)}`).join(', ')}`).join('; '),
  });
  return (
    <figure className="koers-chart" data-testid="prognose-chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height + 60}`} width="100%" style={{ maxWidth: `${width}px` }}>
        <defs>
          <pattern id={patterns.laag.id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#1a4f8b" strokeWidth="3" />
          </pattern>
          <pattern id={patterns.hoog.id} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#ffffff" />
            <circle cx="4" cy="4" r="2" fill="#1a4f8b" />
          </pattern>
        </defs>
        {years.map((year, gi) => (
          <g key={year} transform={`translate(${10 + gi * groupWidth}, 0)`}>
            {lines.map((l, li) => {
              const value = l.jaren[gi]?.totaal ?? 0;
              const h = Math.round((value / max) * (height - top));
              const x = 20 + li * barWidth;
              return (
                <g key={l.scenario}>
                  <rect x={x} y={height - h} width={barWidth - 8} height={h} fill={patterns[l.scenario].fill} stroke="#1a4f8b" strokeWidth="1.5" />
                  <text x={x + (barWidth - 8) / 2} y={height - h - 6} fontSize="10" textAnchor="middle" fill="#000">
                    {Math.round(value / 100_000) / 10} mln
                  </text>
                  <text x={x + (barWidth - 8) / 2} y={height + 16} fontSize="11" textAnchor="middle" fill="#000">
                    {t(`rapportages.scenario.${l.scenario}Short`)}
                  </text>
                </g>
              );
            })}
            <text x={20 + (lines.length * barWidth) / 2} y={height + 40} fontSize="13" fontWeight="bold" textAnchor="middle" fill="#000">
              {year}
            </text>
          </g>
        ))}
        <line x1="10" y1={height} x2={width - 10} y2={height} stroke="#000" />
      </svg>
      <figcaption>{t('rapportages.prognose.chartCaption')}</figcaption>
    </figure>
  );
}
