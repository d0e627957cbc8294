// The bank file parser (ADR 0148): pain.002 with ACCP/RJCT, a group-level rejection, camt.054 with a
// booked debit and a return; and the structural checks that refuse anything else.
import { describe, expect, it } from 'vitest';
import { amountToCents, parseBankFile } from '../../src/ontzorgen/bank-file.ts';
import { bankFile } from './support.ts';

describe('parseBankFile', () => {
  it('reads a pain.002 with an accepted and a rejected payment, with the reason code', () => {
    const r = parseBankFile(bankFile('pain002-accp-rjct.xml', { MSGID: 'KRS202701ABC', E2E1: 'aaa', E2E2: 'bbb' }));
    expect(r).toMatchObject({ ok: true, kind: 'pain.002', originalMessageId: 'KRS202701ABC' });
    if (!r.ok) throw new Error(r.message);
    expect(r.lines).toEqual([
      { endToEndId: 'aaa', status: 'betaald', bankStatus: 'ACCP', reasonCode: null, reasonInfo: null, amountCents: null },
      { endToEndId: 'bbb', status: 'geweigerd', bankStatus: 'RJCT', reasonCode: 'AC04', reasonInfo: 'Rekening opgeheven per 31-12', amountCents: null },
      { endToEndId: 'ONBEKEND0000000000000000000000001', status: 'geweigerd', bankStatus: 'RJCT', reasonCode: 'AC01', reasonInfo: null, amountCents: null },
    ]);
  });

  it('reads a pain.002 that rejects the whole file as one line without an EndToEndId', () => {
    const r = parseBankFile(bankFile('pain002-group-rjct.xml', { MSGID: 'KRS1' }));
    expect(r).toEqual({ ok: true, kind: 'pain.002', originalMessageId: 'KRS1', lines: [{ endToEndId: null, status: 'geweigerd', bankStatus: 'RJCT', reasonCode: 'AM04', reasonInfo: null, amountCents: null }] });
  });

  it('reads a camt.054 with a booked debit (paid) and a return (rejected with its reason)', () => {
    const r = parseBankFile(bankFile('camt054-booked.xml', { DEBTOR_IBAN: 'NL91ABNA0417164300', E2E1: 'aaa', E2E2: 'bbb', AMOUNT1: '650.50', AMOUNT2: '45' }));
    expect(r).toMatchObject({ ok: true, kind: 'camt.054', originalMessageId: null });
    if (!r.ok) throw new Error(r.message);
    expect(r.lines).toEqual([
      { endToEndId: 'aaa', status: 'betaald', bankStatus: 'BOOK', reasonCode: null, reasonInfo: null, amountCents: 65050 },
      { endToEndId: 'bbb', status: 'geweigerd', bankStatus: 'BOOK (terugboeking)', reasonCode: 'MS03', reasonInfo: null, amountCents: 4500 },
    ]);
  });

  it.each([
    ['not XML at all', 'Dit is geen XML', /geen geldige XML/],
    ['broken XML', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt></Document>', /geen geldige XML/],
    ['a DTD with entities', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Document/>', /DOCTYPE/],
    ['another ISO message (pain.001)', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>', /geen betaalstatusrapport \(pain\.002\) of afschrijvingsbericht/],
    ['no namespace', '<Document><CstmrPmtStsRpt/></Document>', /geen betaalstatusrapport \(pain\.002\) of afschrijvingsbericht/],
    ['the right namespace but the wrong root', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><Iets/></Document>', /CstmrPmtStsRpt ontbreekt/],
    ['pain.002 without the original message id', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt><OrgnlGrpInfAndSts><GrpSts>ACCP</GrpSts></OrgnlGrpInfAndSts></CstmrPmtStsRpt></Document>', /OrgnlMsgId ontbreekt/],
    ['camt.054 without entries', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><Ntfctn/></BkToCstmrDbtCdtNtfctn></Document>', /geen betalingen/],
  ])('refuses %s with a Dutch reason', (_, xml, message) => {
    const r = parseBankFile(xml);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(message);
  });

  it('turns amounts into cents without floating point', () => {
    expect([amountToCents('0.01'), amountToCents('650.5'), amountToCents('1234'), amountToCents('1.234'), amountToCents('-5'), amountToCents(null)]).toEqual([1, 65050, 123400, null, null, null]);
  });
});
