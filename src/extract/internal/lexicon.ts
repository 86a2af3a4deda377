/** The extractor's lexicon, compiled from a catalogue's Vietnamese wording and cached per catalogue object. */

import type { Catalogue, IndicatorDef } from '../../catalogue/Catalogue';
import { canonicalLower, tokenize } from './text';
import { MEMBER_GROUPS } from './vocabulary';
import type { Tokens } from './text';

/** What a lexicon phrase names: an indicator, one of its categories, or one facet segment. */
interface LexEntry {
  readonly indicator: string;
  /** Full category code for a category phrase, else null. */
  readonly category: string | null;
  /** Facet key (commendations: issuer, award, recipient) for a facet phrase, else null. */
  readonly facet: string | null;
  /** Facet segment value, else null. */
  readonly segment: string | null;
  /** The phrase as written in the catalogue. */
  readonly phrase: string;
}

/** A trie node over canonical word keys. */
interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entries: LexEntry[];
  /** True when phrases of two or more indicators start with this node's phrase. */
  generic: boolean;
  /** Number of words of the phrase ending here. */
  readonly depth: number;
  /** True when a catalogue phrase writes a comma before this node's last word ("gọi hỏi, răn đe"). */
  commaOk: boolean;
}

/** A compiled lexicon. */
export interface Lexicon {
  readonly root: TrieNode;
  readonly catalogue: Catalogue;
  /** Indicator ids in catalogue order. */
  readonly order: ReadonlyMap<string, number>;
  /** Canonical classifier words → indicators that use them (indicator or category classifier). */
  readonly classifiers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Facet keys in order, per faceted indicator. */
  readonly facetKeys: ReadonlyMap<string, readonly string[]>;
  /**
   * Per indicator, the parts of it named by a tail after its own words: a `subsetOf` indicator
   * whose phrase is the whole's phrase and more ("tin có giá trị" is "tin" + "có giá trị").
   */
  readonly subsetTails: ReadonlyMap<string, readonly SubsetTail[]>;
}

/** A part of an indicator named by the words that follow the whole's words. */
interface SubsetTail {
  readonly part: string;
  /** Canonical word keys of the tail ("có giá trị"). */
  readonly tail: readonly string[];
}

const CACHE = new WeakMap<object, Lexicon>();

/** Canonical word keys of a phrase (quotes and commas dropped). */
function phraseKeys(phrase: string): string[] {
  return [...tokenize(canonicalLower(phrase.normalize('NFC'))).key];
}

/** For each word of a phrase, whether a comma stands before it. */
function phraseCommas(phrase: string): boolean[] {
  const t = tokenize(canonicalLower(phrase.normalize('NFC')));
  return Array.from({ length: t.length }, (_, i) => t.commaBefore[i] === 1);
}

/** Nouns of a team ("tổ", "đội") that reports may follow with the group its members come from. */
const TEAM_NOUNS: ReadonlySet<string> = new Set(['tổ', 'đội']);

/**
 * A team's name with its members' group after the team noun ("tổ tự quản" written "tổ phụ nữ tự
 * quản", "tổ nhân dân tự quản", "tổ cựu chiến binh tự quản", "đội thanh niên tuần tra"): the
 * variants of a phrase that opens with a team noun.
 */
function withMembers(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/u);
  const first = canonicalLower(words[0] ?? '');
  if (!TEAM_NOUNS.has(first) || words.length < 2) return [];
  return MEMBER_GROUPS.map((g) => [words[0], g, ...words.slice(1)].join(' '));
}

/**
 * A group's teams said to take part in a kind of work ("tổ CCB tham gia tự quản", "tổ phụ nữ tham
 * gia bảo vệ an ninh, trật tự"): teams of that group, of no one kind (they may do several).
 */
function takingPart(phrase: string): string[] {
  return withMembers(phrase).map((v) => {
    const words = v.split(' ');
    const groupLen = words.length - phrase.trim().split(/\s+/u).length;
    return [...words.slice(0, 1 + groupLen), 'tham gia', ...words.slice(1 + groupLen)].join(' ');
  });
}

/** The parent of a dotted category code ("team.self_management" → "team"), or the code itself. */
function parentCode(code: string): string {
  const dot = code.lastIndexOf('.');
  return dot === -1 ? code : code.slice(0, dot);
}

