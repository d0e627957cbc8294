// Collection of an imposed fine (inning), recorded by the financieel medewerker (issue 14).
export const collectionStatuses = ['open', 'betaald', 'in-termijnen', 'uit-handen-gegeven', 'kwijtgescholden'] as const;
export type CollectionStatus = (typeof collectionStatuses)[number];

export const collectionStatusLabel: Readonly<Record<CollectionStatus, string>> = {
  open: 'open',
  betaald: 'betaald',
  'in-termijnen': 'in termijnen',
  'uit-handen-gegeven': 'uit handen gegeven',
  kwijtgescholden: 'kwijtgescholden',
};

// art. 5:10 en 4:86 Algemene wet bestuursrecht (betaling van een geldsom) — what is still outstanding of a fine
export function outstandingCents(amountCents: number, status: CollectionStatus, paidCents: number): number {
  switch (status) {
    case 'betaald':
    case 'kwijtgescholden':
      return 0;
    case 'open':
    case 'in-termijnen':
    case 'uit-handen-gegeven':
      return Math.max(0, amountCents - paidCents);
  }
}
