import type { Catalogue } from './Catalogue';

// Category trees shared by several indicators. Plain data, spread into the one constant below.

const WEAPON_CATEGORIES = {
  gun: { labelVi: 'Súng các loại', labelEn: 'Guns of all kinds', nounVi: 'súng các loại', nounEn: 'guns', classifierVi: 'khẩu', synonymsVi: ['súng các loại', 'súng'], uoms: ['piece'] },
  'gun.military': { labelVi: 'Súng quân dụng', labelEn: 'Military guns', nounVi: 'súng quân dụng', nounEn: 'military guns', classifierVi: 'khẩu', synonymsVi: ['súng quân dụng', 'súng quân sự', 'súng AK', 'súng K54', 'súng K59', 'súng CKC', 'súng SKS'], uoms: ['piece'] },
  'gun.hunting': { labelVi: 'Súng săn', labelEn: 'Hunting guns', nounVi: 'súng săn', nounEn: 'hunting guns', classifierVi: 'khẩu', synonymsVi: ['súng săn', 'súng kíp', 'súng hơi', 'súng cồn'], uoms: ['piece'] },
  'gun.homemade': { labelVi: 'Súng tự chế', labelEn: 'Home-made guns', nounVi: 'súng tự chế', nounEn: 'home-made guns', classifierVi: 'khẩu', synonymsVi: ['súng tự chế', 'súng tự tạo', 'súng hơi tự chế', 'súng cồn tự chế', 'súng kíp tự chế', 'súng săn tự chế', 'súng cải tiến', 'súng bắn bi'], uoms: ['piece'] },
  'gun.part': { labelVi: 'Linh kiện súng', labelEn: 'Gun parts', nounVi: 'linh kiện súng', nounEn: 'gun parts', classifierVi: 'chiếc', synonymsVi: ['linh kiện', 'nòng súng', 'linh kiện súng'], uoms: ['piece'] },
  ammunition: { labelVi: 'Đạn', labelEn: 'Ammunition', nounVi: 'đạn', nounEn: 'rounds of ammunition', classifierVi: 'viên', synonymsVi: ['đạn', 'viên đạn', 'đạn các loại'], uoms: ['piece'] },
  'ammunition.military': { labelVi: 'Đạn quân dụng', labelEn: 'Military ammunition', nounVi: 'đạn quân dụng', nounEn: 'rounds of military ammunition', classifierVi: 'viên', synonymsVi: ['đạn quân dụng', 'đạn AK', 'đạn K54', 'đạn CKC'], uoms: ['piece'] },
  'ammunition.pellet': { labelVi: 'Đạn chì, đạn hoa cải', labelEn: 'Pellets', nounVi: 'đạn chì', nounEn: 'pellets', classifierVi: 'viên', synonymsVi: ['đạn chì', 'đạn hoa cải', 'đạn súng hơi'], uoms: ['piece'] },
  ordnance: { labelVi: 'Bom, mìn, lựu đạn', labelEn: 'Ordnance', nounVi: 'bom, mìn, lựu đạn', nounEn: 'pieces of ordnance', classifierVi: 'quả', synonymsVi: ['bom mìn', 'bom, mìn, lựu đạn', 'đạn cối', 'đạn pháo', 'quả đạn', 'đầu đạn', 'vật liệu nổ quân dụng'], uoms: ['piece'] },
  'ordnance.grenade': { labelVi: 'Lựu đạn', labelEn: 'Grenades', nounVi: 'lựu đạn', nounEn: 'grenades', classifierVi: 'quả', synonymsVi: ['lựu đạn'], uoms: ['piece'] },
  'ordnance.cluster_bomb': { labelVi: 'Bom bi', labelEn: 'Cluster bombs', nounVi: 'bom bi', nounEn: 'cluster bombs', classifierVi: 'quả', synonymsVi: ['bom bi'], uoms: ['piece'] },
  'ordnance.mine': { labelVi: 'Mìn', labelEn: 'Mines', nounVi: 'mìn', nounEn: 'mines', classifierVi: 'quả', synonymsVi: ['mìn', 'quả mìn'], uoms: ['piece'] },
  'ordnance.bomb': { labelVi: 'Bom', labelEn: 'Bombs', nounVi: 'bom', nounEn: 'bombs', classifierVi: 'quả', synonymsVi: ['bom', 'quả bom'], uoms: ['piece'] },
  crude: { labelVi: 'Vũ khí thô sơ', labelEn: 'Crude weapons', nounVi: 'vũ khí thô sơ', nounEn: 'crude weapons', classifierVi: 'chiếc', synonymsVi: ['vũ khí thô sơ', 'hung khí', 'tuýp sắt', 'mũi tên', 'gậy sắt'] },
  'crude.bayonet': { labelVi: 'Lưỡi lê', labelEn: 'Bayonets', nounVi: 'lưỡi lê', nounEn: 'bayonets', synonymsVi: ['lưỡi lê'], uoms: ['piece'] },
  'crude.nunchaku': { labelVi: 'Côn', labelEn: 'Nunchaku', nounVi: 'côn', nounEn: 'nunchaku', classifierVi: 'đôi', synonymsVi: ['côn', 'côn gỗ', 'côn nhị khúc', 'côn sắt'], uoms: ['pair', 'piece'] },
  'crude.blade': { labelVi: 'Dao, kiếm, mã tấu, giáo, mác', labelEn: 'Blades', nounVi: 'dao, kiếm các loại', nounEn: 'blades', classifierVi: 'chiếc', synonymsVi: ['dao', 'kiếm', 'mã tấu', 'giáo', 'mác', 'dao kiếm'], uoms: ['piece'] },
  'crude.bow': { labelVi: 'Cung, nỏ', labelEn: 'Bows and crossbows', nounVi: 'cung, nỏ', nounEn: 'bows and crossbows', classifierVi: 'chiếc', synonymsVi: ['cung', 'nỏ', 'cung nỏ'], uoms: ['piece'] },
} as const;

