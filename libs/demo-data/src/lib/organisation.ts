import type { IsoDate, OrgUnitDefinition } from '@vielfalt/contracts';
import {
  DEPARTMENTS,
  FOUNDED_ON,
  type OfficeBlueprint,
  OFFICES,
  RESTRUCTURING,
  TOP_UNIT,
} from './organisation-blueprint';
import { present } from './present';
import { createRandom } from './random';
import type { ProfileKey } from './workforce-profiles';

/** A unit that reports staff (it never has sub-units): its workforce profile and its staff in 2018. */
export interface LeafPlan {
  readonly code: string;
  readonly profile: ProfileKey;
  readonly baseStaff: number;
}

export interface Organisation {
  /** Every unit that ever existed, parents before their children. */
  readonly units: OrgUnitDefinition[];
  /** The units that report staff, valid at some time or other (see `leafCodesAt`). */
  readonly leaves: readonly LeafPlan[];
}

type UnitDraft = { -readonly [K in keyof OrgUnitDefinition]: OrgUnitDefinition[K] };

/** The organisation while it is being built. */
class OrganisationDraft {
  readonly units: UnitDraft[] = [];
  readonly leaves: LeafPlan[] = [];

  unit(code: string): UnitDraft {
    return present(
      this.units.find((unit) => unit.code === code),
      `unit ${code}`,
    );
  }

  leaf(code: string): LeafPlan {
    return present(
      this.leaves.find((leaf) => leaf.code === code),
      `reporting unit ${code}`,
    );
  }

  addUnit(code: string, name: string, parentCode: string | null, validFrom: IsoDate = FOUNDED_ON): void {
    this.units.push({ code, name, parentCode, validFrom, validTo: null, successorCodes: [] });
  }

  /** A unit that reports staff; never fewer than 3 in 2018. */
  addLeaf(unit: { code: string; name: string; parentCode: string; validFrom?: IsoDate }, plan: Omit<LeafPlan, 'code'>) {
    this.leaves.push({ code: unit.code, profile: plan.profile, baseStaff: Math.max(3, Math.round(plan.baseStaff)) });
    this.addUnit(unit.code, unit.name, unit.parentCode, unit.validFrom);
  }

  /** Ends a unit with the restructuring and names who takes over. */
  end(code: string, successorCodes: readonly string[]): void {
    const unit = this.unit(code);
    unit.validTo = RESTRUCTURING.lastDayBefore;
    unit.successorCodes = [...successorCodes];
  }
}

/**
 * The organisation of Stadtverwaltung Musterstadt for a seed: the blueprint's structure with seeded staff sizes,
 * the restructuring of 2022, and `scale` copies of every reporting unit ("Standort 2", "Standort 3", …).
 */
export function buildOrganisation(seed: number, scale: number): Organisation {
  const draft = new OrganisationDraft();
  draft.addUnit(TOP_UNIT.code, TOP_UNIT.name, null);
  for (const department of DEPARTMENTS) {
    draft.addUnit(department.code, department.name, TOP_UNIT.code);
    const office = { code: `${department.code}-0`, name: `Büro ${department.name.split(' – ')[0]}` };
    const baseStaff = createRandom(seed, 'staff', department.code).between(4, 9);
    draft.addLeaf({ ...office, parentCode: department.code }, { profile: 'leadership', baseStaff });
    for (const blueprint of OFFICES.filter((candidate) => candidate.department === department.code)) {
      addOffice(seed, draft, blueprint);
    }
  }
  mergeOffices(draft);
  splitDivision(seed, draft);
  replicateLeaves(seed, scale, draft);
  return { units: draft.units, leaves: draft.leaves };
}

/** An office with divisions gets an "Amtsleitung" unit for its head and staff office; one without reports itself. */
function addOffice(seed: number, draft: OrganisationDraft, office: OfficeBlueprint): void {
  const code = `${office.department}-${office.number}`;
  const random = createRandom(seed, 'staff', code);
  const staff = office.staff * random.between(0.9, 1.1);
  if (office.divisions.length === 0) {
    draft.addLeaf(
      { code, name: office.name, parentCode: office.department },
      { profile: office.profile, baseStaff: staff },
    );
    return;
  }
  draft.addUnit(code, office.name, office.department);
  const head = Math.min(10, Math.max(3, Math.round(staff * 0.04)));
  draft.addLeaf(
    { code: `${code}-0`, name: 'Amtsleitung und Stab', parentCode: code },
    { profile: 'leadership', baseStaff: head },
  );
  const weights = office.divisions.map((division) => division.weight * random.between(0.6, 1.4));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  office.divisions.forEach((division, index) => {
    const baseStaff = ((staff - head) * weights[index]) / totalWeight;
    draft.addLeaf(
      { code: `${code}-${index + 1}`, name: division.name, parentCode: code },
      { profile: office.profile, baseStaff },
    );
  });
}

