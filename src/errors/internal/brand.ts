/** Global brand on antq errors; `Symbol.for` so ESM and CJS copies agree. */
export const ERROR_BRAND: unique symbol = Symbol.for('antq.error') as never;