const EXPLOSIVE_CATEGORIES = {
  explosive: { labelVi: 'Thuốc nổ', labelEn: 'Explosives', nounVi: 'thuốc nổ', nounEn: 'of explosives', synonymsVi: ['thuốc nổ', 'thuốc nổ các loại', 'thuốc súng', 'thuốc súng tự chế'], uoms: ['kg'] },
  'explosive.industrial': { labelVi: 'Thuốc nổ công nghiệp', labelEn: 'Industrial explosives', nounVi: 'thuốc nổ công nghiệp', nounEn: 'of industrial explosives', synonymsVi: ['thuốc nổ công nghiệp'], uoms: ['kg'] },
  'explosive.military': { labelVi: 'Thuốc nổ quân dụng', labelEn: 'Military explosives', nounVi: 'thuốc nổ quân dụng', nounEn: 'of military explosives', synonymsVi: ['thuốc nổ quân dụng', 'thuốc nổ quân sự'], uoms: ['kg'] },
  detonator: { labelVi: 'Kíp nổ', labelEn: 'Detonators', nounVi: 'kíp nổ', nounEn: 'detonators', synonymsVi: ['kíp nổ', 'kíp mìn'], uoms: ['piece'] },
  detonating_cord: { labelVi: 'Dây nổ', labelEn: 'Detonating cord', nounVi: 'dây nổ', nounEn: 'of detonating cord', synonymsVi: ['dây nổ'], uoms: ['m'] },
  safety_fuse: { labelVi: 'Dây cháy chậm', labelEn: 'Safety fuse', nounVi: 'dây cháy chậm', nounEn: 'of safety fuse', synonymsVi: ['dây cháy chậm'], uoms: ['m'] },
  precursor: { labelVi: 'Tiền chất thuốc nổ', labelEn: 'Explosive precursors', nounVi: 'tiền chất thuốc nổ', nounEn: 'of explosive precursors', synonymsVi: ['tiền chất', 'tiền chất thuốc nổ'], uoms: ['kg'] },
} as const;

const SUPPORT_TOOL_CATEGORIES = {
  spray: { labelVi: 'Bình xịt cay', labelEn: 'Pepper sprays', nounVi: 'xịt cay', nounEn: 'pepper sprays', classifierVi: 'hộp', synonymsVi: ['bình xịt cay', 'hộp xịt', 'bình xịt', 'xịt hơi cay'] },
  electric_baton: { labelVi: 'Dùi cui điện', labelEn: 'Electric batons', nounVi: 'dùi cui điện', nounEn: 'electric batons', classifierVi: 'chiếc', synonymsVi: ['dùi cui điện'] },
  rubber_bullet_gun: { labelVi: 'Súng bắn đạn cao su', labelEn: 'Rubber-bullet guns', nounVi: 'súng bắn đạn cao su', nounEn: 'rubber-bullet guns', classifierVi: 'khẩu', synonymsVi: ['súng bắn đạn cao su'] },
  handcuffs: { labelVi: 'Khóa số tám', labelEn: 'Handcuffs', nounVi: 'khóa số tám', nounEn: 'handcuffs', classifierVi: 'chiếc', synonymsVi: ['khóa số tám', 'còng số tám', 'còng tay'] },
  stun_device: { labelVi: 'Thiết bị gây choáng', labelEn: 'Stun devices', nounVi: 'thiết bị gây choáng', nounEn: 'stun devices', classifierVi: 'chiếc', synonymsVi: ['thiết bị gây choáng', 'súng điện'] },
} as const;

const FIREWORK_CATEGORIES = {
  firework: { labelVi: 'Pháo', labelEn: 'Fireworks', nounVi: 'pháo các loại', nounEn: 'fireworks', synonymsVi: ['pháo', 'pháo các loại'] },
  'firework.explosive': { labelVi: 'Pháo nổ', labelEn: 'Firecrackers', nounVi: 'pháo nổ', nounEn: 'firecrackers', synonymsVi: ['pháo nổ'] },
  'firework.display': { labelVi: 'Pháo hoa', labelEn: 'Display fireworks', nounVi: 'pháo hoa', nounEn: 'display fireworks', synonymsVi: ['pháo hoa', 'pháo hoa nổ'] },
  'firework.powder': { labelVi: 'Thuốc pháo', labelEn: 'Firework powder', nounVi: 'thuốc pháo', nounEn: 'firework powder', synonymsVi: ['thuốc pháo'], uoms: ['kg'] },
  'firework.precursor': { labelVi: 'Nguyên liệu làm pháo', labelEn: 'Firework precursors', nounVi: 'nguyên liệu làm pháo', nounEn: 'firework precursors', synonymsVi: ['nguyên liệu làm pháo', 'tiền chất pháo'], uoms: ['kg'] },
} as const;

const TEAM_CATEGORIES = {
  team: { labelVi: 'Tổ, đội quần chúng', labelEn: 'Grassroots security teams', nounVi: 'tổ, đội', nounEn: 'teams', classifierVi: 'tổ', synonymsVi: ['tổ, đội', 'lực lượng quần chúng'] },
  'team.people_security': { labelVi: 'Tổ an ninh nhân dân', labelEn: "People's security teams", nounVi: 'tổ an ninh nhân dân', nounEn: "people's security teams", synonymsVi: ['tổ an ninh nhân dân', 'tổ ANND'] },
  'team.street_protection': { labelVi: 'Tổ bảo vệ dân phố', labelEn: 'Street protection teams', nounVi: 'tổ bảo vệ dân phố', nounEn: 'street protection teams', synonymsVi: ['tổ bảo vệ dân phố', 'tổ dân phòng'] },
  'team.civil_defense': { labelVi: 'Đội dân phòng', labelEn: 'Civil defence teams', nounVi: 'đội dân phòng', nounEn: 'civil defence teams', synonymsVi: ['đội dân phòng'] },
  'team.patrol': { labelVi: 'Tổ tuần tra "dân cử, dân nuôi"', labelEn: 'Community patrol teams', nounVi: 'tổ tuần tra', nounEn: 'community patrol teams', synonymsVi: ['tổ tuần tra', 'dân cử, dân nuôi', 'tổ tự quản tuần tra'] },
  'team.self_management': { labelVi: 'Tổ tự quản, tổ liên gia tự quản', labelEn: 'Self-management teams', nounVi: 'tổ tự quản', nounEn: 'self-management teams', synonymsVi: ['tổ tự quản', 'tổ liên gia tự quản', 'tổ liên gia', 'tổ đoàn kết', 'tổ đoàn kết trên biển', 'tổ đoàn kết sản xuất'] },
  'team.security_order': { labelVi: 'Tổ bảo vệ an ninh, trật tự', labelEn: 'Security and order teams', nounVi: 'tổ bảo vệ an ninh, trật tự', nounEn: 'security and order teams', synonymsVi: ['tổ bảo vệ an ninh, trật tự', 'lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở'] },
} as const;

