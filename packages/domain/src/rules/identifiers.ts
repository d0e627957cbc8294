// BSN (11-proef) and V-nummer (vreemdelingennummer) format checks.

export type IdentifierCheck = { readonly valid: true } | { readonly valid: false; readonly message: string };

// art. 1 Wet algemene bepalingen burgerservicenummer (BSN) — 9 digits, 11-proef (weights 9…2, −1)
export function checkBsn(bsn: string): IdentifierCheck {
  if (!/^\d{9}$/.test(bsn)) return { valid: false, message: 'Een BSN bestaat uit precies 9 cijfers.' };
  if (/^0+$/.test(bsn)) return { valid: false, message: 'Een BSN kan niet uit alleen nullen bestaan.' };
  const digits = [...bsn].map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (i === 8 ? -1 : 9 - i), 0);
  if (sum % 11 !== 0) return { valid: false, message: 'Dit BSN voldoet niet aan de elfproef.' };
  return { valid: true };
}

// BSN 11-proef (see checkBsn)
export function isValidBsn(bsn: string): boolean {
  return checkBsn(bsn).valid;
}

// art. 107 Vreemdelingenwet 2000 (vreemdelingenadministratie) — V-nummer: 10 digits
export function checkVNumber(vNumber: string): IdentifierCheck {
  if (!/^\d{10}$/.test(vNumber)) return { valid: false, message: 'Een V-nummer bestaat uit precies 10 cijfers.' };
  return { valid: true };
}

// V-nummer format (see checkVNumber)
export function isValidVNumber(vNumber: string): boolean {
  return checkVNumber(vNumber).valid;
}

// CBS, Gemeentelijke indeling (code list, not law) — a gemeentecode is 4 digits, leading zeros kept (0148 Dalfsen)
export function checkGemeentecode(code: string): IdentifierCheck {
  if (!/^\d{4}$/.test(code)) return { valid: false, message: 'Een CBS-gemeentecode bestaat uit precies 4 cijfers, bijvoorbeeld 0505.' };
  if (code === '0000') return { valid: false, message: 'Gemeentecode 0000 bestaat niet.' };
  return { valid: true };
}

/** RSIN: 9 digits with the same elfproef as the BSN (weights 9…2 and −1). */
function passesElfproef(nineDigits: string): boolean {
  const sum = [...nineDigits].map(Number).reduce((acc, d, i) => acc + d * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

// Logius, OIN-stelsel (Digikoppeling) — OIN: 20 digits = prefix (8) + hoofdnummer (9, or 8 for a
// KvK-nummer) + suffix (3, or 4 after a KvK-nummer). A gemeente's OIN is 00000001 + its RSIN + 000.
export function checkOin(oin: string): IdentifierCheck {
  if (!/^\d{20}$/.test(oin)) return { valid: false, message: 'Een OIN bestaat uit precies 20 cijfers (bijvoorbeeld 00000001 + RSIN + 000).' };
  const prefix = oin.slice(0, 8);
  if (!/^0000000[1-9]$/.test(prefix)) {
    return { valid: false, message: 'Een OIN begint met een prefix van 8 cijfers uit het OIN-register: 0000000 en dan een cijfer 1–9 (00000001 voor een RSIN).' };
  }
  if (prefix === '00000001' && !passesElfproef(oin.slice(8, 17))) {
    return { valid: false, message: 'Dit OIN begint met 00000001, dus de cijfers 9 tot en met 17 zijn een RSIN; dat RSIN voldoet niet aan de elfproef.' };
  }
  if (prefix === '00000003' && oin.slice(16) !== '0000') {
    return { valid: false, message: 'Een OIN op basis van een KvK-nummer (prefix 00000003) eindigt op 0000.' };
  }
  return { valid: true };
}

// Logius, OIN-stelsel — a gemeente's OIN from its RSIN (prefix 00000001, suffix 000)
export function oinFromRsin(rsin: string): string {
  if (!/^\d{9}$/.test(rsin) || !passesElfproef(rsin)) throw new RangeError('Een RSIN bestaat uit 9 cijfers en voldoet aan de elfproef.');
  return `00000001${rsin}000`;
}
