// The public API of antq, one name at a time. Nothing is exported that is not listed here.

// errors
export { AntqError } from './errors/AntqError';
export { ValidationError } from './errors/ValidationError';
export { isAntqError } from './errors/isAntqError';
export type { Issue } from './errors/Issue';
export type { ParseResult } from './errors/ParseResult';

// quantities
export { QUALIFIERS } from './quantity/Qualifier';
export type { Qualifier } from './quantity/Qualifier';
export { UOMS } from './quantity/Uom';
export type { Uom } from './quantity/Uom';
