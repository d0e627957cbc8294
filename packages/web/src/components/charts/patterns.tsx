// Fills that differ in pattern as well as colour, so no bar is told apart by colour alone (WCAG 1.4.1).
export const patternIds = ['koers-chart-solid', 'koers-chart-stripes', 'koers-chart-dots', 'koers-chart-cross'] as const;

const colours = ['#1f5f99', '#5b3a8c', '#2e7d32', '#8a4b08'];

export function ChartPatterns() {
  return (
    <defs>
      <pattern id={patternIds[0]} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={colours[0]} />
      </pattern>
      <pattern id={patternIds[1]} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={colours[1]} />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="3" />
      </pattern>
      <pattern id={patternIds[2]} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={colours[2]} />
        <circle cx="4" cy="4" r="1.8" fill="#ffffff" />
      </pattern>
      <pattern id={patternIds[3]} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={colours[3]} />
        <path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}

export const patternFill = (index: number): string => `url(#${patternIds[index % patternIds.length]})`;
