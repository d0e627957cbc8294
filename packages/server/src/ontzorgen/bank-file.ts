// The bank's answer on an ontzorgen batch as a file (ADR 0148): a pain.002 payment status report
// or a camt.054 debit notification, parsed with fast-xml-parser. No XSD for these messages is in
// the project's reference material, so the file is checked structurally: well-formed XML, no DTD,
// the ISO 20022 namespace and root element of one of the two messages, and every line with an
// EndToEndId and a status. The result is pure data; matching to payments is the use case's job.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isUnknownArray } from '../util/guards.ts';

export type BankFileKind = 'pain.002' | 'camt.054';
export const bankFileKindLabels: Readonly<Record<BankFileKind, string>> = {
  'pain.002': 'Betaalstatusrapport (pain.002)',
  'camt.054': 'Afschrijvingsbericht (camt.054)',
};

/** 'open': the bank has not decided yet (received, pending, only technically checked). */
export type BankLineStatus = 'betaald' | 'geweigerd' | 'open';

export interface BankLine {
  /** null for a status of the whole file (pain.002 group status without transaction details). */
  readonly endToEndId: string | null;
  readonly status: BankLineStatus;
  /** The bank's own status code (ACCP, RJCT, BOOK …), for the report. */
  readonly bankStatus: string;
  readonly reasonCode: string | null;
  readonly reasonInfo: string | null;
  readonly amountCents: number | null;
}

export type BankFileParse =
  | { readonly ok: true; readonly kind: BankFileKind; readonly originalMessageId: string | null; readonly lines: readonly BankLine[] }
  | { readonly ok: false; readonly message: string };

export const MAX_BANK_FILE_BYTES = 5 * 1024 * 1024;

type Node = Record<string, unknown>;
const repeated = new Set(['OrgnlPmtInfAndSts', 'TxInfAndSts', 'StsRsnInf', 'Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'RtrInf', 'AddtlInf']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => repeated.has(name),
});

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const child = (n: unknown, name: string): Node | undefined => (isNode(n) && isNode(n[name]) ? n[name] : undefined);
const list = (n: unknown, name: string): Node[] => {
  const items = isNode(n) ? n[name] : undefined;
  return isUnknownArray(items) ? items.filter(isNode) : [];
};
/** The text of an element, also when it carries attributes (Amt Ccy="EUR"). */
function textOf(n: unknown, ...path: string[]): string | null {
  let cur: unknown = n;
  for (const p of path) {
    if (!isNode(cur)) return null;
    const next = cur[p];
    cur = isUnknownArray(next) ? next[0] : next;
  }
  if (typeof cur === 'string') return cur.trim() === '' ? null : cur.trim();
  if (isNode(cur) && typeof cur['#text'] === 'string') return cur['#text'].trim();
  return null;
}
function allText(n: unknown, name: string): string | null {
  const items = isNode(n) ? n[name] : undefined;
  if (!isUnknownArray(items)) return null;
  const parts = items.map((x) => (typeof x === 'string' ? x : isNode(x) && typeof x['#text'] === 'string' ? x['#text'] : '')).filter((x) => x !== '');
  return parts.length === 0 ? null : parts.join(' ');
}

