import type { Catalogue, CategoryFacet } from '../../catalogue/Catalogue';
import type { AggregateRow } from '../../engine/AggregateRow';
import type { LocalizedText } from '../Report';
import type { UnitLevel } from '../../schema/UnitLevel';
import { enPhrase, indicatorDef, viPhrase } from './wording';

/** Issuers named after the level of the unit they belong to: "Chủ tịch UBND tỉnh **Hà Tĩnh**". */
const ISSUER_LEVEL: { readonly [issuer: string]: UnitLevel } = {
  provincial_peoples_committee: 'province',
  provincial_peoples_committee_chair: 'province',
  provincial_police_director: 'province',
  district_peoples_committee: 'district',
};

/** The unit the report is about, to name an issuer of its level. */
export interface ReportPlace {
  readonly name: string;
  readonly level: UnitLevel;
}

interface Group {
  readonly issuer: string;
  readonly award: string;
  readonly rows: AggregateRow[];
}

/** The segments of a commendation code, an open facet (`*`) read as not given. */
function segmentsOf(category: string | undefined): string[] {
  return (category ?? '').split('.').map((seg) => (seg === '*' ? '' : seg));
}

function facetValue(facets: readonly CategoryFacet[] | undefined, index: number, segment: string): { vi: string; en: string } | null {
  const def = facets?.[index]?.values[segment];
  return def === undefined ? null : { vi: def.nounVi, en: def.nounEn };
}

function facetRank(facets: readonly CategoryFacet[] | undefined, index: number, segment: string): number {
  const values = facets?.[index]?.values;
  const i = values === undefined ? -1 : Object.keys(values).indexOf(segment);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/**
 * Phrases of commendation rows (issuer × award × recipient): one phrase per issuer and award,
 * its recipients joined ("bằng khen của Chủ tịch UBND tỉnh cho 9 tập thể và 15 cá nhân";
 * "certificates of merit from the chair of the provincial People's Committee to 9 collectives and
 * 15 individuals"). An open facet (`*`) is left unsaid ("khen thưởng cho 12 tập thể"). Rows whose
 * code the facets do not know are written with their raw code.
 */
export function commendationPhrases(rows: readonly AggregateRow[], catalogue: Catalogue, indicator: string, place: ReportPlace | null): LocalizedText[] {
  const def = indicatorDef(catalogue, indicator);
  const facets = def?.categoryFacets;
  const groups: Group[] = [];
  for (const row of rows) {
    if (row.value === null) continue;
    const [issuer = '', award = ''] = segmentsOf(row.category);
    let g = groups.find((x) => x.issuer === issuer && x.award === award);
    if (g === undefined) {
      g = { issuer, award, rows: [] };
      groups.push(g);
    }
    g.rows.push(row);
  }
  groups.sort(
    (a, b) =>
      facetRank(facets, 0, a.issuer) - facetRank(facets, 0, b.issuer) ||
      a.issuer.localeCompare(b.issuer) ||
      facetRank(facets, 1, a.award) - facetRank(facets, 1, b.award) ||
      a.award.localeCompare(b.award),
  );
  const baseNoun = { vi: def?.nounVi ?? indicator, en: def?.nounEn ?? indicator };
  return groups.map((g) => {
    const issuerWords = g.issuer === '' ? null : (facetValue(facets, 0, g.issuer) ?? { vi: g.issuer, en: g.issuer });
    const awardWords = g.award === '' ? baseNoun : (facetValue(facets, 1, g.award) ?? { vi: g.award, en: g.award });
    const placeName = place !== null && ISSUER_LEVEL[g.issuer] === place.level ? ` ${place.name}` : '';
    const byVi = issuerWords === null ? '' : ` ${issuerWords.vi}${placeName}`;
    const byEn = issuerWords === null ? '' : ` ${issuerWords.en}`;
    const withRecipient: { vi: string; en: string }[] = [];
    const without: { vi: string; en: string }[] = [];
    const sorted = [...g.rows].sort((a, b) => {
      const ra = segmentsOf(a.category)[2] ?? '';
      const rb = segmentsOf(b.category)[2] ?? '';
      return facetRank(facets, 2, ra) - facetRank(facets, 2, rb) || ra.localeCompare(rb);
    });
    for (const row of sorted) {
      const value = { value: row.value ?? 0, qualifier: row.qualifier, uom: row.uom };
      const recipient = segmentsOf(row.category)[2];
      if (recipient === undefined || recipient === '') {
        without.push({ vi: `${viPhrase(value, awardWords.vi, '')}${byVi}`, en: `${enPhrase(value, awardWords.en)}${byEn}` });
      } else {
        const words = facetValue(facets, 2, recipient) ?? { vi: recipient, en: recipient };
        withRecipient.push({ vi: viPhrase(value, words.vi, ''), en: enPhrase(value, words.en) });
      }
    }
    const out: LocalizedText[] = [];
    if (withRecipient.length > 0) {
      out.push({
        vi: `${awardWords.vi}${byVi} cho ${withRecipient.map((w) => w.vi).join(' và ')}`,
        en: `${awardWords.en}${byEn} to ${withRecipient.map((w) => w.en).join(' and ')}`,
      });
    }
    for (const w of without) out.push(w);
    return { vi: out.map((o) => o.vi).join('; '), en: out.map((o) => o.en).join('; ') };
  });
}
