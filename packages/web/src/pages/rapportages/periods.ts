// The dashboard's period presets (the same as @koers/domain presetPeriod; the web app talks to the server over HTTP only).
export const presets = ['dit-halfjaar', 'vorig-halfjaar', 'dit-jaar'] as const;
export type Preset = (typeof presets)[number];

export function presetPeriod(preset: Preset, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const firstHalf = Number(today.slice(5, 7)) <= 6;
  const half = (y: number, h: 1 | 2) => (h === 1 ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` });
  switch (preset) {
    case 'dit-halfjaar':
      return half(year, firstHalf ? 1 : 2);
    case 'vorig-halfjaar':
      return firstHalf ? half(year - 1, 2) : half(year, 1);
    case 'dit-jaar':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    default:
      return preset satisfies never;
  }
}

export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
