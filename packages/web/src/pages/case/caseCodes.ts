// Code lists of the case the screens have a label for (case.source.*, case.targetGroup.*,
// case.historyField.purpose.*): a value outside them is shown as it came.
export const caseSources = ['handmatig', 'coa', 'duo', 'verhuizing', 'import'] as const;
export const targetGroupLabels = ['asiel', 'gezin-overig', 'none'] as const;
export const permitPurposeLabels = ['non-temporary', 'temporary', 'religious-worker'] as const;
