/** The header line of a CSV text: the first line with a character other than blanks and separators. */
export interface HeaderLine {
  readonly text: string;
  /** 1-based, as a spreadsheet program shows it. */
  readonly rowNumber: number;
}

/** Finds the header line in the decoded beginning of a CSV file; `null` if there is none. */
export function findHeaderLine(text: string): HeaderLine | null {
  const lines = text.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => /[^\s;,"]/.test(line));
  return index < 0 ? null : { text: lines[index], rowNumber: index + 1 };
}

/**
 * The separator of a CSV header line: `;` or `,`, whichever occurs more often outside quotes;
 * `null` when neither occurs or both equally often.
 */
export function detectDelimiter(headerLine: string): ';' | ',' | null {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === ';') semicolons++;
    else if (!quoted && character === ',') commas++;
  }
  if (semicolons === commas) return null;
  return semicolons > commas ? ';' : ',';
}