/** Nouns of a round of activity ("đợt", "cuộc") that reports may follow with "cao điểm" (peak). */
const ROUND_NOUNS: ReadonlySet<string> = new Set(['đợt', 'cuộc']);

/** A round of activity called a peak one ("đợt vận động" written "đợt cao điểm vận động"). */
function withPeak(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/u);
  if (!ROUND_NOUNS.has(canonicalLower(words[0] ?? '')) || words.length < 2) return [];
  return [[words[0], 'cao điểm', ...words.slice(1)].join(' ')];
}

function newNode(depth: number): TrieNode {
  return { next: new Map(), entries: [], generic: false, depth, commaOk: false };
}

/** The lexicon of `catalogue`, compiled once per catalogue object. */
export function lexiconOf(catalogue: Catalogue): Lexicon {
  const hit = CACHE.get(catalogue);
  if (hit !== undefined) return hit;
  const lex = compile(catalogue);
  CACHE.set(catalogue, lex);
  return lex;
}

function compile(catalogue: Catalogue): Lexicon {
  const root = newNode(0);
  const order = new Map<string, number>();
  const classifiers = new Map<string, Set<string>>();
  const facetKeys = new Map<string, string[]>();
  // Indicators whose phrases pass through each node: a node reached by two or more is generic.
  const owners = new Map<TrieNode, Set<string>>();

  const add = (words: string, entry: LexEntry): void => {
    const keys = phraseKeys(words);
    if (keys.length === 0) return;
    const commas = phraseCommas(words);
    let node = root;
    for (let ki = 0; ki < keys.length; ki++) {
      const k = keys[ki] as string;
      let child = node.next.get(k);
      if (child === undefined) {
        child = newNode(node.depth + 1);
        node.next.set(k, child);
      }
      if (commas[ki] === true) child.commaOk = true;
      node = child;
      let set = owners.get(node);
      if (set === undefined) {
        set = new Set();
        owners.set(node, set);
      }
      set.add(entry.indicator);
    }
    if (!node.entries.some((e) => e.indicator === entry.indicator && e.category === entry.category && e.facet === entry.facet && e.segment === entry.segment)) {
      node.entries = [...node.entries, entry];
    }
  };
  const addClassifier = (word: string | undefined, indicator: string): void => {
    if (word === undefined) return;
    const k = phraseKeys(word).join(' ');
    if (k === '') return;
    const set = classifiers.get(k) ?? new Set<string>();
    set.add(indicator);
    classifiers.set(k, set);
  };

  let index = 0;
  for (const [id, def] of Object.entries<IndicatorDef>(catalogue)) {
    order.set(id, index++);
    const base = { indicator: id, category: null, facet: null, segment: null };
    for (const p of [def.labelVi, def.nounVi, ...def.synonymsVi]) {
      add(p, { ...base, phrase: p });
      for (const q of withPeak(p)) add(q, { ...base, phrase: p });
    }
    addClassifier(def.classifierVi, id);
    for (const [code, cat] of Object.entries(def.categories ?? {})) {
      for (const p of [cat.labelVi, cat.nounVi, ...(cat.synonymsVi ?? [])]) {
        add(p, { ...base, category: code, phrase: p });
        for (const q of withMembers(p)) add(q, { ...base, category: code, phrase: p });
        const parent = parentCode(code);
        if (def.categories?.[parent] !== undefined) for (const q of takingPart(p)) add(q, { ...base, category: parent, phrase: p });
      }
      addClassifier(cat.classifierVi, id);
    }
    if (def.categoryFacets !== undefined) {
      facetKeys.set(id, def.categoryFacets.map((f) => f.key));
      for (const facet of def.categoryFacets) {
        for (const [segment, cat] of Object.entries(facet.values)) {
          for (const p of [cat.labelVi, ...(cat.synonymsVi ?? [])]) add(p, { ...base, facet: facet.key, segment, phrase: p });
        }
      }
    }
  }
  for (const [node, set] of owners) node.generic = set.size >= 2;
  return { root, catalogue, order, classifiers, facetKeys, subsetTails: subsetTailsOf(catalogue) };
}

function phrasesOf(def: IndicatorDef): string[][] {
  return [def.labelVi, def.nounVi, ...def.synonymsVi].map(phraseKeys).filter((k) => k.length > 0);
}

