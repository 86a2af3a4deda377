/**
 * The CLI's modules that load zod, in one place: `inputs.ts`, `loadCatalogue.ts` and
 * `unitsCommand.ts` import this module with `import()` only when a schema is checked (`--units`,
 * `--programmes`, `--catalogue`, `antq units --format csv`), so that no other call pays for zod at
 * start (about 0.05 s of CPU and 7–11 MB). One module, not one `import()` each: the build makes one
 * chunk of it rather than many small ones.
 */
export { AdminUnitSchema } from '../../schema/AdminUnitSchema';
export { ProgrammeSchema } from '../../schema/ProgrammeSchema';
export { IndicatorSchema } from '../../schema/IndicatorSchema';
export { fromZodIssues } from '../../errors/fromZodIssues';
export { validateCatalogue } from '../../catalogue/validateCatalogue';
export { unitsFromCsv, unitsToCsv } from './unitsTable';
