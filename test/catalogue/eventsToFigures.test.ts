import { describe, expect, it } from 'vitest';
import { eventsToFigures } from '../../src/catalogue/eventsToFigures';
import { isAntqError } from '../../src/errors/isAntqError';
import { EventSchema, type EventInput } from '../../src/schema/EventSchema';
import { validateFigures } from '../../src/validate/validateFigures';

const at = { date: '2023-03-26', unit: '42', reporter: 'police+front', program: '09/CTr-BCA-MTTW' } as const;

const cases: [EventInput, [string, string | undefined, number, string | undefined][]][] = [
  [{ kind: 'march', ...at, participants: 300 }, [['marches', undefined, 1, undefined], ['march_participants', undefined, 300, undefined]]],
  [{ kind: 'march', ...at }, [['marches', undefined, 1, undefined]]],
  [{ kind: 'propaganda_session', ...at, attendance: 80 }, [['propaganda_sessions', undefined, 1, undefined], ['propaganda_attendance', undefined, 80, undefined]]],
  [{ kind: 'mobilization_drive', ...at }, [['mobilization_drives', undefined, 1, undefined]]],
  [{ kind: 'movement_launch', ...at, participants: 500 }, [['movement_launches', undefined, 1, undefined], ['movement_launch_participants', undefined, 500, undefined]]],
  [{ kind: 'listening_forum', ...at, attendance: 120, opinions: 35 }, [['listening_forums', undefined, 1, undefined], ['forum_attendance', undefined, 120, undefined], ['forum_opinions', undefined, 35, undefined]]],
  [{ kind: 'festival_day', ...at, date: '2023-08-19', venueLevel: 'village', attendance: 400 }, [['festivals', 'village', 1, undefined], ['movement_participants', undefined, 400, undefined]]],
  [{ kind: 'crackdown_campaign', ...at }, [['crackdown_campaigns', undefined, 1, undefined]]],
  [{ kind: 'training', ...at, attendance: 40 }, [['trainings', undefined, 1, undefined], ['training_attendance', undefined, 40, undefined]]],
  [{ kind: 'pledge_signing', ...at, households: 210, persons: 35 }, [['pledges_signed', undefined, 210, 'household'], ['pledges_signed', undefined, 35, 'person']]],
  [
    { kind: 'weapons_handover', ...at, items: [{ indicator: 'weapons_surrendered', category: 'gun.homemade', value: 3, qualifier: 'exact' }, { indicator: 'explosives_surrendered', category: 'explosive.industrial', value: 2.5, uom: 'kg', qualifier: 'over' }] },
    [['weapons_surrendered', 'gun.homemade', 3, undefined], ['explosives_surrendered', 'explosive.industrial', 2.5, 'kg']],
  ],
  [{ kind: 'tip', ...at, valuable: true, count: 4 }, [['tips_received', undefined, 4, undefined], ['valuable_tips_received', undefined, 4, undefined]]],
  [{ kind: 'tip', ...at }, [['tips_received', undefined, 1, undefined]]],
  [{ kind: 'petition', ...at, petitionKind: 'complaint', resolved: true }, [['petitions_received', 'complaint', 1, undefined], ['petitions_resolved', 'complaint', 1, undefined]]],
  [{ kind: 'petition', ...at, count: 3 }, [['petitions_received', undefined, 3, undefined]]],
  [{ kind: 'model_established', ...at, modelName: 'Camera an ninh' }, [['models_established', undefined, 1, undefined]]],
  [{ kind: 'commendation', ...at, issuer: 'provincial_police_director', award: 'certificate_of_merit', recipientKind: 'collective', count: 10 }, [['commendations', 'provincial_police_director.certificate_of_merit.collective', 10, undefined]]],
  [{ kind: 'review_conference', ...at, reviewKind: 'final', hostUnits: ['42'] }, []],
];

describe('eventsToFigures', () => {
  it.each(cases)('turns a $kind event into figures', (event, expected) => {
    expect(EventSchema.safeParse(event).success).toBe(true);
    const figures = eventsToFigures([event]);
    expect(figures.map((f) => [f.indicator, f.category, f.value, f.uom])).toEqual(expected);
    for (const f of figures) {
      expect(f).toMatchObject({ unit: '42', reporter: 'police+front', program: '09/CTr-BCA-MTTW', period: event.date });
    }
    expect(validateFigures(figures).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('sums events that land on the same figure, per unit and source', () => {
    const figures = eventsToFigures(
      [
        { kind: 'march', date: '2023-03-26', unit: '42', participants: 300, source: 's' },
        { kind: 'march', date: '2023-09-02', unit: '42', participants: 250, source: 's' },
        { kind: 'march', date: '2023-09-02', unit: '43', participants: 20 },
      ],
      { period: '2023' },
    );
    expect(figures).toEqual([
      { unit: '42', period: '2023', indicator: 'marches', value: 2, source: 's' },
      { unit: '42', period: '2023', indicator: 'march_participants', value: 550, source: 's' },
      { unit: '43', period: '2023', indicator: 'marches', value: 1 },
      { unit: '43', period: '2023', indicator: 'march_participants', value: 20 },
    ]);
  });

  it('uses date/endDate as the period of an event that spans days', () => {
    const [f] = eventsToFigures([{ kind: 'crackdown_campaign', date: '2023-01-10', endDate: '2023-02-10', unit: '42' }]);
    expect(f?.period).toBe('2023-01-10/2023-02-10');
  });

  it('maps a team\'s own kinds through options.map and rejects unmapped ones', () => {
    type Mine = { kind: 'drone_patrol'; date: string; unit: string; km: number } | { kind: 'march'; date: string; unit: string };
    const events: Mine[] = [
      { kind: 'drone_patrol', date: '2023-01-01', unit: '42', km: 12 },
      { kind: 'march', date: '2023-01-01', unit: '42' },
    ];
    const figures = eventsToFigures(events, {
      map: (e) => (e.kind === 'drone_patrol' ? [{ unit: e.unit, period: e.date, indicator: 'drone_patrol_km', value: e.km }] : undefined),
    });
    expect(figures.map((f) => [f.indicator, f.value])).toEqual([['drone_patrol_km', 12], ['marches', 1]]);
    try {
      eventsToFigures(events);
      expect.unreachable();
    } catch (e) {
      expect(isAntqError(e) && e.code).toBe('unknown_event_kind');
    }
  });

  it('does not change its input', () => {
    const events = [{ kind: 'tip', date: '2023-01-01', unit: '42', count: 2 }] as const;
    const copy = structuredClone(events);
    eventsToFigures(events);
    eventsToFigures(events);
    expect(events).toEqual(copy);
  });
});