const VENUE_CATEGORIES = {
  commune: { labelVi: 'Cấp xã', labelEn: 'Commune level', nounVi: 'xã, phường, thị trấn', nounEn: 'communes', classifierVi: 'điểm', synonymsVi: ['cấp xã', 'xã, phường, thị trấn'] },
  village: { labelVi: 'Khu dân cư', labelEn: 'Village level', nounVi: 'khu dân cư', nounEn: 'villages and residential areas', classifierVi: 'điểm', synonymsVi: ['khu dân cư', 'thôn, xóm, tổ dân phố'] },
} as const;

const PETITION_CATEGORIES = {
  complaint: { labelVi: 'Khiếu nại', labelEn: 'Complaints', nounVi: 'đơn khiếu nại', nounEn: 'complaints', synonymsVi: ['khiếu nại', 'đơn khiếu nại'] },
  denunciation: { labelVi: 'Tố cáo', labelEn: 'Denunciations', nounVi: 'đơn tố cáo', nounEn: 'denunciations', synonymsVi: ['tố cáo', 'đơn tố cáo'] },
  recommendation: { labelVi: 'Kiến nghị, phản ánh', labelEn: 'Recommendations and reports', nounVi: 'đơn kiến nghị, phản ánh', nounEn: 'recommendations and reports', synonymsVi: ['kiến nghị', 'phản ánh', 'kiến nghị, phản ánh'] },
} as const;

const AREA_CATEGORIES = {
  residential_area: { labelVi: 'Khu dân cư', labelEn: 'Residential areas', nounVi: 'khu dân cư', nounEn: 'residential areas', synonymsVi: ['khu dân cư', 'thôn, xóm, tổ dân phố'] },
  commune: { labelVi: 'Xã, phường, thị trấn', labelEn: 'Communes', nounVi: 'xã, phường, thị trấn', nounEn: 'communes', synonymsVi: ['xã', 'xã, phường, thị trấn'] },
  agency: { labelVi: 'Cơ quan, doanh nghiệp, nhà trường', labelEn: 'Agencies, enterprises and schools', nounVi: 'cơ quan, doanh nghiệp, nhà trường', nounEn: 'agencies, enterprises and schools', synonymsVi: ['cơ quan', 'doanh nghiệp', 'nhà trường', 'cơ quan, doanh nghiệp, nhà trường'] },
} as const;