/** "650.5" → 65050, without floating point; null when it is not an amount. */
export function amountToCents(text: string | null): number | null {
  if (text === null || !/^\d{1,12}(\.\d{1,2})?$/.test(text)) return null;
  const [whole = '0', frac = ''] = text.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

// pain.002 TxSts / GrpSts (ISO 20022 ExternalPaymentTransactionStatus1Code). ACCP and the later
// acceptances mean the bank takes the payment for execution: Koers records it as paid.
function painStatus(code: string): BankLineStatus {
  if (code === 'RJCT') return 'geweigerd';
  if (code === 'ACCP' || code === 'ACSC' || code === 'ACSP' || code === 'ACWC' || code === 'ACCC') return 'betaald';
  return 'open';
}

function reasonOf(n: unknown): { code: string | null; info: string | null } {
  const first = list(n, 'StsRsnInf')[0] ?? list(n, 'RtrInf')[0];
  if (!first) return { code: null, info: null };
  return { code: textOf(first, 'Rsn', 'Cd') ?? textOf(first, 'Rsn', 'Prtry'), info: allText(first, 'AddtlInf') };
}

function parsePain002(doc: Node): BankFileParse {
  const report = child(doc, 'CstmrPmtStsRpt');
  if (!report) return { ok: false, message: 'Het bestand is geen betaalstatusrapport: het element CstmrPmtStsRpt ontbreekt.' };
  const group = child(report, 'OrgnlGrpInfAndSts');
  const originalMessageId = textOf(group, 'OrgnlMsgId');
  if (originalMessageId === null) return { ok: false, message: 'Het betaalstatusrapport noemt niet het bericht-id van de batch (OrgnlGrpInfAndSts/OrgnlMsgId ontbreekt).' };
  const lines: BankLine[] = [];
  for (const info of list(report, 'OrgnlPmtInfAndSts')) {
    for (const tx of list(info, 'TxInfAndSts')) {
      const code = textOf(tx, 'TxSts') ?? textOf(info, 'PmtInfSts') ?? textOf(group, 'GrpSts') ?? '';
      const reason = reasonOf(tx);
      lines.push({ endToEndId: textOf(tx, 'OrgnlEndToEndId'), status: painStatus(code), bankStatus: code || 'geen status', reasonCode: reason.code, reasonInfo: reason.info, amountCents: amountToCents(textOf(tx, 'OrgnlTxRef', 'Amt', 'InstdAmt')) });
    }
  }
  const groupStatus = textOf(group, 'GrpSts');
  if (lines.length === 0) {
    if (groupStatus === null) return { ok: false, message: 'Het betaalstatusrapport bevat geen status: geen GrpSts en geen betalingen (TxInfAndSts).' };
    const reason = reasonOf(group);
    lines.push({ endToEndId: null, status: painStatus(groupStatus), bankStatus: groupStatus, reasonCode: reason.code, reasonInfo: reason.info, amountCents: null });
  }
  return { ok: true, kind: 'pain.002', originalMessageId, lines };
}

function parseCamt054(doc: Node): BankFileParse {
  const notification = child(doc, 'BkToCstmrDbtCdtNtfctn');
  if (!notification) return { ok: false, message: 'Het bestand is geen afschrijvingsbericht: het element BkToCstmrDbtCdtNtfctn ontbreekt.' };
  const lines: BankLine[] = [];
  for (const ntfctn of list(notification, 'Ntfctn')) {
    for (const entry of list(ntfctn, 'Ntry')) {
      const entryStatus = textOf(entry, 'Sts', 'Cd') ?? textOf(entry, 'Sts') ?? '';
      const direction = textOf(entry, 'CdtDbtInd');
      const details = list(entry, 'NtryDtls').flatMap((d) => list(d, 'TxDtls'));
      for (const tx of details) {
        const returned = list(tx, 'RtrInf').length > 0;
        const reason = reasonOf(tx);
        const status: BankLineStatus = returned ? 'geweigerd' : entryStatus === 'BOOK' && direction === 'DBIT' ? 'betaald' : 'open';
        const amount = amountToCents(textOf(tx, 'Amt') ?? textOf(tx, 'AmtDtls', 'TxAmt', 'Amt') ?? (details.length === 1 ? textOf(entry, 'Amt') : null));
        lines.push({ endToEndId: textOf(tx, 'Refs', 'EndToEndId'), status, bankStatus: returned ? `${entryStatus} (terugboeking)` : entryStatus || 'geen status', reasonCode: reason.code, reasonInfo: reason.info, amountCents: amount });
      }
    }
  }
  if (lines.length === 0) return { ok: false, message: 'Het afschrijvingsbericht bevat geen betalingen (Ntry/NtryDtls/TxDtls ontbreken).' };
  return { ok: true, kind: 'camt.054', originalMessageId: null, lines };
}

// Stripping prefixes (removeNSPrefix) also drops the xmlns attributes, so the namespace of the root
// element is read by a second, prefix-keeping parse: <Document xmlns="…"> or <x:Document xmlns:x="…">.
const rootParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, stopNodes: ['*.Document'] });
function namespaceOfDocument(xml: string): string {
  const parsed: unknown = rootParser.parse(xml);
  if (!isNode(parsed)) return '';
  const key = Object.keys(parsed).find((k) => k === 'Document' || k.endsWith(':Document'));
  const root = key === undefined ? undefined : parsed[key];
  if (key === undefined || !isNode(root)) return '';
  const prefix = key.includes(':') ? key.slice(0, key.indexOf(':')) : '';
  const ns = root[prefix === '' ? '@_xmlns' : `@_xmlns:${prefix}`];
  return typeof ns === 'string' ? ns : '';
}

export function parseBankFile(xml: string): BankFileParse {
  if (Buffer.byteLength(xml, 'utf8') > MAX_BANK_FILE_BYTES) return { ok: false, message: 'Het bestand is te groot (hoogstens 5 MB).' };
  // Banks never send a DTD; refusing one keeps entity expansion out.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, message: 'Het bestand bevat een DOCTYPE; dat komt in een bankbestand niet voor en wordt niet ingelezen.' };
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return { ok: false, message: `Het bestand is geen geldige XML (regel ${wellFormed.err.line}): controleer dat u het bestand van de bank ongewijzigd kiest.` };
  const parsed: unknown = parser.parse(xml);
  const doc = child(parsed, 'Document');
  const namespace = namespaceOfDocument(xml);
  const match = /^urn:iso:std:iso:20022:tech:xsd:(pain\.002|camt\.054)\.001\.\d{2}$/.exec(namespace);
  if (!doc || !match) {
    return { ok: false, message: 'Dit is geen betaalstatusrapport (pain.002) of afschrijvingsbericht (camt.054) volgens ISO 20022. Kies het bestand dat de bank bij deze batch geeft.' };
  }
  return match[1] === 'pain.002' ? parsePain002(doc) : parseCamt054(doc);
}