function subsetTailsOf(catalogue: Catalogue): Map<string, SubsetTail[]> {
  const out = new Map<string, SubsetTail[]>();
  for (const [id, def] of Object.entries<IndicatorDef>(catalogue)) {
    const whole = def.subsetOf === undefined ? undefined : catalogue[def.subsetOf];
    if (def.subsetOf === undefined || whole === undefined) continue;
    const tails = out.get(def.subsetOf) ?? [];
    for (const p of phrasesOf(def)) {
      for (const w of phrasesOf(whole)) {
        if (w.length >= p.length || !w.every((k, i) => p[i] === k)) continue;
        const tail = p.slice(w.length);
        if (!tails.some((t) => t.part === id && t.tail.join(' ') === tail.join(' '))) tails.push({ part: id, tail });
      }
    }
    if (tails.length > 0) out.set(def.subsetOf, tails);
  }
  return out;
}

/** One phrase found in the text: token index, length in tokens, and the trie node reached. */
export interface LexHit {
  readonly at: number;
  readonly length: number;
  readonly node: TrieNode;
}

/**
 * Two-word compounds whose first word is, alone, a catalogue noun but which mean something else:
 * "cung cấp" (provide) is not a bow, "giáo dục" (educate) not a spear, "xã hội" (society) not a
 * commune, "điểm cầu" (a site a video meeting links) not a site. A one-word phrase followed by its
 * second word is no hit.
 */
const NOT_NOUN_COMPOUNDS: ReadonlySet<string> = new Set(
  ['cung cấp', 'cung ứng', 'cung cầu', 'giáo dục', 'giáo viên', 'giáo xứ', 'giáo dân', 'giáo họ', 'giáo hội', 'tin tưởng', 'tin học', 'xã hội', 'điểm danh', 'điểm cầu', 'dao động', 'pháo binh', 'pháo đài', 'bắt cóc', 'bắt buộc', 'bắt đầu', 'bắt nguồn', 'bắt tay', 'phá hoại', 'phá hủy', 'phá vỡ', 'phá sản', 'phá rừng'].map((p) => phraseKeys(p).join(' ')),
);

/** The longest lexicon phrase starting at token `i`, not crossing a hard break nor token `limit`. */
function longestAt(lex: Lexicon, tokens: Tokens, i: number, limit: number): LexHit | null {
  const best = longestPhraseAt(lex, tokens, i, limit);
  if (best === null || best.length !== 1 || i + 1 >= tokens.length || tokens.hardBefore[i + 1] === 1) return best;
  return NOT_NOUN_COMPOUNDS.has(`${tokens.key[i] as string} ${tokens.key[i + 1] as string}`) ? null : best;
}

/** {@link longestAt} before the compound check. */
function longestPhraseAt(lex: Lexicon, tokens: Tokens, i: number, limit: number): LexHit | null {
  let node = lex.root;
  let best: LexHit | null = null;
  for (let j = i; j < limit; j++) {
    if (j > i && tokens.hardBefore[j] === 1) break;
    const child = node.next.get(tokens.key[j] as string);
    if (child === undefined) break;
    // A comma ends a phrase that the catalogue does not write with one ("176 vụ việc, hòa giải thành 151 vụ").
    if (j > i && tokens.commaBefore[j] === 1 && !child.commaOk) break;
    node = child;
    if (node.entries.length > 0) best = { at: i, length: j - i + 1, node };
  }
  return best;
}

/** Lexicon phrases in tokens `[from, to)`, greedy longest match, left to right, non-overlapping. */
export function scanRange(lex: Lexicon, tokens: Tokens, from: number, to: number): LexHit[] {
  const hits: LexHit[] = [];
  let i = from;
  while (i < to) {
    const h = longestAt(lex, tokens, i, to);
    if (h === null) i++;
    else {
      // One word of look-ahead: "quả bom bi" is "bom bi" (reaching further), not "quả bom" + "bi".
      const n = h.length > 1 ? longestAt(lex, tokens, i + 1, to) : null;
      const take = n !== null && n.at + n.length > h.at + h.length ? n : h;
      hits.push(take);
      i = take.at + take.length;
    }
  }
  return hits;
}
