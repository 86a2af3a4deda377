import { foldVietnamese } from '../../text/normalizeText';

/**
 * Words that name a unit's type in front of its name ("Tỉnh Quảng Bình", "TP. Hồ Chí Minh",
 * "Thành phố Huế"), folded. Longest first so "thi xa" wins over "xa".
 */
const TYPE_PREFIX = /^(?:(?:thanh pho|thi xa|thi tran|dac khu|tinh|tp|huyen|quan|phuong|xa)\s+|tp\.)/;

/** Folded name: tone and vowel marks removed, lower case, no spaces around hyphens or after dots. */
function foldUnitName(name: string): string {
  return foldVietnamese(name).replace(/\s*-\s*/g, '-').replace(/\.\s*/g, '.');
}

/**
 * The keys a unit name is indexed and looked up under: the folded name, then the folded name
 * without a leading type word when it has one. "Thành phố Huế" gives `thanh pho hue` and `hue`.
 */
export function nameKeys(name: string): readonly string[] {
  const full = foldUnitName(name);
  const bare = full.replace(TYPE_PREFIX, '');
  return bare === full || bare === '' ? [full] : [full, bare];
}
