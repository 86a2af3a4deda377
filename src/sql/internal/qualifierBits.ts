// How a qualifier is written as a number in the SQL antq generates: the bit 2 ** (its place in
// QUALIFIERS), in column `qb` of one figure and in the masks (`*_q`) of the qualifiers a group saw.
// The statements antq compiles and the reading of their rows both take it from here.
import { QUALIFIERS, type Qualifier } from '../../quantity/Qualifier';

/** Each qualifier's bit. */
export const QUALIFIER_BIT = Object.fromEntries(QUALIFIERS.map((q, i) => [q, 2 ** i])) as { readonly [Q in Qualifier]: number };

/** The qualifier of each bit. */
export const QUALIFIER_OF_BIT: ReadonlyMap<number, Qualifier> = new Map(QUALIFIERS.map((q) => [QUALIFIER_BIT[q], q]));
