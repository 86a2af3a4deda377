import type { Figure } from '../schema/FigureSchema';
import type { Catalogue, IndicatorId } from './Catalogue';

/**
 * A figure whose `indicator` is a literal id of catalogue `C`: a misspelt id is a compile error.
 *
 * @category Domain
 */
export type FigureOf<C extends Catalogue> = Omit<Figure, 'indicator'> & { readonly indicator: IndicatorId<C> };
