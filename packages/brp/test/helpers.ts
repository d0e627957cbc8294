import { expect } from 'vitest';
import { HttpBrpClient, type BrpExchange } from '../src/client.ts';
import { createBrpStandIn, type BrpStandIn, type BrpStandInOptions } from '../src/standin/app.ts';
import { demoPersonen } from '../src/standin/demo.ts';
import { loadBrpSpec } from '../src/spec.ts';
import { BrpValidator, brpValidator, formatIssues } from '../src/validator.ts';

export const TODAY = '2026-06-01';
export const API_KEY = 'test-sleutel-voor-de-stand-in';

let independent: BrpValidator | undefined;
/** A validator loaded on its own from the spec file: not the one the code under test uses. */
export function independentValidator(): BrpValidator {
  independent ??= new BrpValidator(loadBrpSpec());
  return independent;
}

export function startStandIn(extra: Partial<BrpStandInOptions> = {}): Promise<BrpStandIn> {
  return createBrpStandIn({ apiKey: API_KEY, personen: demoPersonen(TODAY), today: () => TODAY, validator: brpValidator(), ...extra });
}

/** Records every exchange of a client and validates it strictly with the independent validator. */
export class ContractRecorder {
  readonly exchanges: BrpExchange[] = [];
  readonly onExchange = (x: BrpExchange): void => {
    this.exchanges.push(x);
  };

  violations(): string[] {
    const v = independentValidator();
    const out: string[] = [];
    for (const x of this.exchanges) {
      const req = v.validateQuery(x.requestBody, { strictProperties: true });
      if (req.length > 0) out.push(`${x.operation} verzoek: ${formatIssues(req)}`);
      if (x.status !== undefined && x.status > 0) {
        const res = v.validateResponse(
          { status: x.status, body: x.responseBody, ...(x.contentType !== undefined ? { contentType: x.contentType } : {}) },
          { strictProperties: true },
        );
        if (res.length > 0) out.push(`${x.operation} antwoord ${x.status}: ${formatIssues(res)}`);
      }
    }
    return out;
  }

  expectAllValid(): void {
    expect(this.violations()).toEqual([]);
  }
}

export function clientFor(
  standIn: BrpStandIn,
  opts: { recorder?: ContractRecorder; apiKey?: string | null; timeoutMs?: number } = {},
): HttpBrpClient {
  const apiKey = opts.apiKey === undefined ? API_KEY : opts.apiKey;
  return new HttpBrpClient(
    { baseUrl: standIn.baseUrl, timeoutMs: opts.timeoutMs ?? 5_000, ...(apiKey !== null ? { apiKey } : {}) },
    { validator: brpValidator(), ...(opts.recorder ? { onExchange: opts.recorder.onExchange } : {}) },
  );
}

/** POST /personen directly (bypassing the client), returning status, content type and parsed body. */
export async function post(
  standIn: BrpStandIn,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; contentType: string; body: unknown }> {
  const res = await fetch(`${standIn.baseUrl}/personen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-api-key': API_KEY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

/** `expect.stringContaining` typed as the string it stands for (inside object matchers). */
export const containing = (text: string): string => expect.stringContaining(text) as string;
