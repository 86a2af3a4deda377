import { version } from '../../../package.json';

/** The version of antq that is running (bundled from package.json at build time). */
export const ANTQ_VERSION: string = version;
