// Renders a handhaving letter and stores it in the case's documents (like the other letters).
import type { Tx } from '../../db/database.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { renderLetterPdf, type Letter } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { groundClause, type HandhavingLetterBase } from '../../documents/handhaving-letters.ts';
import { languageCode, type HandhavingState } from '@koers/domain';
import type { UseCaseContext } from '../context.ts';

export async function letterBase(
  tx: Tx,
  ctx: UseCaseContext,
  kase: CaseRow,
  state: HandhavingState,
  date: string,
): Promise<HandhavingLetterBase> {
  const { gemeenteName, sender } = await loadLetterSender(tx, kase.gemeenteId);
  return {
    gemeenteName,
    sender,
    person: { givenNames: kase.givenNames, familyName: kase.familyName, address: kase.address },
    caseNumber: kase.caseNumber ?? '',
    date,
    article: state.article,
    groundText: groundClause[state.ground],
    establishedOn: state.establishedOn,
    facts: state.facts,
    issuerName: ctx.principal.name,
  };
}

export async function storeLetter(tx: Tx, ctx: UseCaseContext, kase: CaseRow, kind: string, letter: Letter): Promise<string> {
  return storeDocument(
    tx,
    ctx.principal,
    {
      caseId: kase.id,
      gemeenteId: kase.gemeenteId,
      kind,
      title: `${letter.subject} (${letter.dateText})`,
      mimeType: 'application/pdf',
      content: await renderLetterPdf(letter, languageCode(kase.preferredLanguage)),
      letterSummary: letter.summary,
    },
    ctx.now,
  );
}
