import type { OrgUnitDefinition } from '@vielfalt/contracts';
import { defaultDemo } from '../testing/default-demo';
import { RESTRUCTURING, TOP_UNIT } from './organisation-blueprint';
import { isValidOn, leafCodesAt } from './organisation';
import { present } from './present';

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the organisation of Stadtverwaltung Musterstadt', () => {
  const units = () => defaultDemo().units;
  let index: Map<string, OrgUnitDefinition> | undefined;
  const byCode = () => (index ??= new Map(units().map((unit) => [unit.code, unit])));
  const unitOf = (code: string | null) => present(byCode().get(code ?? ''), `unit ${code}`);
  const depth = (unit: OrgUnitDefinition): number => (unit.parentCode ? 1 + depth(unitOf(unit.parentCode)) : 0);

  it('has one top unit and at least 120 units on the three levels below it', () => {
    const levels = [0, 0, 0, 0];
    for (const unit of units()) levels[depth(unit)]++;
    expect(levels[0]).toBe(1);
    expect(
      present(
        units().find((unit) => unit.parentCode === null),
        'top unit',
      ).name,
    ).toBe(TOP_UNIT.name);
    expect(levels[1]).toBe(8);
    expect(levels[2]).toBeGreaterThanOrEqual(40);
    expect(levels[3]).toBeGreaterThanOrEqual(100);
    expect(levels[1] + levels[2] + levels[3]).toBeGreaterThanOrEqual(120);
    expect(levels.reduce((sum, count) => sum + count, 0)).toBe(units().length);
  });

  it('gives every unit a unique code and a parent that exists for the whole of its validity', () => {
    expect(new Set(units().map((unit) => unit.code)).size).toBe(units().length);
    for (const unit of units().filter((candidate) => candidate.parentCode !== null)) {
      const parent = unitOf(unit.parentCode);
      expect(parent.validFrom <= unit.validFrom)
        .withContext(unit.code)
        .toBeTrue();
      expect(parent.validTo === null || (unit.validTo !== null && unit.validTo <= parent.validTo))
        .withContext(unit.code)
        .toBeTrue();
    }
  });

  it('merges two offices at the end of 2021 into a new office valid from 2022-01-01', () => {
    const { department, ending, office } = RESTRUCTURING.merger;
    const merged = unitOf(`${department}-${office.number}`);
    expect(merged.validFrom).toBe('2022-01-01');
    for (const number of ending) {
      const old = unitOf(`${department}-${number}`);
      expect(old.validTo).toBe('2021-12-31');
      expect(old.successorCodes).toEqual([merged.code]);
      const divisions = units().filter((unit) => unit.parentCode === old.code);
      expect(divisions.length).toBeGreaterThan(1);
      for (const division of divisions) expect(unitOf(division.successorCodes[0]).parentCode).toBe(merged.code);
    }
  });

  it('splits one division at the end of 2021 into two divisions of the same office', () => {
    const old = unitOf(RESTRUCTURING.split.code);
    expect(old.validTo).toBe('2021-12-31');
    expect(old.successorCodes.length).toBe(2);
    for (const code of old.successorCodes) {
      expect(unitOf(code).parentCode).toBe(old.parentCode);
      expect(unitOf(code).validFrom).toBe('2022-01-01');
    }
  });

  it('names only successors that exist and are valid on the day after their predecessor ended', () => {
    const ended = units().filter((unit) => unit.validTo !== null);
    expect(ended.length).toBeGreaterThan(2);
    for (const unit of ended) {
      expect(unit.successorCodes.length).withContext(unit.code).toBeGreaterThan(0);
      for (const code of unit.successorCodes) {
        expect(isValidOn(unitOf(code), dayAfter(unit.validTo ?? '')))
          .withContext(`${unit.code} → ${code}`)
          .toBeTrue();
      }
    }
    expect(units().every((unit) => unit.validTo !== null || unit.successorCodes.length === 0)).toBeTrue();
  });

  it('uses codes like D3, D3-50 and D3-50-2 that the database accepts', () => {
    expect(byCode().has('D3')).toBeTrue();
    expect(byCode().has('D3-50')).toBeTrue();
    expect(byCode().has('D3-50-2')).toBeTrue();
    for (const unit of units()) expect(unit.code).toMatch(/^[A-Za-z0-9._-]{1,40}$/);
  });

  it('finds the units without sub-units valid on a date, and not their parents', () => {
    const before = leafCodesAt(units(), '2021-06-30');
    const after = leafCodesAt(units(), '2022-06-30');
    expect(before.has(RESTRUCTURING.split.code)).toBeTrue();
    expect(after.has(RESTRUCTURING.split.code)).toBeFalse();
    for (const code of unitOf(RESTRUCTURING.split.code).successorCodes) expect(after.has(code)).toBeTrue();
    expect(before.has('D3-50')).toBeFalse();
    expect(before.has(TOP_UNIT.code)).toBeFalse();
  });
});
