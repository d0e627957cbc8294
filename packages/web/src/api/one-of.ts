// Reading a value that comes from outside the types (a URL parameter, a form field) as a member of a
// known list, without a cast. Defined once, in the domain.
export { isOneOf, oneOf } from '@koers/domain';
