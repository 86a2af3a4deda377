import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Commendation } from '../../src/schema/CommendationSchema';
import type { Event, EventInput, EventKind } from '../../src/schema/EventSchema';
import type { Figure, FigureInput } from '../../src/schema/FigureSchema';
import { FigureBaseSchema } from '../../src/schema/FigureSchema';
import type { Programme } from '../../src/schema/ProgrammeSchema';
import type { SelfManagementModel } from '../../src/schema/SelfManagementModelSchema';
import type { Qualifier } from '../../src/quantity/Qualifier';
import type { Uom } from '../../src/quantity/Uom';
import type { Statistic } from '../../src/schema/Statistic';
import { safeParseWith } from '../../src/validate/safeParseWith';
import { parseWith } from '../../src/validate/parseWith';

describe('inferred entity types', () => {
  it('keeps the figure flat, with the long-format column names', () => {
    expectTypeOf<Figure>().toEqualTypeOf<{
      program?: string | undefined;
      unit: string;
      reporter?: string | undefined;
      period?: string | undefined;
      indicator: string;
      category?: string | undefined;
      value: number;
      uom?: Uom | undefined;
      qualifier?: Qualifier | undefined;
      statistic?: Statistic | undefined;
      note?: string | undefined;
      source?: string | undefined;
    }>();
    expectTypeOf<FigureInput>().toEqualTypeOf<Figure>();
  });

  it('infers entities', () => {
    expectTypeOf<Programme['period']>().toEqualTypeOf<{ start: string; end: string }>();
    expectTypeOf<Commendation['recipientKind']>().toEqualTypeOf<'collective' | 'individual'>();
    expectTypeOf<SelfManagementModel['type']>().toEqualTypeOf<'self_defense' | 'self_management' | 'self_protection' | 'self_mediation' | 'security_link' | 'other'>();
    expectTypeOf<EventKind>().toEqualTypeOf<
      | 'march' | 'propaganda_session' | 'mobilization_drive' | 'movement_launch' | 'listening_forum' | 'festival_day'
      | 'crackdown_campaign' | 'training' | 'pledge_signing' | 'weapons_handover' | 'tip' | 'petition'
      | 'model_established' | 'commendation' | 'review_conference'
    >();
    expectTypeOf<Extract<Event, { kind: 'festival_day' }>['venueLevel']>().toEqualTypeOf<'commune' | 'village'>();
    expectTypeOf<Extract<EventInput, { kind: 'march' }>['participants']>().toEqualTypeOf<number | undefined>();
  });

  it('returns the output type of a user schema', () => {
    const Mine = FigureBaseSchema.extend({ verified: FigureBaseSchema.shape.note });
    const r = safeParseWith(Mine, {});
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<z.output<typeof Mine>>();
    expectTypeOf(parseWith(Mine, {}).verified).toEqualTypeOf<string | undefined>();
  });
});