/** The merger: the old offices and their divisions end, the new office's divisions continue them. */
function mergeOffices(draft: OrganisationDraft): void {
  const { department, ending, office, divisions } = RESTRUCTURING.merger;
  const officeCode = `${department}-${office.number}`;
  for (const number of ending) draft.end(`${department}-${number}`, [officeCode]);
  draft.addUnit(officeCode, office.name, department, RESTRUCTURING.firstDay);
  divisions.forEach((division, index) => {
    const code = `${officeCode}-${index}`;
    const predecessors = division.from.map((from) => draft.leaf(`${department}-${from}`));
    for (const predecessor of predecessors) draft.end(predecessor.code, [code]);
    const baseStaff = predecessors.reduce((sum, predecessor) => sum + predecessor.baseStaff, 0);
    const unit = { code, name: division.name, parentCode: officeCode, validFrom: RESTRUCTURING.firstDay };
    draft.addLeaf(unit, { profile: predecessors[0].profile, baseStaff });
  });
}

/** The split: one division ends, two new divisions of the same office share its staff. */
function splitDivision(seed: number, draft: OrganisationDraft): void {
  const { code, into } = RESTRUCTURING.split;
  const plan = draft.leaf(code);
  const parentCode = present(draft.unit(code).parentCode, `parent of ${code}`);
  const siblings = draft.units.filter((unit) => unit.parentCode === parentCode);
  const lastNumber = Math.max(...siblings.map((unit) => Number(unit.code.split('-').at(-1))));
  const codes = into.map((_, index) => `${parentCode}-${lastNumber + 1 + index}`);
  const share = createRandom(seed, 'split', code).between(0.4, 0.6);
  draft.end(code, codes);
  into.forEach((name, index) => {
    const baseStaff = plan.baseStaff * (index === 0 ? share : 1 - share);
    const unit = { code: codes[index], name, parentCode, validFrom: RESTRUCTURING.firstDay };
    draft.addLeaf(unit, { profile: plan.profile, baseStaff });
  });
}

/** Copies 2…scale of every reporting unit, beside the original, with their own staff size and successors. */
function replicateLeaves(seed: number, scale: number, draft: OrganisationDraft): void {
  const byCode = new Map(draft.units.map((unit) => [unit.code, unit]));
  const originals = [...draft.leaves];
  for (let copy = 2; copy <= scale; copy++) {
    const copyCode = (code: string) => `${code}-R${copy}`;
    for (const leaf of originals) {
      const unit = present(byCode.get(leaf.code), leaf.code);
      const baseStaff = leaf.baseStaff * createRandom(seed, 'staff', copyCode(leaf.code)).between(0.8, 1.2);
      draft.leaves.push({
        code: copyCode(leaf.code),
        profile: leaf.profile,
        baseStaff: Math.max(3, Math.round(baseStaff)),
      });
      draft.units.push({
        ...unit,
        code: copyCode(leaf.code),
        name: `${unit.name} (Standort ${copy})`,
        successorCodes: unit.successorCodes.map(copyCode),
      });
    }
  }
}

/** Whether a unit exists on `date` (both ends inclusive). */
export function isValidOn(unit: OrgUnitDefinition, date: IsoDate): boolean {
  return unit.validFrom <= date && (unit.validTo === null || date <= unit.validTo);
}

/** The codes of the units valid on `date` that have no sub-unit valid on that date: the ones that report. */
export function leafCodesAt(units: readonly OrgUnitDefinition[], date: IsoDate): Set<string> {
  const valid = units.filter((unit) => isValidOn(unit, date));
  const parents = new Set(valid.map((unit) => unit.parentCode));
  return new Set(valid.filter((unit) => !parents.has(unit.code)).map((unit) => unit.code));
}
