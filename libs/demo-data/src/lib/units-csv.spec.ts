import { formatUnitsCsv, UNITS_CSV_HEADER } from './units-csv';

describe('formatUnitsCsv', () => {
  it('writes the import header and one line per unit with successors separated by "|"', () => {
    const csv = formatUnitsCsv([
      {
        code: 'SV',
        name: 'Stadtverwaltung',
        parentCode: null,
        validFrom: '2015-01-01',
        validTo: null,
        successorCodes: [],
      },
      {
        code: 'D3-50-2',
        name: 'Grundsicherung',
        parentCode: 'D3-50',
        validFrom: '2015-01-01',
        validTo: '2021-12-31',
        successorCodes: ['D3-50-7', 'D3-50-8'],
      },
    ]);
    expect(csv).toBe(
      `${UNITS_CSV_HEADER}\nSV;Stadtverwaltung;;2015-01-01;;\nD3-50-2;Grundsicherung;D3-50;2015-01-01;2021-12-31;D3-50-7|D3-50-8\n`,
    );
    expect(UNITS_CSV_HEADER).toBe('code;name;parent_code;valid_from;valid_to;successor');
  });

  it('quotes a name with a separator or a quote as Excel does', () => {
    const csv = formatUnitsCsv([
      { code: 'X', name: 'Amt "A"; B', parentCode: null, validFrom: '2015-01-01', validTo: null, successorCodes: [] },
    ]);
    expect(csv.split('\n')[1]).toBe('X;"Amt ""A""; B";;2015-01-01;;');
  });
});
