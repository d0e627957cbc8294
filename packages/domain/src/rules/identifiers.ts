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
