// The SEPA Credit Transfer file of an approved batch (pain.001.001.09, EPC SCT C2PSP; ADR 0137),
// built with the `sepa` library and validated against the EPC schema (a copy beside this file)
// with xmllint compiled to WebAssembly before anyone can download it.
import { readFileSync } from 'node:fs';
import SEPA from 'sepa';
import { validateXML } from 'xmllint-wasm';

const schema = readFileSync(new URL('./pain.001.001.09.xsd', import.meta.url), 'utf8');
export const PAIN_FORMAT = 'pain.001.001.09';

export interface SepaBatch {
  messageId: string;
  createdAt: Date;
  debtorName: string;
  debtorIban: string;
  /** The gemeente's BIC (setting ontzorgenAccount): printed as DbtrAgt/FinInstnId/BICFI. */
  debtorBic: string;
  payments: readonly { endToEndId: string; payeeName: string; iban: string; reference: string; amountCents: number; executionDate: string }[];
}

/** The SEPA character set (EPC: Latin letters, digits and / - ? : ( ) . , ' + space): accents dropped, the rest replaced. */
export function sepaText(value: string, max: number): string {
  const plain = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain.replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max) || '-';
}

function localDate(iso: string): Date {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function buildPain001(batch: SepaBatch): string {
  const doc = new SEPA.Document(PAIN_FORMAT);
  doc.grpHdr.id = batch.messageId;
  doc.grpHdr.created = batch.createdAt;
  doc.grpHdr.initiatorName = sepaText(batch.debtorName, 70);
  const byDate = new Map<string, SepaBatch['payments'][number][]>();
  for (const p of batch.payments) byDate.set(p.executionDate, [...(byDate.get(p.executionDate) ?? []), p]);
  for (const [date, payments] of [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const info = doc.createPaymentInfo();
    info.requestedExecutionDate = localDate(date);
    info.debtorIBAN = batch.debtorIban;
    info.debtorBIC = batch.debtorBic;
    info.debtorName = sepaText(batch.debtorName, 70);
    doc.addPaymentInfo(info);
    for (const p of payments) {
      const tx = info.createTransaction();
      tx.creditorName = sepaText(p.payeeName, 70);
      tx.creditorIBAN = p.iban;
      // Cents → euros only here, at the edge: the library prints two decimals.
      tx.amount = p.amountCents / 100;
      tx.remittanceInfo = sepaText(p.reference, 140);
      tx.end2endId = p.endToEndId;
      info.addTransaction(tx);
    }
  }
  return doc.toString();
}

export interface SchemaCheck {
  valid: boolean;
  errors: string[];
}

export async function validatePain001(xml: string): Promise<SchemaCheck> {
  const result = await validateXML({ xml: [{ fileName: 'batch.xml', contents: xml }], schema: [{ fileName: 'pain.001.001.09.xsd', contents: schema }] });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
