// Marking a portal message or appointment response handled, as the case file's portal part offers it.
export type HandlePortaalItem = (kind: 'berichten' | 'reacties', id: string, version: number) => Promise<void>;
