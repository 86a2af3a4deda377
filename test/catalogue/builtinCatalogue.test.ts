import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import type { Catalogue, IndicatorDef } from '../../src/catalogue/Catalogue';
import { getCategory } from '../../src/catalogue/getCategory';
import { UOMS } from '../../src/quantity/Uom';
import { IndicatorSchema } from '../../src/schema/IndicatorSchema';
import { validateCatalogue } from '../../src/catalogue/validateCatalogue';

/** Every id of DOMAIN.md §4, copied from the table. */
const DOMAIN_IDS = [
  'propaganda_sessions', 'propaganda_attendance', 'mobilization_drives', 'media_items', 'marches',
  'march_participants', 'crackdown_campaigns', 'movement_launches', 'movement_launch_participants',
  'trainings', 'training_attendance', 'legal_aid_sessions', 'legal_aid_attendance', 'pledges_signed',
  'movement_participants', 'listening_forums', 'forum_attendance', 'forum_opinions', 'festivals',
  'petitions_received', 'petitions_resolved', 'tips_received', 'valuable_tips_received',
  'cases_solved_with_public_help', 'suspects_arrested_with_public_help', 'fugitives_caught_or_surrendered',
  'offenders_warned', 'offenders_reviewed_publicly', 'offenders_educated_in_community',
  'reintegration_supported', 'disputes_mediated', 'disputes_mediated_successfully', 'weapons_surrendered',
  'explosives_surrendered', 'support_tools_surrendered', 'fireworks_surrendered', 'poppy_destroyed',
  'funds_mobilized', 'commendations', 'models_established', 'model_types', 'model_sites', 'model_members',
  'exemplars', 'security_teams', 'security_team_members', 'clubs', 'club_members', 'mediation_teams',
  'security_cameras', 'security_cameras_installed', 'areas_meeting_security_standard',
  'areas_free_of_crime', 'areas_free_of_drugs', 'mediation_success_rate',
] as const;

/** Stocks and ratios of DOMAIN.md §4; everything else there is a flow. */
const STOCKS = ['model_types', 'model_sites', 'model_members', 'exemplars', 'security_teams', 'security_team_members', 'clubs', 'club_members', 'mediation_teams', 'security_cameras'];
const RATIOS = ['areas_meeting_security_standard', 'areas_free_of_crime', 'areas_free_of_drugs', 'mediation_success_rate'];

/** Every category code of DOMAIN.md §5, by indicator. */
const DOMAIN_CATEGORIES: Record<string, string[]> = {
  weapons_surrendered: ['gun.military', 'gun.hunting', 'gun.homemade', 'gun.part', 'gun', 'ammunition', 'ammunition.military', 'ammunition.pellet', 'ordnance.grenade', 'ordnance.cluster_bomb', 'ordnance.mine', 'ordnance.bomb', 'crude', 'crude.bayonet', 'crude.nunchaku', 'crude.blade', 'crude.bow'],
  explosives_surrendered: ['explosive', 'explosive.industrial', 'explosive.military', 'detonator', 'detonating_cord', 'safety_fuse', 'precursor'],
  support_tools_surrendered: ['spray', 'electric_baton', 'rubber_bullet_gun', 'handcuffs', 'stun_device'],
  fireworks_surrendered: ['firework', 'firework.explosive', 'firework.display', 'firework.powder', 'firework.precursor'],
  security_teams: ['team.people_security', 'team.street_protection', 'team.civil_defense', 'team.patrol', 'team.self_management', 'team.security_order'],
  security_team_members: ['team.people_security', 'team.security_order'],
  festivals: ['commune', 'village'],
  petitions_received: ['complaint', 'denunciation', 'recommendation'],
  petitions_resolved: ['complaint', 'denunciation', 'recommendation'],
  commendations: [
    'ministry_of_public_security', 'provincial_peoples_committee.certificate_of_merit',
    'provincial_police_director.certificate_of_merit.collective', 'district_peoples_committee.certificate_of_commendation.individual',
    'front_committee.emulation_flag.collective', 'ministry_of_public_security.medal.individual',
    'provincial_peoples_committee_chair.commemorative_medal.individual',
  ],
};

