import { simulateAnswers, type SurveyWave } from './answer-simulation';
import type { LeafPlan } from './organisation';
import { createRandom } from './random';
import { WORKFORCE_PROFILES } from './workforce-profiles';

/** One member of staff on a reference date: structural attributes, and answers if they took part. */
export interface SimulatedPerson {
  /** Attribute key → value key. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Dimension key → chosen category keys; null for staff who did not take part. */
  readonly answers: Readonly<Record<string, readonly string[]>> | null;
}

/** Participation (respondents ÷ headcount) always lies in this range, for every unit and period. */
const PARTICIPATION_RANGE = { min: 0.4, max: 0.8 } as const;

const CAREER_GROUPS = ['einfacher_dienst', 'mittlerer_dienst', 'gehobener_dienst', 'hoeherer_dienst'];
const LEADERSHIP_BY_CAREER = [0.3, 0.7, 1.3, 2.5];

/** What makes a unit different from others of its profile; fixed for the unit across periods. */
function unitCharacter(seed: number, code: string) {
  const random = createRandom(seed, 'character', code);
  return {
    growth: random.between(-0.012, 0.025),
    participation: random.between(0.46, 0.72),
    women: random.between(-0.08, 0.08),
    migration: random.between(0.75, 1.25),
  };
}

/**
 * The staff of one reporting unit in one wave: headcount drifting around the unit's trend, a participation
 * within `PARTICIPATION_RANGE`, and a random subset of exactly that many respondents.
 */
export function simulateStaff(seed: number, leaf: LeafPlan, periodKey: string, wave: SurveyWave): SimulatedPerson[] {
  const t = wave.yearsSinceStart;
  const character = unitCharacter(seed, leaf.code);
  const profile = WORKFORCE_PROFILES[leaf.profile];
  const random = createRandom(seed, 'staff', periodKey, leaf.code);

  const drift = (1 + character.growth) ** t * random.between(0.97, 1.03);
  const headcount = Math.max(2, Math.round(leaf.baseStaff * drift));
  const participation = character.participation + 0.012 * t - 0.02 + random.between(-0.06, 0.06);
  const fewest = Math.ceil(headcount * PARTICIPATION_RANGE.min - 1e-9);
  const most = Math.floor(headcount * PARTICIPATION_RANGE.max + 1e-9);
  const respondents = Math.min(most, Math.max(fewest, Math.round(headcount * participation)));

  const persons: SimulatedPerson[] = [];
  let toSelect = respondents;
  for (let index = 0; index < headcount; index++) {
    const careerGroup = random.pickIndex(profile.careerGroups);
    const trainee = random.chance(profile.trainees);
    const leader = !trainee && random.chance(Math.min(0.9, profile.leaders * LEADERSHIP_BY_CAREER[careerGroup]));
    const partTime = random.chance(profile.partTime * (trainee ? 0.1 : 1));
    const attributes = {
      career_group: CAREER_GROUPS[careerGroup],
      leadership_role: leader ? 'ja' : 'nein',
      trainee: trainee ? 'ja' : 'nein',
      employment_type: partTime ? 'teilzeit' : 'vollzeit',
    };
    // Selection sampling (Knuth's algorithm S): exactly `respondents` of `headcount`, each equally likely.
    const responds = random.next() * (headcount - index) < toSelect;
    if (!responds) {
      persons.push({ attributes, answers: null });
      continue;
    }
    toSelect--;
    const traits = {
      careerGroup,
      leader,
      trainee,
      women: profile.women + character.women,
      migration: profile.migration * character.migration,
    };
    persons.push({ attributes, answers: simulateAnswers(random, traits, wave) });
  }
  return persons;
}