const COMMENDATION_FACETS = [
  {
    key: 'issuer',
    values: {
      ministry_of_public_security: { labelVi: 'Bộ trưởng Bộ Công an', labelEn: 'Minister of Public Security', nounVi: 'của Bộ trưởng Bộ Công an', nounEn: 'from the Minister of Public Security', synonymsVi: ['Bộ trưởng Bộ Công an', 'Bộ Công an'] },
      provincial_peoples_committee: { labelVi: 'UBND tỉnh', labelEn: "Provincial People's Committee", nounVi: 'của UBND tỉnh', nounEn: "from the provincial People's Committee", synonymsVi: ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'] },
      provincial_peoples_committee_chair: { labelVi: 'Chủ tịch UBND tỉnh', labelEn: "Chair of the Provincial People's Committee", nounVi: 'của Chủ tịch UBND tỉnh', nounEn: "from the chair of the provincial People's Committee", synonymsVi: ['Chủ tịch UBND tỉnh', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Chủ tịch UBND thành phố', 'Chủ tịch Ủy ban nhân dân thành phố', 'Chủ tịch UBND TP'] },
      provincial_police_director: { labelVi: 'Giám đốc Công an tỉnh', labelEn: 'Provincial Police Director', nounVi: 'của Giám đốc Công an tỉnh', nounEn: 'from the provincial police director', synonymsVi: ['Giám đốc Công an tỉnh', 'Giám đốc Công an thành phố'] },
      district_peoples_committee: { labelVi: 'UBND huyện', labelEn: "District People's Committee", nounVi: 'của UBND huyện', nounEn: "from the district People's Committee", synonymsVi: ['UBND huyện', 'Chủ tịch UBND huyện', 'UBND quận', 'Chủ tịch UBND quận', 'UBND thị xã', 'Chủ tịch UBND thị xã'] },
      front_committee: { labelVi: 'Ủy ban MTTQ Việt Nam', labelEn: 'Fatherland Front Committee', nounVi: 'của Ủy ban MTTQ Việt Nam', nounEn: 'from the Fatherland Front committee', synonymsVi: ['Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc', 'MTTQ'] },
    },
  },
  {
    key: 'award',
    values: {
      certificate_of_merit: { labelVi: 'Bằng khen', labelEn: 'Certificate of merit', nounVi: 'bằng khen', nounEn: 'certificates of merit', synonymsVi: ['bằng khen'] },
      certificate_of_commendation: { labelVi: 'Giấy khen', labelEn: 'Certificate of commendation', nounVi: 'giấy khen', nounEn: 'certificates of commendation', synonymsVi: ['giấy khen'] },
      emulation_flag: { labelVi: 'Cờ thi đua', labelEn: 'Emulation flag', nounVi: 'cờ thi đua', nounEn: 'emulation flags', synonymsVi: ['cờ thi đua'] },
      medal: { labelVi: 'Huân chương', labelEn: 'Medal', nounVi: 'huân chương', nounEn: 'medals', synonymsVi: ['huân chương'] },
      commemorative_medal: { labelVi: 'Kỷ niệm chương', labelEn: 'Commemorative medal', nounVi: 'kỷ niệm chương', nounEn: 'commemorative medals', synonymsVi: ['kỷ niệm chương'] },
    },
  },
  {
    key: 'recipient',
    values: {
      collective: { labelVi: 'Tập thể', labelEn: 'Collectives', nounVi: 'tập thể', nounEn: 'collectives', synonymsVi: ['tập thể'] },
      individual: { labelVi: 'Cá nhân', labelEn: 'Individuals', nounVi: 'cá nhân', nounEn: 'individuals', synonymsVi: ['cá nhân'] },
    },
  },
] as const;

/**
 * The built-in indicator catalogue: every indicator id of the movement's reports with its labels,
 * Vietnamese wordings, allowed units of measure, kind, aggregation rules, categories (§5) and
 * relations. Ids are public API and never change meaning; extend with {@link extendCatalogue}.
 *
 * Beside the §4 ids it holds the count indicators the §4 ratios are computed from
 * (`areas_assessed`, `areas_meeting_security_standard_count`, `areas_free_of_crime_count`,
 * `areas_free_of_drugs_count`): "1.042/1.165 khu dân cư" is two figures of these plus a percent.
 *
 * @example
 * ```ts
 * BUILTIN_CATALOGUE.weapons_surrendered.categories['gun.military'].classifierVi;
 * // => 'khẩu'
 * BUILTIN_CATALOGUE.model_sites.kind;
 * // => 'stock'
 * ```
 * @category Catalogue
 */
export const BUILTIN_CATALOGUE = {
  propaganda_sessions: {
    labelVi: 'Buổi tuyên truyền', labelEn: 'Propaganda and legal-education sessions', nounVi: 'tuyên truyền', nounEn: 'propaganda sessions', classifierVi: 'buổi',
    synonymsVi: ['buổi tuyên truyền', 'buổi phổ biến, giáo dục pháp luật', 'buổi nói chuyện chuyên đề', 'buổi tuyên truyền pháp luật', 'buổi họp dân', 'buổi sinh hoạt', 'buổi sinh hoạt chuyên đề', 'buổi truyền thông', 'hoạt động tuyên truyền', 'buổi ngoại khóa', 'buổi tọa đàm', 'tọa đàm', 'cuộc họp dân', 'buổi họp thôn', 'cuộc họp thôn', 'buổi họp bản', 'cuộc họp bản', 'buổi họp tổ dân phố', 'buổi nói chuyện', 'hội nghị tuyên truyền'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['propaganda_attendance'],
  },
  propaganda_attendance: {
    labelVi: 'Lượt người dự tuyên truyền', labelEn: 'Attendance at propaganda sessions', nounVi: 'người tham dự', nounEn: 'attendances', classifierVi: 'lượt',
    synonymsVi: ['lượt người tham dự', 'lượt người tham gia', 'lượt người nghe', 'lượt người dự', 'người dự', 'lượt học sinh', 'lượt đoàn viên', 'lượt hội viên', 'lượt người dân'],
    uoms: ['person_times'], defaultUom: 'person_times', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['propaganda_sessions', 'mobilization_drives'],
  },
  mobilization_drives: {
    labelVi: 'Cuộc tuyên truyền, vận động', labelEn: 'Mobilisation drives', nounVi: 'tuyên truyền, vận động', nounEn: 'mobilisation drives', classifierVi: 'cuộc',
    synonymsVi: ['cuộc tuyên truyền, vận động', 'đợt tuyên truyền, vận động', 'cuộc vận động', 'đợt vận động', 'đợt tuyên truyền', 'đợt truyền thông', 'đợt ra quân tuyên truyền', 'đợt ra quân vận động'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['propaganda_attendance'],
  },
  media_items: {
    labelVi: 'Tin, bài, phóng sự', labelEn: 'Media items published', nounVi: 'tin, bài, phóng sự', nounEn: 'media items',
    synonymsVi: ['tin, bài', 'tin bài', 'phóng sự', 'tin, bài, phóng sự', 'bài viết', 'video', 'video clip', 'clip', 'lượt tin', 'bản tin', 'tin, bài, video'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  marches: {
    labelVi: 'Đợt tuần hành, diễu hành', labelEn: 'Marches and rallies', nounVi: 'tuần hành', nounEn: 'marches', classifierVi: 'đợt',
    synonymsVi: ['đợt tuần hành', 'cuộc tuần hành', 'tuần hành xuống đường', 'diễu hành', 'mít tinh', 'cổ động'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['march_participants'],
  },
  march_participants: {
    labelVi: 'Người tham gia tuần hành', labelEn: 'March participants', nounVi: 'người tham gia tuần hành', nounEn: 'participants', classifierVi: 'lượt',
    synonymsVi: ['người tham gia', 'lượt người tham gia', 'cán bộ, hội viên, đoàn viên, chiến sĩ'],
    uoms: ['person_times', 'person'], defaultUom: 'person_times', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['marches'],
  },
  crackdown_campaigns: {
    labelVi: 'Đợt ra quân tấn công trấn áp tội phạm', labelEn: 'Crime crackdown campaigns', nounVi: 'ra quân tấn công trấn áp tội phạm', nounEn: 'crackdown campaigns', classifierVi: 'đợt',
    synonymsVi: ['đợt ra quân tấn công trấn áp tội phạm', 'đợt cao điểm tấn công trấn áp tội phạm', 'ra quân trấn áp tội phạm', 'đợt tấn công trấn áp tội phạm', 'đợt tấn công, trấn áp', 'đợt ra quân tấn công, trấn áp', 'đợt ra quân', 'đợt tổng ra quân', 'đợt truy quét', 'đợt cao điểm truy quét'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  movement_launches: {
    labelVi: 'Đợt phát động phong trào', labelEn: 'Movement launch events', nounVi: 'phát động phong trào', nounEn: 'movement launches', classifierVi: 'đợt',
    synonymsVi: ['đợt phát động', 'lễ phát động', 'phát động phong trào', 'phát động'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['movement_launch_participants'],
  },
  movement_launch_participants: {
    labelVi: 'Lượt người tham gia phát động', labelEn: 'Launch participants', nounVi: 'người tham gia', nounEn: 'participants', classifierVi: 'lượt',
    synonymsVi: ['lượt người tham gia', 'lượt người dự lễ phát động'],
    uoms: ['person_times'], defaultUom: 'person_times', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['movement_launches'],
  },
  trainings: {
    labelVi: 'Lớp tập huấn', labelEn: 'Training courses', nounVi: 'tập huấn', nounEn: 'training courses', classifierVi: 'lớp',
    synonymsVi: ['lớp tập huấn', 'lớp bồi dưỡng', 'lớp huấn luyện'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['training_attendance'],
  },
  training_attendance: {
    labelVi: 'Lượt người dự tập huấn', labelEn: 'Training attendance', nounVi: 'người dự tập huấn', nounEn: 'trainees', classifierVi: 'lượt',
    synonymsVi: ['lượt người dự tập huấn', 'lượt học viên', 'lượt người tham gia tập huấn'],
    uoms: ['person_times'], defaultUom: 'person_times', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['trainings'],
  },
  legal_aid_sessions: {
    labelVi: 'Buổi trợ giúp pháp lý lưu động', labelEn: 'Mobile legal-aid sessions', nounVi: 'trợ giúp pháp lý lưu động', nounEn: 'legal-aid sessions', classifierVi: 'buổi',
    synonymsVi: ['buổi trợ giúp pháp lý lưu động', 'trợ giúp pháp lý lưu động'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['legal_aid_attendance'],
  },
  legal_aid_attendance: {
    labelVi: 'Lượt người được trợ giúp pháp lý', labelEn: 'Legal-aid attendance', nounVi: 'người được trợ giúp pháp lý', nounEn: 'attendances', classifierVi: 'lượt',
    synonymsVi: ['lượt người được trợ giúp pháp lý', 'lượt người tham dự'],
    uoms: ['person_times'], defaultUom: 'person_times', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['legal_aid_sessions'],
  },
  pledges_signed: {
    labelVi: 'Ký cam kết', labelEn: 'Pledges signed', nounVi: 'ký cam kết', nounEn: 'pledges', classifierVi: 'lượt',
    synonymsVi: ['ký cam kết', 'hộ dân ký cam kết', 'học sinh ký cam kết', 'hộ kinh doanh ký cam kết', 'hộ gia đình ký cam kết'],
    uoms: ['household', 'person'], defaultUom: 'household', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  movement_participants: {
    labelVi: 'Lượt người tham gia phong trào', labelEn: 'Participation in the movement', nounVi: 'người tham gia phong trào', nounEn: 'participations', classifierVi: 'lượt',
    synonymsVi: ['lượt người tham gia phong trào', 'lượt quần chúng tham gia'],
    uoms: ['person_times'], defaultUom: 'person_times', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['festivals'],
  },
  listening_forums: {
    labelVi: 'Diễn đàn "Công an lắng nghe ý kiến Nhân dân"', labelEn: 'Police listening forums', nounVi: 'diễn đàn "Công an lắng nghe ý kiến Nhân dân"', nounEn: 'listening forums',
    synonymsVi: ['diễn đàn', 'diễn đàn Công an lắng nghe ý kiến Nhân dân', 'hội nghị Công an lắng nghe ý kiến Nhân dân', 'hội nghị lắng nghe ý kiến Nhân dân'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['forum_attendance', 'forum_opinions'],
  },
  forum_attendance: {
    labelVi: 'Lượt người dự diễn đàn', labelEn: 'Forum attendance', nounVi: 'người dự diễn đàn', nounEn: 'attendances', classifierVi: 'lượt',
    synonymsVi: ['lượt người dự diễn đàn', 'lượt người tham dự'],
    uoms: ['person_times'], defaultUom: 'person_times', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['listening_forums'],
  },
  forum_opinions: {
    labelVi: 'Ý kiến đóng góp', labelEn: 'Opinions received at forums', nounVi: 'ý kiến đóng góp', nounEn: 'opinions',
    synonymsVi: ['ý kiến đóng góp', 'ý kiến', 'lượt ý kiến'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['listening_forums'],
  },
  festivals: {
    labelVi: 'Ngày hội toàn dân bảo vệ ANTQ', labelEn: 'Festival-day venues', nounVi: 'tổ chức Ngày hội toàn dân bảo vệ ANTQ', nounEn: 'festival-day venues', classifierVi: 'điểm',
    synonymsVi: ['Ngày hội toàn dân bảo vệ ANTQ', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc', 'điểm tổ chức Ngày hội', 'Ngày hội'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categories: VENUE_CATEGORIES, pairedWith: ['movement_participants'],
  },
  petitions_received: {
    labelVi: 'Đơn thư tiếp nhận', labelEn: 'Complaints and petitions received', nounVi: 'đơn thư', nounEn: 'petitions', classifierVi: 'lượt',
    synonymsVi: ['đơn thư', 'đơn thư khiếu nại, tố cáo', 'đơn thư khiếu nại, tố cáo, kiến nghị', 'lượt đơn thư', 'tiếp nhận đơn'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categories: PETITION_CATEGORIES,
  },
  petitions_resolved: {
    labelVi: 'Đơn thư đã giải quyết', labelEn: 'Petitions resolved', nounVi: 'đơn thư đã giải quyết', nounEn: 'petitions resolved', classifierVi: 'lượt',
    synonymsVi: ['đơn thư đã giải quyết', 'giải quyết đơn thư', 'giải quyết đơn', 'giải quyết xong đơn', 'giải quyết dứt điểm đơn', 'giải quyết, trả lời đơn'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categories: PETITION_CATEGORIES, subsetOf: 'petitions_received',
  },
  tips_received: {
    labelVi: 'Nguồn tin, tin báo, tố giác', labelEn: 'Tips from the public', nounVi: 'nguồn tin', nounEn: 'tips',
    synonymsVi: ['nguồn tin', 'tin báo', 'tin tố giác', 'tố giác tội phạm', 'tố giác', 'tin', 'báo tin', 'trình báo', 'phát hiện, báo tin', 'phát hiện, báo', 'phát hiện, tố giác'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  valuable_tips_received: {
    labelVi: 'Nguồn tin có giá trị', labelEn: 'Valuable tips', nounVi: 'nguồn tin có giá trị', nounEn: 'valuable tips',
    synonymsVi: ['nguồn tin có giá trị', 'tin có giá trị'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', subsetOf: 'tips_received',
  },
  cases_solved_with_public_help: {
    labelVi: 'Vụ việc khám phá nhờ tin của Nhân dân', labelEn: 'Cases solved with public help', nounVi: 'vụ việc', nounEn: 'cases',
    synonymsVi: ['khám phá', 'khám phá vụ án', 'vụ án được khám phá', 'khám phá nhờ tin', 'vụ việc được khám phá', 'phát hiện', 'phát hiện, bắt giữ', 'phát hiện, xử lý', 'bắt quả tang', 'triệt phá', 'làm rõ', 'bắt giữ', 'bắt', 'phá', 'xử lý', 'ngăn chặn', 'chuyên án', 'vụ án'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  suspects_arrested_with_public_help: {
    labelVi: 'Đối tượng bị bắt nhờ tin của Nhân dân', labelEn: 'Suspects arrested with public help', nounVi: 'đối tượng', nounEn: 'suspects',
    synonymsVi: ['đối tượng bị bắt', 'bắt giữ đối tượng'],
    uoms: ['person'], defaultUom: 'person', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  fugitives_caught_or_surrendered: {
    labelVi: 'Đối tượng truy nã bị bắt, ra đầu thú', labelEn: 'Wanted persons caught or persuaded to surrender', nounVi: 'đối tượng truy nã', nounEn: 'wanted persons',
    synonymsVi: ['đối tượng truy nã', 'vận động ra đầu thú', 'đầu thú', 'đối tượng bị truy nã', 'đối tượng đang bị truy nã'],
    uoms: ['person'], defaultUom: 'person', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  offenders_warned: {
    labelVi: 'Đối tượng được gọi hỏi, răn đe, giáo dục', labelEn: 'Offenders summoned and warned', nounVi: 'đối tượng được gọi hỏi, răn đe', nounEn: 'offenders warned', classifierVi: 'lượt',
    synonymsVi: ['gọi hỏi, răn đe', 'gọi hỏi, răn đe, giáo dục', 'răn đe, giáo dục', 'răn đe, cảm hóa', 'gọi hỏi, răn đe, cảm hóa'],
    uoms: ['person'], defaultUom: 'person', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  offenders_reviewed_publicly: {
    labelVi: 'Đối tượng kiểm điểm trước dân', labelEn: 'Offenders reviewed before residents', nounVi: 'đối tượng kiểm điểm trước dân', nounEn: 'offenders reviewed before residents',
    synonymsVi: ['kiểm điểm trước dân', 'kiểm điểm trước khu dân cư', 'kiểm điểm trước cộng đồng', 'ra kiểm điểm trước cộng đồng dân cư'],
    uoms: ['person'], defaultUom: 'person', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  offenders_educated_in_community: {
    labelVi: 'Đối tượng giáo dục tại cộng đồng', labelEn: 'Community education orders', nounVi: 'đối tượng giáo dục tại cộng đồng', nounEn: 'persons educated in the community',
    synonymsVi: ['giáo dục tại cộng đồng', 'giáo dục tại xã, phường, thị trấn', 'quản lý, giáo dục', 'vi phạm tại cộng đồng'],
    uoms: ['person'], defaultUom: 'person', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  reintegration_supported: {
    labelVi: 'Người lầm lỗi được quản lý, giúp đỡ', labelEn: 'Former offenders supported', nounVi: 'người lầm lỗi được giúp đỡ', nounEn: 'former offenders supported',
    synonymsVi: ['quản lý, giúp đỡ người lầm lỗi', 'tái hòa nhập cộng đồng', 'giúp đỡ người lầm lỗi', 'người chấp hành xong án phạt tù', 'người lầm lỗi', 'người hoàn lương', 'chấp hành xong án phạt tù', 'giúp đỡ', 'cảm hóa', 'đỡ đầu', 'kèm cặp', 'người được đặc xá', 'đặc xá', 'người mãn hạn tù', 'mãn hạn tù'],
    uoms: ['person'], defaultUom: 'person', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  disputes_mediated: {
    labelVi: 'Vụ việc hòa giải', labelEn: 'Disputes mediated', nounVi: 'vụ việc hòa giải', nounEn: 'disputes mediated',
    synonymsVi: ['hòa giải', 'vụ hòa giải', 'vụ việc hòa giải', 'vụ việc mâu thuẫn', 'vụ mâu thuẫn', 'vụ tranh chấp', 'vụ việc tranh chấp', 'mâu thuẫn, tranh chấp'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['disputes_mediated_successfully'],
  },
  disputes_mediated_successfully: {
    labelVi: 'Vụ việc hòa giải thành', labelEn: 'Disputes settled', nounVi: 'vụ hòa giải thành', nounEn: 'disputes settled',
    synonymsVi: ['hòa giải thành', 'hòa giải thành công'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', pairedWith: ['disputes_mediated'], subsetOf: 'disputes_mediated',
  },
  weapons_surrendered: {
    labelVi: 'Vũ khí giao nộp, thu hồi', labelEn: 'Weapons handed in or recovered', nounVi: 'vũ khí', nounEn: 'weapons', classifierVi: 'khẩu',
    synonymsVi: ['giao nộp vũ khí', 'thu hồi vũ khí', 'tự nguyện giao nộp', 'vũ khí'],
    uoms: ['piece', 'pair'], defaultUom: 'piece', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categories: WEAPON_CATEGORIES,
  },
  explosives_surrendered: {
    labelVi: 'Vật liệu nổ giao nộp', labelEn: 'Explosives handed in', nounVi: 'vật liệu nổ', nounEn: 'explosives',
    synonymsVi: ['vật liệu nổ', 'giao nộp vật liệu nổ'],
    uoms: ['kg', 'piece', 'm'], defaultUom: 'kg', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categories: EXPLOSIVE_CATEGORIES,
  },
  support_tools_surrendered: {
    labelVi: 'Công cụ hỗ trợ giao nộp', labelEn: 'Support tools handed in', nounVi: 'công cụ hỗ trợ', nounEn: 'support tools', classifierVi: 'chiếc',
    synonymsVi: ['công cụ hỗ trợ', 'giao nộp công cụ hỗ trợ'],
    uoms: ['piece'], defaultUom: 'piece', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categories: SUPPORT_TOOL_CATEGORIES,
  },
  fireworks_surrendered: {
    labelVi: 'Pháo giao nộp', labelEn: 'Fireworks handed in', nounVi: 'pháo', nounEn: 'fireworks',
    synonymsVi: ['pháo', 'pháo các loại', 'giao nộp pháo'],
    uoms: ['kg', 'piece', 'box'], defaultUom: 'kg', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categories: FIREWORK_CATEGORIES,
  },
  poppy_destroyed: {
    labelVi: 'Diện tích cây thuốc phiện bị phá bỏ', labelEn: 'Opium poppy destroyed', nounVi: 'cây thuốc phiện', nounEn: 'of opium poppy',
    synonymsVi: ['phá bỏ cây thuốc phiện', 'cây thuốc phiện', 'cây có chứa chất ma túy'],
    uoms: ['m2'], defaultUom: 'm2', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  funds_mobilized: {
    labelVi: 'Kinh phí, quà vận động', labelEn: 'Funds and gifts mobilised', nounVi: 'kinh phí', nounEn: 'in funds and gifts',
    synonymsVi: ['kinh phí', 'vận động kinh phí', 'quà', 'ủng hộ', 'đóng góp', 'ủng hộ kinh phí', 'xã hội hóa'],
    uoms: ['vnd'], defaultUom: 'vnd', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  commendations: {
    labelVi: 'Khen thưởng', labelEn: 'Commendations', nounVi: 'khen thưởng', nounEn: 'commendations',
    synonymsVi: ['khen thưởng', 'bằng khen', 'giấy khen', 'huân chương', 'kỷ niệm chương', 'cờ thi đua'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', categoryFacets: COMMENDATION_FACETS,
  },
  models_established: {
    labelVi: 'Mô hình xây dựng mới', labelEn: 'New models set up', nounVi: 'mô hình mới', nounEn: 'new models',
    synonymsVi: ['xây dựng mới mô hình', 'mô hình mới', 'xây dựng mới'],
    uoms: ['count'], defaultUom: 'count', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum', namedCategories: true,
  },
  model_types: {
    labelVi: 'Loại mô hình tự quản', labelEn: 'Kinds of self-management models', nounVi: 'mô hình tự phòng, tự quản', nounEn: 'kinds of self-management models', classifierVi: 'loại',
    synonymsVi: ['loại mô hình', 'loại mô hình tự phòng, tự quản', 'mô hình tự phòng, tự quản, tự bảo vệ, tự hòa giải'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', pairedWith: ['model_sites'],
  },
  model_sites: {
    labelVi: 'Điểm mô hình', labelEn: 'Sites where models operate', nounVi: 'điểm', nounEn: 'sites',
    synonymsVi: ['điểm', 'điểm mô hình', 'điểm nhân rộng', 'mô hình tại'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', pairedWith: ['model_types', 'model_members'], namedCategories: true,
  },
  model_members: {
    labelVi: 'Thành viên mô hình', labelEn: 'Members of models', nounVi: 'thành viên', nounEn: 'members',
    synonymsVi: ['thành viên mô hình', 'thành viên'],
    uoms: ['person'], defaultUom: 'person', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', pairedWith: ['model_sites'],
  },
  exemplars: {
    labelVi: 'Điển hình tiên tiến', labelEn: 'Recognised exemplars', nounVi: 'điển hình tiên tiến', nounEn: 'exemplars',
    synonymsVi: ['điển hình tiên tiến', 'gương điển hình', 'gương người tốt, việc tốt'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum',
  },
  security_teams: {
    labelVi: 'Tổ, đội bảo vệ an ninh ở cơ sở', labelEn: 'Grassroots security teams', nounVi: 'tổ, đội', nounEn: 'teams',
    synonymsVi: ['tổ an ninh nhân dân', 'tổ bảo vệ dân phố', 'đội dân phòng', 'tổ tự quản', 'tổ liên gia', 'tổ bảo vệ an ninh, trật tự', 'tổ nhân dân tự quản', 'đội thanh niên xung kích', 'tổ tự quản an ninh trật tự'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', categories: TEAM_CATEGORIES, pairedWith: ['security_team_members'],
  },
  security_team_members: {
    labelVi: 'Thành viên tổ, đội bảo vệ an ninh', labelEn: 'Security team members', nounVi: 'thành viên', nounEn: 'members',
    synonymsVi: ['thành viên', 'tổ viên', 'đội viên'],
    uoms: ['person'], defaultUom: 'person', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', categories: TEAM_CATEGORIES, pairedWith: ['security_teams'],
  },
  clubs: {
    labelVi: 'Câu lạc bộ', labelEn: 'Clubs', nounVi: 'câu lạc bộ', nounEn: 'clubs',
    synonymsVi: ['câu lạc bộ', 'CLB', 'câu lạc bộ "Nông dân với pháp luật"'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', pairedWith: ['club_members'],
  },
  club_members: {
    labelVi: 'Thành viên câu lạc bộ', labelEn: 'Club members', nounVi: 'thành viên', nounEn: 'club members',
    synonymsVi: ['thành viên câu lạc bộ', 'hội viên câu lạc bộ'],
    uoms: ['person'], defaultUom: 'person', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', pairedWith: ['clubs'],
  },
  mediation_teams: {
    labelVi: 'Tổ hòa giải', labelEn: 'Mediation teams', nounVi: 'tổ hòa giải', nounEn: 'mediation teams',
    synonymsVi: ['tổ hòa giải', 'tổ hòa giải cơ sở'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum',
  },
  security_cameras: {
    labelVi: 'Camera an ninh', labelEn: 'Security cameras in place', nounVi: 'camera an ninh', nounEn: 'security cameras', classifierVi: 'chiếc',
    synonymsVi: ['camera an ninh', 'camera', 'camera đang hoạt động'],
    uoms: ['piece'], defaultUom: 'piece', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum',
  },
  security_cameras_installed: {
    labelVi: 'Camera an ninh lắp đặt mới', labelEn: 'Cameras installed', nounVi: 'camera lắp đặt mới', nounEn: 'cameras installed', classifierVi: 'chiếc',
    synonymsVi: ['lắp đặt camera', 'lắp đặt mới camera', 'lắp camera', 'lắp mới camera', 'lắp đặt thêm camera', 'lắp thêm camera', 'camera được lắp đặt', 'camera được lắp mới', 'camera được lắp'],
    uoms: ['piece'], defaultUom: 'piece', kind: 'flow', timeAggregation: 'sum', unitAggregation: 'sum',
  },
  areas_assessed: {
    labelVi: 'Khu dân cư, xã, cơ quan được đánh giá', labelEn: 'Areas assessed', nounVi: 'khu dân cư', nounEn: 'areas',
    synonymsVi: ['tổng số khu dân cư', 'khu dân cư được đánh giá'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', categories: AREA_CATEGORIES,
  },
  areas_meeting_security_standard_count: {
    labelVi: 'Số đơn vị đạt tiêu chuẩn an toàn về ANTT', labelEn: 'Areas meeting the security standard', nounVi: 'đạt tiêu chuẩn an toàn về ANTT', nounEn: 'areas meeting the standard',
    synonymsVi: ['đạt tiêu chuẩn an toàn về ANTT', 'đạt tiêu chuẩn an toàn về an ninh, trật tự', 'đạt chuẩn an toàn về an ninh, trật tự', 'an toàn về an ninh, trật tự', 'an toàn về ANTT'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', categories: AREA_CATEGORIES, subsetOf: 'areas_assessed',
  },
  areas_free_of_crime_count: {
    labelVi: 'Số đơn vị không có tội phạm', labelEn: 'Areas free of crime', nounVi: 'không có tội phạm', nounEn: 'areas free of crime',
    synonymsVi: ['không có tội phạm'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', categories: AREA_CATEGORIES, subsetOf: 'areas_assessed',
  },
  areas_free_of_drugs_count: {
    labelVi: 'Số đơn vị không có ma túy', labelEn: 'Areas free of drugs', nounVi: 'không có ma túy', nounEn: 'areas free of drugs',
    synonymsVi: ['không có ma túy', 'không có tệ nạn ma túy'],
    uoms: ['count'], defaultUom: 'count', kind: 'stock', timeAggregation: 'last', unitAggregation: 'sum', categories: AREA_CATEGORIES, subsetOf: 'areas_assessed',
  },
  areas_meeting_security_standard: {
    labelVi: 'Tỷ lệ đạt tiêu chuẩn an toàn về ANTT', labelEn: 'Share of areas meeting the security standard', nounVi: 'đạt tiêu chuẩn an toàn về ANTT', nounEn: 'of areas meet the standard',
    synonymsVi: ['tỷ lệ đạt tiêu chuẩn an toàn về ANTT', 'đạt tiêu chuẩn an toàn về ANTT', 'đạt tiêu chuẩn "An toàn về ANTT"'],
    uoms: ['percent'], defaultUom: 'percent', kind: 'ratio', timeAggregation: 'recompute', unitAggregation: 'recompute', categories: AREA_CATEGORIES,
    ratio: { numerator: 'areas_meeting_security_standard_count', denominator: 'areas_assessed' },
  },
  areas_free_of_crime: {
    labelVi: 'Tỷ lệ không có tội phạm', labelEn: 'Share of areas free of crime', nounVi: 'không có tội phạm', nounEn: 'of areas are free of crime',
    synonymsVi: ['không có tội phạm', 'tỷ lệ không có tội phạm'],
    uoms: ['percent'], defaultUom: 'percent', kind: 'ratio', timeAggregation: 'recompute', unitAggregation: 'recompute', categories: AREA_CATEGORIES,
    ratio: { numerator: 'areas_free_of_crime_count', denominator: 'areas_assessed' },
  },
  areas_free_of_drugs: {
    labelVi: 'Tỷ lệ không có ma túy', labelEn: 'Share of areas free of drugs', nounVi: 'không có ma túy', nounEn: 'of areas are free of drugs',
    synonymsVi: ['không có ma túy', 'tỷ lệ không có ma túy'],
    uoms: ['percent'], defaultUom: 'percent', kind: 'ratio', timeAggregation: 'recompute', unitAggregation: 'recompute', categories: AREA_CATEGORIES,
    ratio: { numerator: 'areas_free_of_drugs_count', denominator: 'areas_assessed' },
  },
  mediation_success_rate: {
    labelVi: 'Tỷ lệ hòa giải thành', labelEn: 'Mediation success rate', nounVi: 'hòa giải thành', nounEn: 'of disputes settled',
    synonymsVi: ['tỷ lệ hòa giải thành', 'tỷ lệ hòa giải thành công'],
    uoms: ['percent'], defaultUom: 'percent', kind: 'ratio', timeAggregation: 'recompute', unitAggregation: 'recompute',
    ratio: { numerator: 'disputes_mediated_successfully', denominator: 'disputes_mediated' },
  },
} as const satisfies Catalogue;

/**
 * The id of a built-in indicator, as a union of literals.
 *
 * @category Catalogue
 */
export type BuiltinIndicatorId = keyof typeof BUILTIN_CATALOGUE;
