/** The kinds of workforce a unit can have; each shapes its staff's structure and answers. */
export const PROFILE_KEYS = [
  'leadership',
  'admin',
  'service',
  'social',
  'care',
  'fire',
  'technical',
  'manual',
  'expert',
  'culture',
] as const;

export type ProfileKey = (typeof PROFILE_KEYS)[number];

/** Shares of a unit's staff (before the unit's own random variation). */
export interface WorkforceProfile {
  /** Weights of einfacher, mittlerer, gehobener and höherer Dienst. */
  readonly careerGroups: readonly [number, number, number, number];
  readonly women: number;
  readonly partTime: number;
  readonly trainees: number;
  readonly leaders: number;
  /** Relative likelihood of a migration history compared with the whole administration. */
  readonly migration: number;
}

export const WORKFORCE_PROFILES: Readonly<Record<ProfileKey, WorkforceProfile>> = {
  leadership: { careerGroups: [0, 25, 35, 40], women: 0.5, partTime: 0.2, trainees: 0, leaders: 0.4, migration: 0.7 },
  admin: { careerGroups: [3, 45, 42, 10], women: 0.62, partTime: 0.35, trainees: 0.05, leaders: 0.08, migration: 1 },
  service: { careerGroups: [8, 60, 28, 4], women: 0.64, partTime: 0.38, trainees: 0.06, leaders: 0.07, migration: 1.3 },
  social: { careerGroups: [2, 28, 60, 10], women: 0.74, partTime: 0.42, trainees: 0.04, leaders: 0.08, migration: 1.2 },
  care: { careerGroups: [8, 80, 10, 2], women: 0.9, partTime: 0.55, trainees: 0.08, leaders: 0.1, migration: 1.3 },
  fire: { careerGroups: [2, 72, 22, 4], women: 0.08, partTime: 0.05, trainees: 0.1, leaders: 0.1, migration: 0.8 },
  technical: {
    careerGroups: [5, 35, 45, 15],
    women: 0.38,
    partTime: 0.2,
    trainees: 0.05,
    leaders: 0.08,
    migration: 0.9,
  },
  manual: { careerGroups: [45, 45, 8, 2], women: 0.15, partTime: 0.1, trainees: 0.05, leaders: 0.06, migration: 1.6 },
  expert: { careerGroups: [0, 20, 55, 25], women: 0.45, partTime: 0.25, trainees: 0.03, leaders: 0.08, migration: 0.9 },
  culture: {
    careerGroups: [5, 40, 40, 15],
    women: 0.68,
    partTime: 0.55,
    trainees: 0.03,
    leaders: 0.06,
    migration: 1.1,
  },
};
