// The BRP's error answers (RFC 7807 problem+json) as the stand-in gives them: the spec's types,
// titles and codes, and one `invalidParams` entry per validation issue.
import type { BadRequestFoutbericht, InvalidParam } from '../types.ts';
import type { ValidationIssue } from '../validator.ts';

const problemTypes: Readonly<Record<number, string>> = {
  400: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1',
  401: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2',
  403: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.4',
  406: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.7',
  415: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.16',
  500: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1',
  503: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4',
};

export const reasons: Readonly<Record<string, string>> = {
  required: 'Parameter is verplicht.',
  pattern: 'Waarde voldoet niet aan het patroon.',
  date: 'Waarde is geen geldige datum.',
  boolean: 'Waarde is geen boolean.',
  array: 'Parameter is geen array.',
  string: 'Waarde is geen tekst.',
  integer: 'Waarde is geen geldig getal.',
  minItems: 'Array bevat te weinig items.',
  maxItems: 'Array bevat te veel items.',
  unknownParam: 'Parameter is niet verwacht.',
  value: 'Waarde wordt niet ondersteund.',
  fields: 'Parameter bevat een niet bestaande veldnaam.',
  automatic: 'Veld wordt automatisch geleverd en mag niet worden gevraagd.',
};

/** One spec-valid `invalidParams` entry per validation issue. */
export function invalidParam(i: ValidationIssue): InvalidParam {
  const segments = i.pointer.split('/').filter((s) => s !== '' && !/^\d+$/.test(s));
  const rawName = i.property ?? segments[segments.length - 1] ?? 'body';
  const name = rawName.replace(/[^a-zA-Z0-9._]/g, '').slice(0, 30) || 'body';
  let code: string;
  switch (i.keyword) {
    case 'required':
    case 'pattern':
    case 'minItems':
    case 'maxItems':
      code = i.keyword;
      break;
    case 'format':
      code = 'date';
      break;
    case 'type':
      code = /array/.test(i.message)
        ? 'array'
        : /boolean/.test(i.message)
          ? 'boolean'
          : /integer|number/.test(i.message)
            ? 'integer'
            : 'string';
      break;
    case 'unevaluatedProperties':
    case 'additionalProperties':
      code = 'unknownParam';
      break;
    default:
      code = 'value';
  }
  return {
    type: `https://www.vng.nl/realisatie/api/validaties/${code.toLowerCase()}`,
    name,
    code,
    reason: reasons[code] ?? reasons['value'] ?? 'Waarde wordt niet ondersteund.',
  };
}

export interface Problem {
  readonly status: number;
  readonly title: string;
  readonly code: string;
  readonly detail?: string;
  readonly invalidParams?: InvalidParam[];
}

export function problemBody(p: Problem): BadRequestFoutbericht {
  return {
    type: problemTypes[p.status] ?? problemTypes[500],
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    code: p.code,
    ...(p.invalidParams ? { invalidParams: p.invalidParams } : {}),
  };
}

export const badRequest = (invalidParams: InvalidParam[]): Problem => ({
  status: 400,
  title: 'Een of meerdere parameters zijn niet correct.',
  code: 'paramsValidation',
  detail: `De foutieve parameters zijn ${[...new Set(invalidParams.map((p) => p.name))].join(', ')}.`,
  invalidParams,
});
