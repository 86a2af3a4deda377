import { z } from 'zod';
import { QUALIFIERS } from '../quantity/Qualifier';
import { UOMS } from '../quantity/Uom';
import { CATEGORY_PATTERN, REPORTER_PATTERN } from './patterns';
import { CommendationBaseSchema } from './CommendationSchema';
import { IsoDateSchema } from '../period/IsoDateSchema';

const count = z.number().int().nonnegative();

/** Fields every event has: when, where, who, under which programme, and provenance. */
const common = {
  id: z.string().min(1).optional(),
  date: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  unit: z.string().min(1),
  reporter: z.string().regex(REPORTER_PATTERN).optional(),
  program: z.string().min(1).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
};

/**
 * One item of a weapons handover: which indicator and category, how many, in what unit.
 *
 * @example
 * ```ts
 * HandoverItemSchema.parse({ indicator: 'weapons_surrendered', category: 'gun.homemade', value: 3 }).value;
 * // => 3
 * ```
 * @category Domain
 */
export const HandoverItemSchema = z.object({
  indicator: z.enum(['weapons_surrendered', 'explosives_surrendered', 'support_tools_surrendered', 'fireworks_surrendered']),
  category: z.string().regex(CATEGORY_PATTERN).optional(),
  value: z.number().nonnegative(),
  uom: z.enum(UOMS).optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
});

/**
 * The built-in event schemas keyed by `kind`, each a plain `z.object` to `.extend()` with a
 * team's own fields. An event is one activity at one place and date (or date range) that rolls
 * up into figures (see {@link eventsToFigures}).
 *
 * @example
 * ```ts
 * EVENT_SCHEMAS.march.parse({ kind: 'march', date: '2023-03-26', unit: '42', participants: 300 }).participants;
 * // => 300
 * ```
 * @category Domain
 */
export const EVENT_SCHEMAS = {
  march: z.object({ kind: z.literal('march'), ...common, participants: count.optional() }),
  propaganda_session: z.object({ kind: z.literal('propaganda_session'), ...common, attendance: count.optional() }),
  mobilization_drive: z.object({ kind: z.literal('mobilization_drive'), ...common }),
  movement_launch: z.object({ kind: z.literal('movement_launch'), ...common, participants: count.optional() }),
  listening_forum: z.object({ kind: z.literal('listening_forum'), ...common, attendance: count.optional(), opinions: count.optional() }),
  festival_day: z.object({ kind: z.literal('festival_day'), ...common, venueLevel: z.enum(['commune', 'village']), attendance: count.optional() }),
  crackdown_campaign: z.object({ kind: z.literal('crackdown_campaign'), ...common }),
  training: z.object({ kind: z.literal('training'), ...common, attendance: count.optional() }),
  pledge_signing: z.object({ kind: z.literal('pledge_signing'), ...common, households: count.optional(), persons: count.optional() }),
  weapons_handover: z.object({ kind: z.literal('weapons_handover'), ...common, items: z.array(HandoverItemSchema).min(1) }),
  tip: z.object({ kind: z.literal('tip'), ...common, count: count.min(1).optional(), valuable: z.boolean().optional() }),
  petition: z.object({
    kind: z.literal('petition'),
    ...common,
    petitionKind: z.enum(['complaint', 'denunciation', 'recommendation']).optional(),
    count: count.min(1).optional(),
    resolved: z.boolean().optional(),
  }),
  model_established: z.object({ kind: z.literal('model_established'), ...common, modelName: z.string().min(1).optional() }),
  commendation: z.object({
    kind: z.literal('commendation'),
    ...common,
    issuer: CommendationBaseSchema.shape.issuer,
    award: CommendationBaseSchema.shape.award,
    recipientKind: CommendationBaseSchema.shape.recipientKind,
    count: CommendationBaseSchema.shape.count,
  }),
  review_conference: z.object({
    kind: z.literal('review_conference'),
    ...common,
    reviewKind: z.enum(['interim', 'final']),
    titleVi: z.string().min(1).optional(),
    hostUnits: z.array(z.string().min(1)).min(1),
    hosts: z.array(z.string().min(1)).optional(),
    chairs: z.array(z.object({ name: z.string().min(1), title: z.string().min(1) })).optional(),
    attendees: z.array(z.object({ name: z.string().min(1), title: z.string().min(1) })).optional(),
  }),
} as const;

/**
 * Every built-in event as a discriminated union on `kind`, without cross-field checks. Add a kind
 * by nesting it: `z.discriminatedUnion('kind', [EventBaseSchema, MyEventSchema])`.
 *
 * @example
 * ```ts
 * EventBaseSchema.parse({ kind: 'tip', date: '2023-05-01', unit: '42', valuable: true }).kind;
 * // => 'tip'
 * ```
 * @category Domain
 */
export const EventBaseSchema = z.discriminatedUnion('kind', [
  EVENT_SCHEMAS.march,
  EVENT_SCHEMAS.propaganda_session,
  EVENT_SCHEMAS.mobilization_drive,
  EVENT_SCHEMAS.movement_launch,
  EVENT_SCHEMAS.listening_forum,
  EVENT_SCHEMAS.festival_day,
  EVENT_SCHEMAS.crackdown_campaign,
  EVENT_SCHEMAS.training,
  EVENT_SCHEMAS.pledge_signing,
  EVENT_SCHEMAS.weapons_handover,
  EVENT_SCHEMAS.tip,
  EVENT_SCHEMAS.petition,
  EVENT_SCHEMAS.model_established,
  EVENT_SCHEMAS.commendation,
  EVENT_SCHEMAS.review_conference,
]);

/**
 * An event with its checks: an event with an `endDate` does not end before it starts, a festival
 * day falls on 19 August, and an emulation flag goes to collectives only.
 *
 * @example
 * ```ts
 * EventSchema.safeParse({ kind: 'festival_day', date: '2023-08-18', unit: '42', venueLevel: 'village' }).success;
 * // => false
 * ```
 * @category Domain
 */
export const EventSchema = EventBaseSchema.superRefine((e, ctx) => {
  if (e.endDate !== undefined && e.endDate < e.date) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'the event ends before it starts' });
  }
  if (e.kind === 'festival_day' && e.date.slice(5) !== '08-19') {
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'the festival day is held on 19 August' });
  }
  if (e.kind === 'commendation' && e.award === 'emulation_flag' && e.recipientKind !== 'collective') {
    ctx.addIssue({ code: 'custom', path: ['recipientKind'], message: 'an emulation flag goes to collectives only' });
  }
});

/**
 * An event as validated by {@link EventSchema}.
 *
 * @category Domain
 */
export type Event = z.output<typeof EventSchema>;

/**
 * The input accepted by {@link EventSchema}.
 *
 * @category Domain
 */
export type EventInput = z.input<typeof EventSchema>;

/**
 * The kind of a built-in event.
 *
 * @category Domain
 */
export type EventKind = Event['kind'];
