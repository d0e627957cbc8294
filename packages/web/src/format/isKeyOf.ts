// A type guard for "is this string a key of this catalog object" — replaces `t(key as 'some.key')` after
// `i18n.exists(key)`: only keys the (Dutch) catalog has are looked up, typed.
export function isKeyOf<K extends string>(object: Record<K, unknown>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(object, key);
}
