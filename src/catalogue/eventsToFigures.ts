import { AntqError } from '../errors/AntqError';
import type { Event } from '../schema/EventSchema';
import type { Figure } from '../schema/FigureSchema';

/**
 * The least an event of any kind has; built-in events and a team's own kinds both fit.
 *
 * @category Domain
 */
export interface EventLike {
  readonly kind: string;
  readonly date: string;
  readonly endDate?: string | undefined;
  readonly unit: string;
  readonly reporter?: string | undefined;
  readonly program?: string | undefined;
  readonly source?: string | undefined;
}

/**
 * Options of {@link eventsToFigures}.
 *
 * @category Domain
 */
export interface EventsToFiguresOptions<E extends EventLike> {
  /** Report every figure under this period (e.g. `2023`) instead of each event's own date. */
  readonly period?: string;
  /**
   * Turns an event into figures; called first for every event. Return `undefined` to fall back
   * to the built-in mapping (required for a team's own kinds).
   */
  readonly map?: (event: E) => readonly Figure[] | undefined;
}

type Part = Pick<Figure, 'indicator' | 'value'> & Partial<Pick<Figure, 'category' | 'uom' | 'qualifier'>>;

const BUILTIN_KINDS = new Set<string>([
  'march', 'propaganda_session', 'mobilization_drive', 'movement_launch', 'listening_forum',
  'festival_day', 'crackdown_campaign', 'training', 'pledge_signing', 'weapons_handover', 'tip',
  'petition', 'model_established', 'commendation', 'review_conference',
]);

function one(indicator: string, value: number): Part {
  return { indicator, value };
}

function withCount(out: Part[], indicator: string, value: number | undefined): void {
  if (value !== undefined) out.push(one(indicator, value));
}

/** The figures one built-in event stands for (before its context is attached). */
function builtinParts(e: Event): Part[] {
  const out: Part[] = [];
  switch (e.kind) {
    case 'march':
      out.push(one('marches', 1));
      withCount(out, 'march_participants', e.participants);
      break;
    case 'propaganda_session':
      out.push(one('propaganda_sessions', 1));
      withCount(out, 'propaganda_attendance', e.attendance);
      break;
    case 'mobilization_drive':
      out.push(one('mobilization_drives', 1));
      break;
    case 'movement_launch':
      out.push(one('movement_launches', 1));
      withCount(out, 'movement_launch_participants', e.participants);
      break;
    case 'listening_forum':
      out.push(one('listening_forums', 1));
      withCount(out, 'forum_attendance', e.attendance);
      withCount(out, 'forum_opinions', e.opinions);
      break;
    case 'festival_day':
      out.push({ indicator: 'festivals', value: 1, category: e.venueLevel });
      withCount(out, 'movement_participants', e.attendance);
      break;
    case 'crackdown_campaign':
      out.push(one('crackdown_campaigns', 1));
      break;
    case 'training':
      out.push(one('trainings', 1));
      withCount(out, 'training_attendance', e.attendance);
      break;
    case 'pledge_signing':
      if (e.households !== undefined) out.push({ indicator: 'pledges_signed', value: e.households, uom: 'household' });
      if (e.persons !== undefined) out.push({ indicator: 'pledges_signed', value: e.persons, uom: 'person' });
      break;
    case 'weapons_handover':
      for (const item of e.items) {
        const p: Part = { indicator: item.indicator, value: item.value };
        if (item.category !== undefined) p.category = item.category;
        if (item.uom !== undefined) p.uom = item.uom;
        if (item.qualifier !== undefined && item.qualifier !== 'exact') p.qualifier = item.qualifier;
        out.push(p);
      }
      break;
    case 'tip':
      out.push(one('tips_received', e.count ?? 1));
      if (e.valuable === true) out.push(one('valuable_tips_received', e.count ?? 1));
      break;
    case 'petition': {
      const base: Part = { indicator: 'petitions_received', value: e.count ?? 1 };
      if (e.petitionKind !== undefined) base.category = e.petitionKind;
      out.push(base);
      if (e.resolved === true) out.push({ ...base, indicator: 'petitions_resolved' });
      break;
    }
    case 'model_established':
      out.push(one('models_established', 1));
      break;
    case 'commendation':
      out.push({ indicator: 'commendations', value: e.count, category: `${e.issuer}.${e.award}.${e.recipientKind}` });
      break;
    case 'review_conference':
      // A review is reported on, not counted: it yields no figure of its own.
      break;
  }
  return out;
}

/**
 * Rolls events up into figures: each event counts once for its activity indicator (a march is
 * one `marches` and its participants `march_participants`; a handover gives one figure per item;
 * a commendation gives `commendations` with category `issuer.award.recipient`; a review
 * conference gives none), and figures that agree on every field but the value are summed.
 * Without `options.period` each figure keeps its event's date (or `date/endDate`).
 *
 * @param events - built-in events, a team's own kinds, or both; validate untrusted data with
 * {@link EventSchema} (or your extension of it) first
 * @param options - a common period and a mapper for custom kinds
 * @returns the figures, in first-seen order
 * @throws {@link AntqError} `unknown_event_kind` when an event's kind is neither built in nor
 * handled by `options.map`
 * @example
 * ```ts
 * eventsToFigures(
 *   [
 *     { kind: 'march', date: '2023-03-26', unit: '42', reporter: 'police+front', participants: 300 },
 *     { kind: 'march', date: '2023-09-02', unit: '42', reporter: 'police+front', participants: 250 },
 *   ],
 *   { period: '2023' },
 * );
 * // => [
 * //   { unit: '42', reporter: 'police+front', period: '2023', indicator: 'marches', value: 2 },
 * //   { unit: '42', reporter: 'police+front', period: '2023', indicator: 'march_participants', value: 550 },
 * // ]
 * ```
 * @category Domain
 */
export function eventsToFigures<E extends EventLike>(events: readonly E[], options: EventsToFiguresOptions<E> = {}): Figure[] {
  const byKey = new Map<string, { -readonly [K in keyof Figure]: Figure[K] }>();
  const add = (f: Figure): void => {
    const key = JSON.stringify([f.program, f.unit, f.reporter, f.period, f.indicator, f.category, f.uom, f.qualifier, f.statistic, f.source]);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { ...f });
    else seen.value += f.value;
  };
  events.forEach((event, index) => {
    const custom = options.map?.(event);
    if (custom !== undefined) {
      custom.forEach(add);
      return;
    }
    if (!BUILTIN_KINDS.has(event.kind)) {
      throw new AntqError('unknown_event_kind', `eventsToFigures: event ${index} has kind ${JSON.stringify(event.kind)}, which is not built in and not handled by options.map`);
    }
    const period = options.period ?? (event.endDate !== undefined && event.endDate !== event.date ? `${event.date}/${event.endDate}` : event.date);
    for (const part of builtinParts(event as unknown as Event)) {
      const f: { -readonly [K in keyof Figure]: Figure[K] } = { unit: event.unit, indicator: part.indicator, value: part.value };
      if (event.program !== undefined) f.program = event.program;
      if (event.reporter !== undefined) f.reporter = event.reporter;
      f.period = period;
      if (part.category !== undefined) f.category = part.category;
      if (part.uom !== undefined) f.uom = part.uom;
      if (part.qualifier !== undefined) f.qualifier = part.qualifier;
      if (event.source !== undefined) f.source = event.source;
      add(f);
    }
  });
  return [...byKey.values()];
}
