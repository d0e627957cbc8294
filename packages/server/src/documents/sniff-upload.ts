// What an uploaded file really is: decided from its first bytes (file-type), never from its name or
// the browser's declared type alone; both must agree with the content (ADR 0101).
import { fileTypeOf } from '../util/on-first-use.ts';
import { isOneOf } from '../util/guards.ts';

export const acceptedUploadTypes = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
} as const satisfies Record<string, readonly string[]>;
export type AcceptedUploadType = keyof typeof acceptedUploadTypes;

function isAccepted(mime: string): mime is AcceptedUploadType {
  return Object.hasOwn(acceptedUploadTypes, mime);
}

export type SniffResult = { ok: true; mimeType: AcceptedUploadType } | { ok: false; reason: 'leeg' | 'onbekend-type' | 'naam-past-niet' | 'type-past-niet' };

export async function sniffUpload(content: Buffer, fileName: string, declaredType: string): Promise<SniffResult> {
  if (content.length === 0) return { ok: false, reason: 'leeg' };
  const detected = await fileTypeOf(content);
  if (!detected || !isAccepted(detected.mime)) return { ok: false, reason: 'onbekend-type' };
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!extension || !isOneOf(acceptedUploadTypes[detected.mime], extension)) return { ok: false, reason: 'naam-past-niet' };
  // Browsers send application/octet-stream for types they do not know; any other declared type must match.
  const declared = declaredType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (declared !== '' && declared !== 'application/octet-stream' && declared !== detected.mime && !(declared === 'image/jpg' && detected.mime === 'image/jpeg')) {
    return { ok: false, reason: 'type-past-niet' };
  }
  return { ok: true, mimeType: detected.mime };
}

export const sniffMessages: Record<Exclude<SniffResult, { ok: true }>['reason'], string> = {
  leeg: 'Bestand: het bestand is leeg.',
  'onbekend-type': 'Bestand: de inhoud is geen PDF, JPEG of PNG. Alleen die bestandstypen kunnen worden toegevoegd.',
  'naam-past-niet': 'Bestand: de naam van het bestand past niet bij de inhoud (bijvoorbeeld een afbeelding met de naam .pdf). Gebruik .pdf, .jpg of .png naar wat het bestand is.',
  'type-past-niet': 'Bestand: het opgegeven bestandstype past niet bij de inhoud van het bestand.',
};
