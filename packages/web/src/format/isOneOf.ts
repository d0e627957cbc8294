// The list guards are defined once, in the domain; the web reads them from here as before.
export { isOneOf } from '@koers/domain';
