// Small counts (issue 16): a count below the gemeente's threshold (setting kleineAantallenDrempel) is
// shown as "< n" to roles that see aggregates only, so no person can be recognised.

export type CountFigure = { readonly kind: 'exact'; readonly value: number } | { readonly kind: 'below'; readonly threshold: number };

// AVG art. 5 lid 1 sub c (minimale gegevensverwerking) with Koers's threshold setting kleineAantallenDrempel — a count too small to show
export function suppressSmall(value: number, threshold: number): CountFigure {
  return value > 0 && value < threshold ? { kind: 'below', threshold } : { kind: 'exact', value };
}

export function countFigureLabel(figure: CountFigure): string {
  switch (figure.kind) {
    case 'exact':
      return figure.value.toLocaleString('nl-NL');
    case 'below':
      return `< ${figure.threshold}`;
    default:
      return figure satisfies never;
  }
}