const catalogue: Catalogue = BUILTIN_CATALOGUE;
const entries = Object.entries(catalogue) as [string, IndicatorDef][];

describe('BUILTIN_CATALOGUE', () => {
  it('has every indicator id of DOMAIN.md §4 with its kind', () => {
    for (const id of DOMAIN_IDS) {
      const def = catalogue[id];
      expect(def, id).toBeDefined();
      const kind = STOCKS.includes(id) ? 'stock' : RATIOS.includes(id) ? 'ratio' : 'flow';
      expect([id, def?.kind]).toEqual([id, kind]);
    }
  });

  it('is a sound catalogue: schemas pass and every relation resolves', () => {
    expect(validateCatalogue(catalogue)).toEqual([]);
    for (const [id, def] of entries) expect(IndicatorSchema.safeParse(def).success, id).toBe(true);
  });

  it('has every category of DOMAIN.md §5 with Vietnamese and English words', () => {
    for (const [id, codes] of Object.entries(DOMAIN_CATEGORIES)) {
      for (const code of codes) {
        const cat = getCategory(catalogue[id] as IndicatorDef, code);
        expect(cat, `${id} ${code}`).toBeDefined();
        expect(cat?.labelVi.length).toBeGreaterThan(0);
        expect(cat?.nounEn.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['weapons_surrendered', 'gun.military', 'khẩu', 'súng quân dụng'],
    ['weapons_surrendered', 'gun.homemade', 'khẩu', 'súng tự chế'],
    ['weapons_surrendered', 'ordnance.cluster_bomb', 'quả', 'bom bi'],
    ['weapons_surrendered', 'ordnance.grenade', 'quả', 'lựu đạn'],
    ['weapons_surrendered', 'ammunition', 'viên', 'đạn'],
    ['weapons_surrendered', 'crude.nunchaku', 'đôi', 'côn'],
    ['weapons_surrendered', 'crude.bayonet', undefined, 'lưỡi lê'],
    ['support_tools_surrendered', 'spray', 'hộp', 'xịt cay'],
    ['explosives_surrendered', 'detonator', undefined, 'kíp nổ'],
  ])('writes %s %s with classifier %s', (id, code, classifier, noun) => {
    const cat = getCategory(catalogue[id] as IndicatorDef, code);
    expect(cat?.classifierVi).toBe(classifier);
    expect(cat?.nounVi).toBe(noun);
  });

  it('keeps data consistent: uoms known, relations symmetric, aggregation fits the kind', () => {
    for (const [id, def] of entries) {
      for (const u of def.uoms) expect(UOMS).toContain(u);
      expect(def.uoms).toContain(def.defaultUom);
      for (const p of def.pairedWith ?? []) expect(catalogue[p]?.pairedWith ?? [], `${id} ↔ ${p}`).toContain(id);
      if (def.kind === 'stock') expect([def.timeAggregation, def.unitAggregation]).toEqual(['last', 'sum']);
      if (def.kind === 'flow') expect([def.timeAggregation, def.unitAggregation]).toEqual(['sum', 'sum']);
      if (def.kind === 'ratio') expect([def.timeAggregation, def.unitAggregation, def.uoms]).toEqual(['recompute', 'recompute', ['percent']]);
      for (const [code, cat] of Object.entries(def.categories ?? {})) {
        for (const u of cat.uoms ?? []) expect(def.uoms, `${id} ${code}`).toContain(u);
      }
    }
  });

  it('knows the subset relations of DOMAIN.md §4', () => {
    expect(BUILTIN_CATALOGUE.valuable_tips_received.subsetOf).toBe('tips_received');
    expect(BUILTIN_CATALOGUE.petitions_resolved.subsetOf).toBe('petitions_received');
    expect(BUILTIN_CATALOGUE.disputes_mediated_successfully.subsetOf).toBe('disputes_mediated');
    expect(BUILTIN_CATALOGUE.mediation_success_rate.ratio).toEqual({ numerator: 'disputes_mediated_successfully', denominator: 'disputes_mediated' });
  });

  it('survives a JSON round trip (it is plain data)', () => {
    expect(JSON.parse(JSON.stringify(BUILTIN_CATALOGUE))).toEqual(BUILTIN_CATALOGUE);
  });
});
