import type { ReactNode } from 'react';
import { Table, TableCaption } from '@utrecht/component-library-react';

/**
 * A table in a region that scrolls sideways on a narrow screen (WCAG 1.4.10 reflow) and can be
 * reached and scrolled with the keyboard; the caption names both the table and the region.
 */
export function ScrollTable({
  captionId,
  caption,
  testId,
  liveCaption = false,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  testId: string;
  /** Announce caption changes (a total that follows the filters) to screen readers. */
  liveCaption?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="koers-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="koers-table" data-testid={testId}>
        <TableCaption id={captionId} aria-live={liveCaption ? 'polite' : undefined}>
          {caption}
        </TableCaption>
        {children}
      </Table>
    </div>
  );
}
