import type { ReactNode } from 'react';

/** Text the gemeente wrote (titles, agreements): always Dutch, and marked as such. */
export function Dutch({ children }: { children: ReactNode }) {
  return <span lang="nl">{children}</span>;
}
