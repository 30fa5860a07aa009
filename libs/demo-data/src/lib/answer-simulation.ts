import { NO_ANSWER_KEY } from '@vielfalt/contracts';
import type { Random } from './random';

/** What a respondent is, as far as their answers depend on it. */
export interface RespondentTraits {
  /** 0 einfacher … 3 höherer Dienst. */
  readonly careerGroup: number;
  readonly leader: boolean;
  readonly trainee: boolean;
  /** Likelihood of being a woman in this unit. */
  readonly women: number;
  /** The unit's relative likelihood of a migration history (profile × the unit's own variation). */
  readonly migration: number;
}

/** When the answers are given: years since the first wave, and the version of the migration question. */
export interface SurveyWave {
  readonly yearsSinceStart: number;
  readonly migrationVersion: number;
}

const AGE_BANDS = ['unter_30', '30_bis_44', '45_bis_59', '60_plus'];
const CAREER_MIGRATION = [1.4, 1.1, 0.9, 0.65];
type MigrationStory = 'self' | 'both_parents' | 'one_parent' | 'none';

/**
 * One respondent's answers, by dimension key: exactly one category for each single-choice dimension, any number
 * of languages. Trends: migration history and non-binary identities grow slowly, "keine Angabe" shrinks.
 */
export function simulateAnswers(random: Random, person: RespondentTraits, wave: SurveyWave): Record<string, string[]> {
  const t = wave.yearsSinceStart;
  const age = ageBand(random, person, t);
  const story = migrationStory(random, person, age, t);
  const withHistory = story !== 'none';
  const refuses = (p: number) => random.chance(p);
  return {
    migration_history: [refuses(0.07 - 0.003 * t) ? NO_ANSWER_KEY : migrationCategory(story, wave.migrationVersion)],
    gender_identity: [refuses(0.025) ? NO_ANSWER_KEY : genderIdentity(random, person, age, t)],
    sexual_orientation: [refuses(0.11 - 0.004 * t) ? NO_ANSWER_KEY : sexualOrientation(random, age, t)],
    disability: [refuses(0.06 - 0.002 * t) ? NO_ANSWER_KEY : disability(random, age)],
    age_band: [refuses(0.03) ? NO_ANSWER_KEY : AGE_BANDS[age]],
    languages: languages(random, withHistory, age, t),
  };
}

function ageBand(random: Random, person: RespondentTraits, t: number): number {
  if (person.trainee) return random.pickIndex([0.85, 0.13, 0.02, 0]);
  if (person.leader) return random.pickIndex([0.03, 0.35, 0.47, 0.15]);
  return random.pickIndex([0.16 + 0.005 * t, 0.3 + 0.005 * t, 0.41 - 0.012 * t, 0.13 + 0.002 * t]);
}

function migrationStory(random: Random, person: RespondentTraits, age: number, t: number): MigrationStory {
  const factor =
    person.migration *
    CAREER_MIGRATION[person.careerGroup] *
    (person.leader ? 0.65 : 1) *
    (person.trainee ? 1.5 : 1) *
    (age === 0 ? 1.2 : 1);
  if (!random.chance(Math.min(0.85, (0.175 + 0.012 * t) * factor))) return 'none';
  return (['self', 'both_parents', 'one_parent'] as const)[random.pickIndex([0.52, 0.36, 0.12])];
}

/** Version 1 asks for a migration background; version 2 for a history of immigration (narrower). */
function migrationCategory(story: MigrationStory, version: number): string {
  if (version === 1) return story === 'none' ? 'ohne' : 'mit';
  if (story === 'self') return 'selbst_eingewandert';
  return story === 'both_parents' ? 'eltern_eingewandert' : 'keine';
}

function genderIdentity(random: Random, person: RespondentTraits, age: number, t: number): string {
  const nonBinary = (0.0012 + 0.001 * t) * (age === 0 ? 3 : 1);
  const woman = Math.min(0.97, Math.max(0.03, person.women)) * (1 - nonBinary - 0.0015);
  const man = 1 - woman - nonBinary - 0.0015;
  return ['weiblich', 'maennlich', 'nicht_binaer', 'anders'][random.pickIndex([woman, man, nonBinary, 0.0015])];
}

function sexualOrientation(random: Random, age: number, t: number): string {
  const bisexual = (0.015 + 0.003 * t) * (age === 0 ? 2 : 1);
  const weights = [1 - 0.028 - bisexual - 0.006, 0.028, bisexual, 0.006];
  return ['heterosexuell', 'homosexuell', 'bisexuell', 'anders'][random.pickIndex(weights)];
}

function disability(random: Random, age: number): string {
  const severe = [0.02, 0.05, 0.1, 0.17][age];
  return ['schwerbehinderung', 'behinderung_ohne_ausweis', 'keine'][
    random.pickIndex([severe, 0.04, 1 - severe - 0.04])
  ];
}

function languages(random: Random, withHistory: boolean, age: number, t: number): string[] {
  const likelihood: [string, number][] = [
    ['deutsch', withHistory ? 0.94 : 0.995],
    ['englisch', [0.8, 0.65, 0.5, 0.35][age] + 0.01 * t],
    ['tuerkisch', withHistory ? 0.22 : 0.008],
    ['arabisch', withHistory ? 0.1 + 0.01 * t : 0.003],
    ['russisch', withHistory ? 0.17 : 0.01],
    ['polnisch', withHistory ? 0.11 : 0.008],
    ['ukrainisch', withHistory ? (t >= 5 ? 0.09 : 0.05) : 0.004],
    ['andere', withHistory ? 0.3 : 0.07],
  ];
  return likelihood.filter(([, p]) => random.chance(p)).map(([key]) => key);
}
